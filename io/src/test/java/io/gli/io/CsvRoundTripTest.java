package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Graph;
import io.gli.GraphBuilder;
import io.gli.io.RandomGraphs.Chars;
import io.gli.io.RandomGraphs.GraphData;
import io.gli.io.RandomGraphs.Values;
import io.gli.tck.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Round trips through CSV and TSV on random graphs with hostile IDs, keys and values of every type
 * (nested ones included), on every backend. The node-and-edge-table form gives back exactly the
 * same graph (Snapshot equality: nodes, order, edges, attributes, adjacency); the edge table alone
 * gives back the same edges in the same order, with the nodes in order of first appearance.
 */
class CsvRoundTripTest {
    private Path directory;

    @BeforeTry
    void makeDirectory() throws IOException {
        directory = Files.createTempDirectory("csv-round-trip");
    }

    @AfterTry
    void removeDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Provide
    Arbitrary<GraphData> graphs() {
        return RandomGraphs.graphs(Chars.UNICODE, Values.NESTED, 8);
    }

    @Property(tries = 150)
    void nodeAndEdgeTablesGiveBackTheSameGraph(@ForAll("graphs") GraphData data)
            throws IOException {
        for (boolean tsv : List.of(false, true)) {
            CsvWriter writer = tsv ? CsvWriter.builder().tsv().build() : CsvWriter.defaults();
            CsvReader reader = tsv ? CsvReader.builder().tsv().build() : CsvReader.defaults();
            for (String backend : RandomGraphs.backends()) {
                Graph graph = data.build(backend);
                Path edges = directory.resolve("edges-" + backend + ".csv");
                Path nodes = directory.resolve("nodes-" + backend + ".csv.gz");
                writer.write(graph, edges, nodes);
                Graph back = reader.read(edges, nodes, target(backend, data.directed()));
                Snapshot.of(graph).assertMatches(Snapshot.of(back), backend + " round trip");
            }
        }
    }

    @Property(tries = 150)
    void anEdgeTableAloneGivesBackTheEdgesInOrder(@ForAll("graphs") GraphData data)
            throws IOException {
        GraphData edgesOnly = withoutNodeData(data);
        GraphData expected = inFirstAppearanceOrder(edgesOnly);
        for (String backend : RandomGraphs.backends()) {
            Graph graph = edgesOnly.build(backend);
            Path file = directory.resolve("edges-" + backend + ".csv");
            CsvWriter.defaults().write(graph, file);
            Graph back = CsvReader.defaults().read(file, target(backend, data.directed()));
            Snapshot.of(expected.build(backend))
                    .assertMatches(Snapshot.of(back), backend + " edge-table round trip");
        }
    }

    @Property(tries = 100)
    void writingIsDeterministic(@ForAll("graphs") GraphData data) throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph graph = data.build(backend);
            Path edges = directory.resolve("e.csv");
            Path nodes = directory.resolve("n.csv");
            CsvWriter.defaults().write(graph, edges, nodes);
            byte[] edgeBytes = Files.readAllBytes(edges);
            byte[] nodeBytes = Files.readAllBytes(nodes);
            CsvWriter.defaults().write(graph, edges, nodes);
            assertArrayEquals(edgeBytes, Files.readAllBytes(edges));
            assertArrayEquals(nodeBytes, Files.readAllBytes(nodes));
        }
    }

    @Property(tries = 60)
    void streamsRoundTripAnEdgeTable(@ForAll("graphs") GraphData data) {
        GraphData edgesOnly = withoutNodeData(data);
        for (String backend : RandomGraphs.backends()) {
            try {
                Graph graph = edgesOnly.build(backend);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CsvWriter.defaults().write(graph, out);
                Graph back =
                        CsvReader.defaults()
                                .read(
                                        new ByteArrayInputStream(out.toByteArray()),
                                        "stream",
                                        target(backend, data.directed()));
                assertEquals(graph.edges(), back.edges());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static GraphBuilder target(String backend, boolean directed) {
        GraphBuilder builder = Graph.builder().backend(backend);
        return directed ? builder.directed() : builder.undirected();
    }

    /** The graph without node attributes or isolated nodes: what an edge table alone can hold. */
    static GraphData withoutNodeData(GraphData data) {
        Set<String> used = new LinkedHashSet<>(data.sources());
        used.addAll(data.targets());
        List<String> nodes = new ArrayList<>();
        for (String node : data.nodes()) {
            if (used.contains(node)) {
                nodes.add(node);
            }
        }
        return new GraphData(
                data.directed(),
                nodes,
                nodes.stream().map(n -> Map.<String, Object>of()).toList(),
                data.sources(),
                data.targets(),
                data.edgeAttributes());
    }

    /** The same graph with its nodes in the order the edges first name them. */
    static GraphData inFirstAppearanceOrder(GraphData data) {
        Set<String> order = new LinkedHashSet<>();
        for (int i = 0; i < data.sources().size(); i++) {
            order.add(data.sources().get(i));
            order.add(data.targets().get(i));
        }
        List<String> nodes = List.copyOf(order);
        return new GraphData(
                data.directed(),
                nodes,
                nodes.stream().map(n -> Map.<String, Object>of()).toList(),
                data.sources(),
                data.targets(),
                data.edgeAttributes());
    }
}
