package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.BulkLoad;
import io.gli.Graph;
import io.gli.tck.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraphML round trips: everything a GLI graph holds that XML 1.0 can carry comes back exactly
 * (Snapshot-equal: node order, edge order, IDs, keys, every value type, lists and maps, mixed-type
 * keys, the direction), on every backend; the writer is deterministic.
 */
class GraphmlRoundTripTest {
    @Provide
    Arbitrary<RandomGraphs.GraphData> graphs() {
        return RandomGraphs.graphs(RandomGraphs.Chars.XML, RandomGraphs.Values.NESTED, 12);
    }

    @Property(tries = 150)
    void roundTripIsExactOnEveryBackend(@ForAll("graphs") RandomGraphs.GraphData data)
            throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph original = data.build(backend);
            byte[] file = write(original);
            Graph read =
                    GraphmlReader.defaults()
                            .read(
                                    new ByteArrayInputStream(file),
                                    "random.graphml",
                                    Graph.builder().backend(backend));
            assertEquals(data.directed(), read.options().directed(), backend + ": direction");
            Snapshot.of(original).assertMatches(Snapshot.of(read), backend + ": round trip");
        }
    }

    @Property(tries = 60)
    void writerIsDeterministic(@ForAll("graphs") RandomGraphs.GraphData data) throws IOException {
        for (String backend : RandomGraphs.backends()) {
            assertArrayEquals(write(data.build(backend)), write(data.build(backend)), backend);
        }
    }

    @Property(tries = 60)
    void readIntoAddsToAnExistingGraph(@ForAll("graphs") RandomGraphs.GraphData data)
            throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph original = data.build(backend);
            byte[] file = write(original);
            Graph target =
                    data.directed()
                            ? Graph.builder().backend(backend).directed().open()
                            : Graph.builder().backend(backend).undirected().open();
            target.addNode("\u0000existing"); // not a name XML can carry, so never in the file
            target.addNode("\u0001other", Map.of("k", 1L));
            target.addEdge("\u0000existing", "\u0001other");
            GraphmlReader.defaults()
                    .readInto(new ByteArrayInputStream(file), "random.graphml", target);
            assertEquals(original.nodeCount() + 2, target.nodeCount(), backend);
            assertEquals(original.edgeCount() + 1, target.edgeCount(), backend);
            assertEquals(
                    List.of("\u0000existing", "\u0001other"),
                    target.nodes().subList(0, 2),
                    backend);
            for (String id : original.nodes()) {
                assertEquals(original.nodeAttributes(id), target.nodeAttributes(id), backend);
            }
            for (io.gli.Edge edge : original.edges()) {
                assertEquals(
                        edge.attributes(),
                        target.edgeAttributes(edge.source(), edge.target()),
                        backend);
            }
        }
    }

    @Test
    void awkwardTextComesBackExactly() throws IOException {
        List<String> awkward =
                List.of(
                        "]]>",
                        "a]]>b<![CDATA[c",
                        "  padded  ",
                        " ",
                        "",
                        "\n",
                        "\r",
                        "\r\n",
                        "\t tab",
                        "line\r\nbreaks\n\r",
                        "&amp;&#13;&lt;",
                        "\"quoted' both\"",
                        "<node id=\"x\"/>",
                        "\ud83d\ude00 \u00e9\u4e2d\u2028\ufffd");
        for (String backend : RandomGraphs.backends()) {
            Graph graph = Graph.builder().backend(backend).open();
            for (String text : awkward) {
                if (!text.isEmpty()) {
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    attributes.put(text, text);
                    attributes.put("v" + text, List.of(text, Map.of(text, text)));
                    graph.addNode(text, attributes);
                }
            }
            graph.addEdge("]]>", "\r\n", Map.of("\t", "\r", " ", " "));
            Graph read = roundTrip(graph, backend);
            Snapshot.of(graph).assertMatches(Snapshot.of(read), backend);
        }
    }

    @Test
    void typesStayDistinctAndDefaultsAreNotInvented() throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph graph = Graph.builder().backend(backend).undirected().open();
            graph.addNode("a", Map.of("n", 1L, "x", 1.0, "b", true, "s", "1"));
            graph.addNode("b", Map.of("n", 1.0)); // Long beside Double: a JSON key
            graph.addNode("c");
            graph.addEdge("a", "b", Map.of("w", Double.NaN));
            graph.addEdge("c", "c", Map.of("w", Double.NEGATIVE_INFINITY, "m", Map.of()));
            Graph read = roundTrip(graph, backend);
            Snapshot.of(graph).assertMatches(Snapshot.of(read), backend);
            assertEquals(Map.of(), read.nodeAttributes("c"));
        }
    }

    @Test
    void fileWriteIsAtomicAndGzipByName(@TempDir Path directory) throws IOException {
        Graph graph = Graph.builder().open();
        graph.addNode("a", Map.of("k", "v"));
        graph.addNode("b");
        graph.addEdge("a", "b");
        Path plain = directory.resolve("g.graphml");
        Path gzip = directory.resolve("g.graphml.gz");
        GraphmlWriter.defaults().write(graph, plain);
        GraphmlWriter.defaults().write(graph, gzip);
        assertTrue(Files.readString(plain, StandardCharsets.UTF_8).startsWith("<?xml"));
        assertEquals(0x1f, Files.readAllBytes(gzip)[0]);
        Snapshot.of(graph).assertMatches(Snapshot.of(GraphmlReader.defaults().read(gzip)), "gz");
        Snapshot.of(graph).assertMatches(Snapshot.of(GraphmlReader.defaults().read(plain)), "xml");
    }

    @Test
    void duplicatesCanBeSkippedOrMerged() throws IOException {
        String file =
                GraphmlFiles.document(
                        "<key id='w' for='edge' attr.name='w' attr.type='long'/>"
                                + "<key id='c' for='edge' attr.name='c' attr.type='string'/>",
                        "undirected",
                        "<node id='a'/><node id='b'/><node id='a'/>"
                                + "<edge source='a' target='b'><data key='w'>1</data></edge>"
                                + "<edge source='b' target='a'><data key='w'>2</data>"
                                + "<data key='c'>x</data></edge>");
        Graph skipped =
                GraphmlReader.builder()
                        .onDuplicate(BulkLoad.OnDuplicate.SKIP)
                        .build()
                        .read(GraphmlFiles.stream(file), "dup.graphml", Graph.builder());
        assertEquals(List.of("a", "b"), skipped.nodes());
        assertEquals(Map.of("w", 1L), skipped.edgeAttributes("a", "b"));
        Graph merged =
                GraphmlReader.builder()
                        .onDuplicate(BulkLoad.OnDuplicate.MERGE)
                        .build()
                        .read(GraphmlFiles.stream(file), "dup.graphml", Graph.builder());
        assertEquals(Map.of("w", 2L, "c", "x"), merged.edgeAttributes("a", "b"));
    }

    @Test
    void progressHearsEveryRow() throws IOException {
        Graph graph = Graph.builder().open();
        for (int i = 0; i < 100; i++) {
            graph.addNode("n" + i);
        }
        for (int i = 1; i < 100; i++) {
            graph.addEdge("n0", "n" + i);
        }
        byte[] file = write(graph);
        long[] last = new long[2];
        GraphmlReader.builder()
                .progress(
                        (bytes, rows) -> {
                            last[0] = bytes;
                            last[1] = rows;
                        })
                .build()
                .read(new ByteArrayInputStream(file), "p.graphml", Graph.builder());
        assertEquals(199, last[1]);
        assertEquals(file.length, last[0]);
    }

    private static Graph roundTrip(Graph graph, String backend) throws IOException {
        return GraphmlReader.defaults()
                .read(
                        new ByteArrayInputStream(write(graph)),
                        "g.graphml",
                        Graph.builder().backend(backend));
    }

    static byte[] write(Graph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphmlWriter.defaults().write(graph, out);
        return out.toByteArray();
    }
}
