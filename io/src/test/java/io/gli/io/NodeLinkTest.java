package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.BulkLoad;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.io.RandomGraphs.Chars;
import io.gli.io.RandomGraphs.GraphData;
import io.gli.io.RandomGraphs.Values;
import io.gli.tck.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Node-link JSON: exact round trips of random hostile graphs on every backend, determinism,
 * NetworkX's files as its docs show them, and the hostile-file catalogue.
 */
class NodeLinkTest {
    @TempDir Path directory;

    @Provide
    Arbitrary<GraphData> graphs() {
        return RandomGraphs.graphs(Chars.ANY, Values.NESTED, 12);
    }

    /**
     * What the writer refuses: an attribute under a member's name, or a key with an unpaired
     * surrogate (Jackson refuses those in keys); both are tested on their own below.
     */
    private static boolean collides(GraphData data) {
        return data.nodeAttributes().stream()
                        .anyMatch(
                                a ->
                                        a.containsKey("id")
                                                || a.keySet().stream()
                                                        .anyMatch(NodeLinkTest::unpaired))
                || data.edgeAttributes().stream()
                        .anyMatch(
                                a ->
                                        a.containsKey("source")
                                                || a.containsKey("target")
                                                || a.keySet().stream()
                                                        .anyMatch(NodeLinkTest::unpaired));
    }

