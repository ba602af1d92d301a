package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.BulkLoad.OnDuplicate;
import io.gli.Graph;
import io.gli.tck.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GraphFormat} and {@link GraphFiles}: formats recognized by file name and by name, the
 * errors that list what is known, the options reaching every reader, and every readable format
 * written and read back through the one-line entry points on every backend, plain and gzipped.
 */
class GraphFilesTest {
    @TempDir Path dir;

    @Test
    void aFileNameSaysItsFormatIgnoringCaseAndGzip() {
        Map<String, GraphFormat> names =
                Map.ofEntries(
                        Map.entry("friends.csv", GraphFormat.CSV),
                        Map.entry("FRIENDS.CSV", GraphFormat.CSV),
                        Map.entry("web.csv.gz", GraphFormat.CSV),
                        Map.entry("roads.tsv", GraphFormat.TSV),
                        Map.entry("roads.tab.gz", GraphFormat.TSV),
                        Map.entry("web.graphml", GraphFormat.GRAPHML),
                        Map.entry("web.GraphML.GZ", GraphFormat.GRAPHML),
                        Map.entry("karate.json", GraphFormat.NODE_LINK_JSON),
                        Map.entry("draw.dot", GraphFormat.DOT),
                        Map.entry("draw.gv", GraphFormat.DOT),
                        Map.entry("big.gli", GraphFormat.SNAPSHOT),
                        Map.entry("dir.v2/big.gli.gz", GraphFormat.SNAPSHOT));
        names.forEach(
                (name, format) ->
                        assertEquals(Optional.of(format), GraphFormat.byFileName(name), name));
        for (String name : List.of("notes.txt", "csv", ".csv", "web.gz", "graphml", "web.xml")) {
            assertEquals(Optional.empty(), GraphFormat.byFileName(name), name);
        }
    }

