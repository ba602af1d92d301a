package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.tck.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binary snapshot gives back exactly the graph written, on every backend: direction, node and
 * edge order, every ID and string (NUL, controls, unpaired surrogates), every value with its type
 * (Long and Double apart, -0.0, NaN, nested lists and maps), cut into blocks of any size; and the
 * same graph always gives the same bytes.
 */
class SnapshotRoundTripTest {
    @Provide
    Arbitrary<RandomGraphs.GraphData> graphs() {
        return RandomGraphs.graphs(RandomGraphs.Chars.ANY, RandomGraphs.Values.NESTED, 10);
    }

    static byte[] write(Graph graph, int rowsPerBlock) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotWriter.builder().rowsPerBlock(rowsPerBlock).build().write(graph, out);
        return out.toByteArray();
    }

    @Property(tries = 150)
    void aGraphComesBackExactlyOnEveryBackend(
            @ForAll("graphs") RandomGraphs.GraphData data,
            @ForAll @IntRange(min = 1, max = 4) int rowsPerBlock)
            throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph graph = data.build(backend);
            byte[] bytes = write(graph, rowsPerBlock);
            Graph back =
                    SnapshotReader.defaults()
                            .read(
                                    new ByteArrayInputStream(bytes),
                                    "g.gli",
                                    Graph.builder().backend(backend));
            Snapshot.of(graph).assertMatches(Snapshot.of(back), "round trip on " + backend);
            assertEquals(graph.options().directed(), back.options().directed(), backend);
            assertEquals(backend, back.options().backend());
        }
    }

    @Property(tries = 60)
    void theSameGraphGivesTheSameBytes(@ForAll("graphs") RandomGraphs.GraphData data)
            throws IOException {
        // within a backend: backends may give an element's keys in different orders
        for (String backend : RandomGraphs.backends()) {
            Graph graph = data.build(backend);
            byte[] first = write(graph, 3);
            assertArrayEquals(first, write(graph, 3), backend);
            assertArrayEquals(first, write(data.build(backend), 3), backend);
        }
    }

    @Property(tries = 60)
    void readIntoAddsToAnExistingGraph(@ForAll("graphs") RandomGraphs.GraphData data)
            throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph file = data.build(backend);
            byte[] bytes = write(file, 2);
            Graph graph =
                    data.directed()
                            ? Graph.builder().backend(backend).directed().open()
                            : Graph.builder().backend(backend).undirected().open();
            // IDs the random graph cannot have: its text is never this long a run of '~'
            graph.addNode("~~~~~~~~~~~~a", Map.of("k", 1L));
            graph.addNode("~~~~~~~~~~~~b");
            graph.addEdge("~~~~~~~~~~~~a", "~~~~~~~~~~~~b", Map.of("w", 0.5));
            Snapshot before = Snapshot.of(graph);

            SnapshotReader.defaults().readInto(new ByteArrayInputStream(bytes), "g.gli", graph);

            List<String> nodes = new ArrayList<>(before.nodes());
            nodes.addAll(Snapshot.of(file).nodes());
            assertEquals(nodes, Snapshot.of(graph).nodes(), backend);
            List<io.gli.Edge> edges = new ArrayList<>(before.edges());
            edges.addAll(Snapshot.of(file).edges());
            assertEquals(edges, Snapshot.of(graph).edges(), backend);
            for (String node : data.nodes()) {
                assertEquals(file.nodeAttributes(node), graph.nodeAttributes(node), backend);
            }
        }
    }

    @Test
    void filesPlainAndGzipReadBack(@TempDir Path directory) throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph graph = Graph.builder().backend(backend).undirected().open();
            graph.addNode("a\u0000\ud800", Map.of("list", List.of(1L, 1.0, List.of()), "x", -0.0));
            graph.addNode("\u4e2d", Map.of("x", Double.NaN));
            graph.addEdge("a\u0000\ud800", "\u4e2d", Map.of("m", Map.of("k", true)));
            graph.addEdge("\u4e2d", "\u4e2d");
            for (String name : List.of("g.gli", "g.gli.gz")) {
                Path file = directory.resolve(name);
                SnapshotWriter.defaults().write(graph, file);
                Graph back = SnapshotReader.defaults().read(file, Graph.builder().backend(backend));
                Snapshot.of(graph).assertMatches(Snapshot.of(back), name + " on " + backend);
                assertEquals(false, back.options().directed());
            }
            byte[] gz = Files.readAllBytes(directory.resolve("g.gli.gz"));
            assertTrue((gz[0] & 0xFF) == 0x1f && (gz[1] & 0xFF) == 0x8b, "gzip by name");
        }
    }

    @Test
    void progressCountsEveryRow() throws IOException {
        Graph graph = Graph.builder().open();
        for (int i = 0; i < 10; i++) {
            graph.addNode("n" + i);
        }
        for (int i = 1; i < 10; i++) {
            graph.addEdge("n0", "n" + i);
        }
        byte[] bytes = write(graph, 4);
        List<long[]> reports = new ArrayList<>();
        SnapshotReader.builder()
                .progress((read, rows) -> reports.add(new long[] {read, rows}))
                .build()
                .read(new ByteArrayInputStream(bytes), "g.gli", Graph.builder());
        long[] last = reports.get(reports.size() - 1);
        assertEquals(bytes.length, last[0]);
        assertEquals(19, last[1]);
        assertTrue(reports.size() > 2, "a report per block");
    }
}