    private static boolean unpaired(String key) {
        return !key.equals(
                new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    private static byte[] write(NodeLinkWriter writer, Graph graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(graph, out);
        return out.toByteArray();
    }

    private static Graph read(byte[] bytes, String backend) throws IOException {
        return NodeLinkReader.defaults()
                .read(new ByteArrayInputStream(bytes), "g.json", Graph.builder().backend(backend));
    }

    @Property(tries = 80)
    void aWrittenGraphReadsBackExactlyOnEveryBackend(@ForAll("graphs") GraphData data)
            throws IOException {
        Assume.that(!collides(data));
        for (String backend : RandomGraphs.backends()) {
            Graph original = data.build(backend);
            for (String key : List.of("edges", "links")) {
                byte[] bytes = write(NodeLinkWriter.builder().edgesKey(key).build(), original);
                Snapshot.of(original)
                        .assertMatches(Snapshot.of(read(bytes, backend)), backend + ", " + key);
            }
        }
    }

    @Property(tries = 30)
    void theSameGraphGivesTheSameBytes(@ForAll("graphs") GraphData data) throws IOException {
        Assume.that(!collides(data));
        for (String backend : RandomGraphs.backends()) {
            byte[] first = write(NodeLinkWriter.defaults(), data.build(backend));
            byte[] second = write(NodeLinkWriter.defaults(), data.build(backend));
            assertArrayEquals(first, second, backend);
        }
    }

    @Test
    void aGzipFileRoundTripsThroughItsPath() throws IOException {
        Graph graph = Graph.builder().undirected().open();
        graph.addNode("a\ud800", Map.of("x", List.of(1L, Map.of("y", 2.0))));
        graph.addNode("b");
        graph.addEdge("b", "a\ud800", Map.of("w", Double.NaN));
        Path file = directory.resolve("g.json.gz");
        NodeLinkWriter.defaults().write(graph, file);
        Snapshot.of(graph).assertMatches(Snapshot.of(NodeLinkReader.defaults().read(file)), "gz");
    }

    @Test
    void theOutputIsWhatNetworkxReadsOneElementPerLine() throws IOException {
        Graph graph = Graph.builder().directed().open();
        graph.addNode("a", Map.of("tags", List.of("x", 1L)));
        graph.addNode("b");
        graph.addEdge("a", "b", Map.of("w", 1.0));
        String text = new String(write(NodeLinkWriter.defaults(), graph), StandardCharsets.UTF_8);
        assertEquals(
                """
                {"directed":true,"multigraph":false,"graph":{},"nodes":[
                {"id":"a","tags":["x",1]},
                {"id":"b"}
                ],"edges":[
                {"source":"a","target":"b","w":1.0}
                ]}
                """,
                text);
        String links =
                new String(
                        write(NodeLinkWriter.builder().edgesKey("links").build(), graph),
                        StandardCharsets.UTF_8);
        assertTrue(links.contains("],\"links\":[\n"), links);
        assertThrows(
                IllegalArgumentException.class, () -> NodeLinkWriter.builder().edgesKey("arcs"));
    }

    @Test
    void anAttributeNamedLikeAMemberIsRefusedBeforeAnyByte() throws IOException {
        Graph graph = Graph.open();
        graph.addNode("n1");
        graph.addNode("n2", Map.of("id", 5L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NodeLinkWriter.defaults().write(graph, out));
        assertTrue(
                e.getMessage().contains("\"n2\"") && e.getMessage().contains("\"id\""),
                e::getMessage);
        assertEquals(0, out.size());

        Graph edges = Graph.open();
        edges.addNode("a");
        edges.addNode("b");
        edges.addEdge("a", "b", Map.of("target", "x"));
        Path file = directory.resolve("kept.json");
        Files.writeString(file, "old");
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NodeLinkWriter.defaults().write(edges, file));
        assertTrue(e.getMessage().contains("\"target\""), e::getMessage);
        assertEquals("old", Files.readString(file));
    }

    @Test
    void aKeyWithAnUnpairedSurrogateIsRefusedWhileSuchIdsAndValuesRoundTrip() throws IOException {
        Graph graph = Graph.open();
        graph.addNode("\udc00", Map.of("k", "\ud800", "m", Map.of("n\ud800", 1L)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> NodeLinkWriter.defaults().write(graph, out));
        assertTrue(e.getMessage().contains("\"n\\ud800\""), e::getMessage);
        assertEquals(0, out.size());
        graph.setNodeAttribute("\udc00", "m", List.of("\ud800"));
        Snapshot.of(graph)
                .assertMatches(
                        Snapshot.of(read(write(NodeLinkWriter.defaults(), graph), "simple")),
                        "lone surrogates");
    }

    // ---- NetworkX's files, written by hand from its documentation

    private static Graph fixture(String name) throws IOException {
        try (InputStream in = NodeLinkTest.class.getResourceAsStream("json/" + name)) {
            return NodeLinkReader.defaults().read(in, name, Graph.builder());
        }
    }

    @Test
    void networkxKarateClubWithLinksAndIntIds() throws IOException {
        Graph graph = fixture("karate-links.json");
        assertFalse(graph.isDirected());
        assertEquals(List.of("0", "1", "2", "32", "33"), graph.nodes());
        assertEquals(Map.of("club", "Officer"), graph.nodeAttributes("33"));
        assertEquals(5, graph.edgeCount());
        assertEquals(new Edge("32", "33", Map.of("weight", 2L)), graph.edges().get(4));
        assertTrue(graph.hasEdge("1", "0"));
    }

    @Test
    void networkxDirectedWithEdgesAndNestedValues() throws IOException {
        Graph graph = fixture("directed-edges.json");
        assertTrue(graph.isDirected());
        assertEquals(List.of("alice", "bob", "carol", "dave"), graph.nodes());
        Map<String, Object> alice = new LinkedHashMap<>();
        alice.put("label", "Alice");
        alice.put("age", 31L);
        alice.put("score", 0.5);
        alice.put("tags", List.of("admin", "ops"));
        assertEquals(alice, graph.nodeAttributes("alice"));
        assertEquals(
                Map.of(
                        "label",
                        "Bob",
                        "active",
                        false,
                        "prefs",
                        Map.of("theme", "dark", "sizes", List.of(1L, 2.5, Double.NaN))),
                graph.nodeAttributes("bob"));
        assertEquals(
                List.of(
                        new Edge("alice", "bob", Map.of("since", 2019L)),
                        new Edge("bob", "alice", Map.of("weight", Double.NEGATIVE_INFINITY)),
                        new Edge("carol", "dave")),
                graph.edges());
    }

    @Test
    void aMultigraphWithoutParallelEdgesReadsWithoutItsKeys() throws IOException {
        Graph graph = fixture("multigraph-keys.json");
        assertEquals(
                List.of(
                        new Edge("1", "2", Map.of("capacity", 7L)),
                        new Edge("2", "3", Map.of("capacity", 9L))),
                graph.edges());
    }

    @Test
    void edgesBeforeNodesCreateTheirEndpointsWhichTheNodesThenDescribe() throws IOException {
        Graph graph = fixture("edges-first.json");
        assertEquals(List.of("b", "a", "c"), graph.nodes());
        assertEquals(Map.of("color", "red"), graph.nodeAttributes("a"));
        assertEquals(Map.of("color", "blue"), graph.nodeAttributes("b"));
        assertEquals(List.of(new Edge("b", "a", Map.of("w", 1L))), graph.edges());
    }

    @Test
    void readIntoAddsToAnExistingGraph() throws IOException {
        Graph graph = Graph.builder().undirected().open();
        graph.addNode("0", Map.of("old", true));
        graph.addNode("zz");
        try (InputStream in = NodeLinkTest.class.getResourceAsStream("json/karate-links.json")) {
            assertThrows(
                    GraphFormatException.class,
                    () -> NodeLinkReader.defaults().readInto(in, "k.json", graph));
        }
        try (InputStream in = NodeLinkTest.class.getResourceAsStream("json/karate-links.json")) {
            NodeLinkReader.builder()
                    .onDuplicate(BulkLoad.OnDuplicate.MERGE)
                    .build()
                    .readInto(in, "k.json", graph);
        }
        assertEquals(List.of("0", "zz", "1", "2", "32", "33"), graph.nodes());
        assertEquals(Map.of("old", true, "club", "Mr. Hi"), graph.nodeAttributes("0"));
        assertEquals(5, graph.edgeCount());
    }

    @Test
    void progressIsReportedAtTheEnd() throws IOException {
        List<long[]> reports = new ArrayList<>();
        try (InputStream in = NodeLinkTest.class.getResourceAsStream("json/karate-links.json")) {
            NodeLinkReader.builder()
                    .progress((bytes, rows) -> reports.add(new long[] {bytes, rows}))
                    .build()
                    .read(in, "k.json", Graph.builder());
        }
        long[] last = reports.get(reports.size() - 1);
        assertEquals(10, last[1]);
        assertTrue(last[0] > 300, Arrays.toString(last));
    }

    // ---- the hostile-file catalogue: each a GraphFormatException naming the file and line, no
    // graph, and an existing graph left exactly as it was

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    private static final String GOOD =
            "{\"directed\": true, \"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n"
                    + " \"edges\": [{\"source\": \"a\", \"target\": \"b\"}]}";

    /** Reads {@code bytes} both ways and checks the refusal; returns it. */
    private GraphFormatException refused(
            NodeLinkReader reader, byte[] bytes, long line, String expected) throws IOException {
        Path file = directory.resolve("hostile.json");
        Files.write(file, bytes);
        GraphFormatException fresh =
                assertThrows(GraphFormatException.class, () -> reader.read(file));
        assertEquals("hostile.json", fresh.source());
        assertEquals(line, fresh.line(), fresh::getMessage);
        assertTrue(
                fresh.getMessage().contains(expected),
                () -> fresh.getMessage() + " should say " + expected);

        Graph existing = Graph.builder().directed().open();
        existing.addNode("e", Map.of("k", 1L));
        existing.addNode("x");
        existing.addEdge("x", "e");
        GraphFormatException into =
                Snapshot.assertFailsUnchanged(
                        existing,
                        GraphFormatException.class,
                        () -> reader.readInto(file, existing),
                        "readInto");
        assertTrue(into.line() != GraphFormatException.UNKNOWN, into::getMessage);
        return fresh;
    }

    private GraphFormatException refused(String text, long line, String expected)
            throws IOException {
        return refused(NodeLinkReader.defaults(), utf8(text), line, expected);
    }

    @Test
    void theGoodFileOfTheCatalogueReads() throws IOException {
        assertEquals(
                1,
                NodeLinkReader.defaults()
                        .read(new ByteArrayInputStream(utf8(GOOD)), "g", Graph.builder())
                        .edgeCount());
    }

    @Test
    void malformedJson() throws IOException {
        refused("{\"nodes\": [{\"id\": \"a\"},\n {\"id\": \"b\",]}", 2, "well-formed JSON");
    }

    @Test
    void truncatedJson() throws IOException {
        refused(GOOD.substring(0, GOOD.length() - 20), 2, "ends too early");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = utf8("{\"nodes\": [\n{\"id\": \"a_\"}]}");
        bytes[21] = (byte) 0xff;
        refused(NodeLinkReader.defaults(), bytes, 2, "UTF-8");
    }

    @Test
    void truncatedGzip() throws IOException {
        byte[] zipped = gzip(utf8(GOOD));
        refused(
                NodeLinkReader.defaults(),
                Arrays.copyOf(zipped, zipped.length - 12),
                1,
                "ends too early");
    }

    @Test
    void nestingTooDeep() throws IOException {
        String deep = "[".repeat(100) + "]".repeat(100);
        refused("{\"nodes\": [\n{\"id\": \"a\", \"v\": " + deep + "}]}", 2, "limits");
    }

    @Test
    void stringOverTheLimit() throws IOException {
        refused(
                NodeLinkReader.builder()
                        .limits(ReadLimits.DEFAULT.withMaxStringLength(100))
                        .build(),
                utf8("{\"nodes\": [\n{\"id\": \"" + "x".repeat(500) + "\"}]}"),
                2,
                "limits");
    }

    @Test
    void integerOutOfLongRange() throws IOException {
        refused(
                "{\"nodes\": [{\"id\": \"a\"},\n{\"id\": \"c\", \"n\": 9223372036854775808}]}",
                2,
                "Long's range");
    }

    @Test
    void nullValue() throws IOException {
        refused("{\"nodes\": [\n{\"id\": \"c\", \"color\": null}]}", 2, "null");
    }

    @Test
    void duplicateNode() throws IOException {
        refused("{\"nodes\": [{\"id\": \"c\"},\n{\"id\": \"c\"}]}", 2, "duplicate node \"c\"");
    }

    @Test
    void nodeAlreadyInTheGraphIsADuplicateOnReadInto() throws IOException {
        Graph existing = Graph.open();
        existing.addNode("a");
        Snapshot.assertFailsUnchanged(
                existing,
                GraphFormatException.class,
                () ->
                        NodeLinkReader.defaults()
                                .readInto(new ByteArrayInputStream(utf8(GOOD)), "g", existing));
    }

    @Test
    void nodeWithoutId() throws IOException {
        refused("{\"nodes\": [{\"id\": \"c\"},\n{\"name\": \"c\"}]}", 2, "without \"id\"");
    }

    @Test
    void edgeWithoutSource() throws IOException {
        refused(
                "{\"edges\": [{\"source\": \"c\", \"target\": \"d\"},\n{\"target\": \"c\"}]}",
                2,
                "without \"source\"");
    }

    @Test
    void nodesNotAnArray() throws IOException {
        refused("{\"directed\": true,\n\"nodes\": {\"id\": \"c\"}}", 2, "array of node objects");
    }

    @Test
    void idOfTheWrongType() throws IOException {
        refused("{\"nodes\": [\n{\"id\": 1.5}]}", 2, "a node ID");
    }

    @Test
    void directedNotABoolean() throws IOException {
        refused("{\n\"directed\": \"yes\"}", 2, "true or false");
    }

    @Test
    void topLevelNotAnObject() throws IOException {
        refused("\n[1, 2]", 2, "a JSON object");
    }

    @Test
    void somethingAfterTheObject() throws IOException {
        refused(GOOD + "\n{}", 3, "the end of the file");
    }

    @Test
    void multigraphWithParallelEdges() throws IOException {
        refused(
                """
                {"directed": true, "multigraph": true, "nodes": [{"id": "p"}], "edges": [
                {"source": "p", "target": "q", "key": 0},
                {"source": "p", "target": "q", "key": 1}]}""",
                3,
                "parallel edge");
    }

    @Test
    void duplicateKeyInAnObject() throws IOException {
        refused("{\"nodes\": [\n{\"id\": \"c\", \"w\": 1, \"w\": 2}]}", 2, "each key once");
    }

    @Test
    void tooManyAttributes() throws IOException {
        refused(
                NodeLinkReader.builder().limits(ReadLimits.DEFAULT.withMaxAttributes(2)).build(),
                utf8("{\"nodes\": [\n{\"id\": \"c\", \"p\": 1, \"q\": 2, \"r\": 3}]}"),
                2,
                "more than 2 attributes");
    }

    @Test
    void bothLinksAndEdges() throws IOException {
        refused("{\"links\": [],\n\"edges\": []}", 2, "both \"links\" and \"edges\"");
    }

    @Test
    void theOtherDirectionOnReadInto() throws IOException {
        Graph existing = Graph.builder().undirected().open();
        existing.addNode("z");
        GraphFormatException e =
                Snapshot.assertFailsUnchanged(
                        existing,
                        GraphFormatException.class,
                        () ->
                                NodeLinkReader.defaults()
                                        .readInto(
                                                new ByteArrayInputStream(utf8(GOOD)),
                                                "g.json",
                                                existing));
        assertTrue(e.getMessage().startsWith("g.json:1:"), e::getMessage);
        assertTrue(e.getMessage().contains("\"directed\": true"), e::getMessage);
    }

    @Test
    void directedAfterTheNodesThatDisagreesWithTheBuilder() throws IOException {
        byte[] bytes = utf8("{\"nodes\": [{\"id\": \"a\"}],\n\"directed\": false}");
        GraphFormatException e =
                assertThrows(
                        GraphFormatException.class,
                        () ->
                                NodeLinkReader.defaults()
                                        .read(
                                                new ByteArrayInputStream(bytes),
                                                "late.json",
                                                Graph.builder()));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("must come before"), e::getMessage);
    }
}