    @Test
    void anUnknownExtensionOrNameIsRefusedListingWhatIsKnown() {
        Path file = dir.resolve("notes.txt");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GraphFormat.of(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(".graphml") && e.getMessage().contains(".gli"));
        for (GraphFormat format : GraphFormat.values()) {
            assertEquals(format, GraphFormat.byName(format.token()));
            assertEquals(
                    format, GraphFormat.byName(format.token().toUpperCase(java.util.Locale.ROOT)));
        }
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> GraphFormat.byName("gml"));
        assertEquals(
                "unknown graph format \"gml\"; expected one of csv, tsv, graphml, json, dot, gli",
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GraphFiles.read(file));
        assertThrows(IllegalArgumentException.class, () -> GraphFiles.write(sample(true), file));
        assertFalse(Files.exists(file), "nothing written");
    }

    @Test
    void dotIsWrittenNotRead() throws IOException {
        assertFalse(GraphFormat.DOT.canRead());
        assertTrue(GraphFormat.DOT.canWrite());
        assertEquals(
                List.of(
                        GraphFormat.CSV,
                        GraphFormat.TSV,
                        GraphFormat.GRAPHML,
                        GraphFormat.NODE_LINK_JSON,
                        GraphFormat.SNAPSHOT),
                GraphFormat.readable());
        UnsupportedOperationException e =
                assertThrows(UnsupportedOperationException.class, GraphFormat.DOT::reader);
        assertEquals(
                "dot is written, not read; the formats read are csv, tsv, graphml, json, gli",
                e.getMessage());
        Path file = dir.resolve("g.dot");
        GraphFiles.write(sample(true), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("digraph"), text);
        assertTrue(text.contains("\"a\" -> \"b\""), text);
        assertThrows(UnsupportedOperationException.class, () -> GraphFiles.read(file));
    }

    /**
     * a -> b -> c with edge weights; with {@code edgeTableOnly} false also a node attribute and an
     * isolated node, which an edge table alone cannot hold.
     */
    private static Graph sample(boolean edgeTableOnly) {
        return sample(edgeTableOnly, Graph.builder().directed());
    }

    private static Graph sample(boolean edgeTableOnly, io.gli.GraphBuilder builder) {
        Graph graph = builder.open();
        graph.addNodes(List.of("a", "b", "c"), Map.of());
        graph.addEdge("a", "b", Map.of("w", 1.5));
        graph.addEdge("b", "c", Map.of("w", -2.0));
        if (!edgeTableOnly) {
            graph.updateNodeAttributes("a", Map.of("label", "Alice, \"A\"", "age", 30L));
            graph.addNode("lonely", Map.of());
        }
        return graph;
    }

    @Test
    void everyReadableFormatComesBackThroughTheFileNameOnEveryBackend() throws IOException {
        for (GraphFormat format : GraphFormat.readable()) {
            boolean edgeTableOnly = format == GraphFormat.CSV || format == GraphFormat.TSV;
            for (String backend : RandomGraphs.backends()) {
                for (String suffix : List.of("", ".gz")) {
                    Graph graph =
                            sample(edgeTableOnly, Graph.builder().backend(backend).directed());
                    Path file = dir.resolve(backend + format.extensions().get(0) + suffix);
                    GraphFiles.write(graph, file);
                    String what = format + " on " + backend + suffix;
                    Graph back = GraphFiles.read(file, Graph.builder().backend(backend).directed());
                    Snapshot.of(graph).assertMatches(Snapshot.of(back), what);
                    assertEquals(backend, back.options().backend(), what);

                    Graph into = Graph.builder().backend(backend).directed().open();
                    GraphFiles.readInto(file, into);
                    Snapshot.of(graph).assertMatches(Snapshot.of(into), what + ", read into");
                }
            }
        }
    }

    @Test
    void theOptionsReachTheReader() throws IOException {
        Path csv = dir.resolve("dup.csv");
        Files.writeString(csv, "source,target\na,b\nb,c\na,b\n", StandardCharsets.UTF_8);
        GraphFormatException e =
                assertThrows(GraphFormatException.class, () -> GraphFiles.read(csv));
        assertEquals("dup.csv", e.source(), "the file, by its name");
        assertEquals(4, e.line(), e.getMessage());

        List<long[]> reports = new ArrayList<>();
        ReadOptions options =
                ReadOptions.DEFAULT
                        .withOnDuplicate(OnDuplicate.SKIP)
                        .withProgress((bytes, rows) -> reports.add(new long[] {bytes, rows}));
        Graph graph = GraphFiles.read(csv, Graph.builder(), options);
        assertEquals(2, graph.edgeCount());
        assertFalse(reports.isEmpty(), "progress reported");
        long[] last = reports.get(reports.size() - 1);
        assertEquals(Files.size(csv), last[0], "bytes at the end");

        Path json = dir.resolve("g.json");
        GraphFiles.write(sample(false), json);
        Graph existing = sample(false);
        assertThrows(GraphFormatException.class, () -> GraphFiles.readInto(json, existing));
        GraphFiles.readInto(json, existing, ReadOptions.DEFAULT.withOnDuplicate(OnDuplicate.SKIP));
        Snapshot.of(sample(false)).assertMatches(Snapshot.of(existing), "all passed over");

        ReadOptions shortStrings =
                ReadOptions.DEFAULT.withLimits(ReadLimits.DEFAULT.withMaxStringLength(3));
        GraphFormatException tooLong =
                assertThrows(
                        GraphFormatException.class,
                        () -> GraphFiles.read(json, Graph.builder(), shortStrings));
        assertEquals("g.json", tooLong.source());
        assertTrue(tooLong.line() >= 1, tooLong.getMessage());
    }

    @Test
    void aGzipNameInAnyCaseIsWrittenCompressed() throws IOException {
        Path file = dir.resolve("web.graphml.GZ");
        GraphFiles.write(sample(false), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(0x1f, bytes[0] & 0xff);
        assertEquals(0x8b, bytes[1] & 0xff);
        Snapshot.of(sample(false)).assertMatches(Snapshot.of(GraphFiles.read(file)), "read back");
    }

    @Test
    void aSnapshotIsReadWithFailOnly() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                GraphFormat.SNAPSHOT.reader(
                                        ReadOptions.DEFAULT.withOnDuplicate(OnDuplicate.MERGE)));
        assertTrue(e.getMessage().contains("MERGE"), e.getMessage());
    }
}
