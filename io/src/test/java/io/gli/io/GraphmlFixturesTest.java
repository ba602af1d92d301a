package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Edge;
import io.gli.Graph;
import io.gli.tck.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Files in the dialects of NetworkX ({@code nx.write_graphml}), Gephi and yEd, written by hand from
 * those tools' documented output, and one of GLI's own; each read on every backend into exactly the
 * graph it describes.
 */
class GraphmlFixturesTest {
    private static Graph read(String fixture, String backend) throws IOException {
        try (InputStream in = GraphmlFixturesTest.class.getResourceAsStream("graphml/" + fixture)) {
            return GraphmlReader.defaults().read(in, fixture, Graph.builder().backend(backend));
        }
    }

    @Test
    void networkx() throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph g = read("networkx.graphml", backend);
            assertFalse(g.options().directed(), backend);
            assertEquals(List.of("0", "1", "2", "3"), g.nodes());
            assertEquals(
                    Map.of("club", "Mr. Hi", "age", 42L, "score", 0.5, "active", true),
                    g.nodeAttributes("0"));
            assertEquals(
                    Map.of(
                            "club",
                            "Officer",
                            "age",
                            -7L,
                            "score",
                            Double.POSITIVE_INFINITY,
                            "active",
                            false),
                    g.nodeAttributes("1"));
            assertEquals(Map.of("club", "Mr. Hi", "score", Double.NaN), g.nodeAttributes("2"));
            assertEquals(Map.of(), g.nodeAttributes("3"));
            assertEquals(
                    List.of(
                            new Edge("0", "1", Map.of("weight", 4.0, "since", 1970L)),
                            new Edge("0", "2", Map.of("weight", 1e-5)),
                            new Edge("2", "2", Map.of())),
                    g.edges());
        }
    }

    @Test
    void gephi() throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph g = read("gephi.graphml", backend);
            assertTrue(g.options().directed(), backend);
            assertEquals(List.of("0", "1", "2"), g.nodes());
            Map<String, Object> myriel = g.nodeAttributes("0");
            assertEquals("Myriel", myriel.get("label"));
            assertEquals(1L, myriel.get("Modularity Class"));
            assertEquals(28.685715, myriel.get("size"));
            assertEquals(235L, myriel.get("r"));
            assertEquals(-150.5, myriel.get("x"));
            assertEquals(8, myriel.size());
            assertEquals(
                    List.of(
                            new Edge("1", "0", Map.of("weight", 1.0)),
                            new Edge("2", "0", Map.of("weight", 8.0, "Edge Label", "sister"))),
                    g.edges());
        }
    }

    @Test
    void yed() throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph g = read("yed.graphml", backend);
            assertTrue(g.options().directed(), backend);
            assertEquals(List.of("n0", "n1"), g.nodes());
            // graphics (yfiles.type keys) are skipped; empty string data stay empty strings;
            // the <default> of priority applies where a node lacks it
            assertEquals(
                    Map.of(
                            "url",
                            "https://example.org/a?x=1&y=2",
                            "description",
                            "",
                            "priority",
                            3L),
                    g.nodeAttributes("n0"));
            assertEquals(
                    Map.of("description", "second\nline", "priority", 1L), g.nodeAttributes("n1"));
            assertEquals(List.of(new Edge("n0", "n1", Map.of("description", "go"))), g.edges());
        }
    }

    @Test
    void gliOwnConventions() throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph g = read("gli.graphml", backend);
            Graph expected = Graph.builder().backend(backend).directed().open();
            expected.addNode(
                    "a\tb",
                    Map.of(
                            "name",
                            "  padded\r\n",
                            "tags",
                            List.of("x", Map.of("k", 1L, "f", 1.0, "b", true))));
            expected.addNode("c");
            expected.addEdge("a\tb", "c", Map.of("weight", -0.0, "mixed", 7L));
            expected.addEdge("c", "c", Map.of("mixed", 7.0));
            Snapshot.of(expected).assertMatches(Snapshot.of(g), backend);
        }
    }
}
