package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.tck.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-file catalogue of the GraphML reader: each file is refused with a {@link
 * GraphFormatException} naming the file, the line and the problem; a read returns no graph, and a
 * readInto leaves an existing graph exactly as it was, on every backend.
 */
class GraphmlHostileTest {
    private static final String NAME = "hostile.graphml";

    private static final String HEAD =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" // line 1
                    + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"; // line 2

    /** Lines 1-6: head, keys w (edge double), n (node long), s (node string); graph at 6. */
    private static String graph(String body) {
        return HEAD
                + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                + "<key id=\"n\" for=\"node\" attr.name=\"count\" attr.type=\"long\"/>\n"
                + "<key id=\"s\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                + "<graph edgedefault=\"directed\">\n" // line 6
                + body
                + "\n</graph>\n</graphml>\n";
    }

    /**
     * Asserts the file is refused at {@code line} with {@code phrase} in the problem, by read and
     * by readInto of a non-empty graph on every backend (unchanged after).
     */
    private static GraphFormatException refused(
            byte[] file, GraphmlReader reader, long line, String phrase) {
        GraphFormatException first = null;
        for (String backend : RandomGraphs.backends()) {
            GraphFormatException e =
                    assertThrows(
                            GraphFormatException.class,
                            () ->
                                    reader.read(
                                            new ByteArrayInputStream(file),
                                            NAME,
                                            Graph.builder().backend(backend)),
                            backend);
            assertEquals(NAME, e.source(), e::getMessage);
            assertEquals(line, e.line(), e::getMessage);
            assertTrue(e.problem().contains(phrase), () -> "expected " + phrase + " in: " + e);
            assertTrue(e.getMessage().startsWith(NAME + ":" + line + ":"), e::getMessage);
            Graph existing = Graph.builder().backend(backend).directed().open();
            existing.addNode("n1", Map.of("count", 7L));
            existing.addNode("kept");
            existing.addEdge("n1", "kept", Map.of("weight", 0.5));
            GraphFormatException again =
                    Snapshot.assertFailsUnchanged(
                            existing,
                            GraphFormatException.class,
                            () -> reader.readInto(new ByteArrayInputStream(file), NAME, existing),
                            backend + " readInto");
            assertEquals(line, again.line(), again::getMessage);
            first = e;
        }
        return first;
    }

    private static GraphFormatException refused(String file, long line, String phrase) {
        return refused(utf8(file), GraphmlReader.defaults(), line, phrase);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path directory) throws IOException {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String file =
                "<?xml version=\"1.0\"?>\n"
                        + "<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \""
                        + secret.toUri()
                        + "\">]>\n"
                        + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                        + "<key id=\"s\" for=\"node\" attr.name=\"s\" attr.type=\"string\"/>\n"
                        + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"s\">&xxe;"
                        + "</data></node></graph></graphml>\n";
        GraphFormatException e = refused(file, 2, "DOCTYPE not allowed");
        assertFalse(String.valueOf(e).contains("TOP-SECRET"), e::getMessage);
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder file = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n");
        file.append(" <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            file.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                file.append("&lol").append(i - 1).append(';');
            }
            file.append("\">\n");
        }
        file.append("]>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">")
                .append("<graph edgedefault=\"directed\"><node id=\"&lol9;\"/></graph></graphml>");
        refused(file.toString(), 13, "DOCTYPE not allowed"); // where the DOCTYPE ends
    }

    @Test
    void anyDoctypeIsRefused() {
        refused(
                """
                <?xml version="1.0"?>
                <!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">
                <graphml><graph edgedefault="directed"/></graphml>""",
                2,
                "DOCTYPE not allowed");
    }

    @Test
    void undeclaredEntityIsMalformed() {
        refused(graph("<node id=\"a\"><data key=\"s\">&lol;</data></node>"), 7, "lol");
    }

    @Test
    void unclosedTagIsMalformed() {
        refused(graph("<node id=\"a\"><data key=\"s\">x</node>"), 7, "malformed XML");
    }

    @Test
    void forbiddenCharacterIsMalformed() {
        refused(graph("<node id=\"a\"><data key=\"s\">x\u0001y</data></node>"), 7, "malformed XML");
        refused(graph("<node id=\"a&#1;\"/>"), 7, "malformed XML");
    }

    @Test
    void truncatedFileIsMalformed() {
        String whole = graph("<node id=\"a\"/>\n<node id=\"b\"/>");
        refused(whole.substring(0, whole.indexOf("<node id=\"b\"") + 5), 8, "malformed XML");
    }

    @Test
    void truncatedGzipIsRefused() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            body.append("<node id=\"n").append(i).append("\"/>\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(utf8(graph(body.toString())));
        }
        byte[] whole = bytes.toByteArray();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        GraphFormatException e = refusedAnywhere(cut, "truncated");
        assertTrue(e.line() > 6, e::getMessage);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] file = utf8(graph("<node id=\"a\"><data key=\"s\">caf\u00e9</data></node>"));
        int at = indexOf(file, (byte) 0xc3);
        file[at] = (byte) 0xff;
        refused(file, GraphmlReader.defaults(), 7, "expected UTF-8");
    }

    @Test
    void otherDeclaredEncodingIsRefused() {
        refused("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml/>", 1, "expected UTF-8");
    }

    @Test
    void nonNumericValueInTypedKeyIsRefused() {
        GraphFormatException e =
                refused(
                        graph(
                                """
                                <node id="a"/><node id="b"/>
                                <edge source="a" target="b">
                                  <data key="w">heavy</data>
                                </edge>"""),
                        9,
                        "expected a double");
        assertTrue(e.problem().contains("\"heavy\""), e::getMessage);
        assertTrue(e.problem().contains("\"w\""), e::getMessage);
        refused(graph("<node id=\"a\"><data key=\"n\"></data></node>"), 7, "expected a long");
    }

    @Test
    void longOutOfRangeIsRefused() {
        refused(
                graph("<node id=\"a\"><data key=\"n\">9223372036854775808</data></node>"),
                7,
                "expected a long between");
    }

    @Test
    void duplicateNodeIsRefusedAtItsLine() {
        refused(
                graph("<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>"),
                9,
                "duplicate node \"a\"");
        // a node already in the graph read into is a duplicate too
        Graph existing = Graph.builder().open();
        existing.addNode("n1");
        GraphFormatException e =
                Snapshot.assertFailsUnchanged(
                        existing,
                        GraphFormatException.class,
                        () ->
                                GraphmlReader.defaults()
                                        .readInto(
                                                GraphmlFiles.stream(graph("<node id=\"n1\"/>")),
                                                NAME,
                                                existing));
        assertEquals(7, e.line());
    }

    @Test
    void duplicateEdgeIsRefusedAtItsLine() {
        refused(
                graph(
                        "<node id=\"a\"/><node id=\"b\"/>\n"
                                + "<edge source=\"a\" target=\"b\"/>\n<edge source=\"a\" target=\"b\"/>"),
                9,
                "duplicate edge");
    }

    @Test
    void edgeToUndeclaredNodeIsRefusedAtItsLine() {
        refused(
                graph("<node id=\"a\"/>\n<edge source=\"a\" target=\"ghost\"/>"),
                8,
                "edge names node \"ghost\"");
        // in document order: an edge before its node is refused as well
        refused(
                graph("<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n<node id=\"b\"/>"),
                8,
                "declared by a <node> before this edge");
    }

    @Test
    void badRowAfterManyChunksLeavesTheGraphUnchanged() {
        StringBuilder body = new StringBuilder();
        int count = NodeBuffer.CHUNK * 2 + 10;
        for (int i = 0; i < count; i++) {
            body.append("<node id=\"m").append(i).append("\"/>\n");
        }
        for (int i = 1; i < count; i++) {
            body.append("<edge source=\"m")
                    .append(i - 1)
                    .append("\" target=\"m")
                    .append(i)
                    .append("\"/>\n");
        }
        body.append("<edge source=\"m0\" target=\"nowhere\"/>");
        refused(graph(body.toString()), 7L + 2L * count - 1, "edge names node \"nowhere\"");
    }

    @Test
    void unknownKeyReferenceIsRefused() {
        refused(graph("<node id=\"a\"><data key=\"d99\">1</data></node>"), 7, "\"d99\"");
    }

    @Test
    void keyOfTheOtherDomainIsRefused() {
        refused(graph("<node id=\"a\"><data key=\"w\">1.0</data></node>"), 7, "for=\"edge\"");
    }

    @Test
    void unknownKeyTypeIsRefused() {
        refused(
                HEAD
                        + "<key id=\"k\" for=\"node\" attr.name=\"k\" attr.type=\"complex\"/>\n"
                        + "<graph edgedefault=\"directed\"/></graphml>",
                3,
                "attr.type=\"complex\"");
    }

    @Test
    void badJsonInJsonKeyIsRefused() {
        refused(
                HEAD
                        + "<key id=\"j\" for=\"node\" attr.name=\"j\" attr.type=\"string\""
                        + " xmlns:gli=\"https://gli.io/xmlns/graphml\" gli:type=\"json\"/>\n"
                        + "<graph edgedefault=\"directed\">\n"
                        + "<node id=\"a\"><data key=\"j\">[1, 2</data></node></graph></graphml>",
                5,
                "expected a JSON value");
    }

    @Test
    void tooDeepNestingIsRefused() {
        StringBuilder deep = new StringBuilder("<node id=\"a\"><data key=\"s\">");
        for (int i = 0; i < 100; i++) {
            deep.append("<x:e xmlns:x=\"urn:x\">");
        }
        refused(graph(deep.toString()), 7, "maxDepth");
        refused(
                utf8(
                        graph(
                                "<node id=\"a\"><data key=\"s\"><x:e xmlns:x=\"urn:x\"><x:f/></x:e>"
                                        + "</data></node>")),
                GraphmlReader.builder().limits(ReadLimits.DEFAULT.withMaxDepth(5)).build(),
                7,
                "nested more than 5 deep");
    }

    @Test
    void tooManyAttributesAreRefused() {
        GraphmlReader strict =
                GraphmlReader.builder().limits(ReadLimits.DEFAULT.withMaxAttributes(4)).build();
        refused(
                utf8(graph("<node id=\"a\" p=\"1\" q=\"2\" r=\"3\" s=\"4\"/>")),
                strict,
                7,
                "XML attributes on <node> over 4");
        // the key declarations bound the attributes an element can have
        refused(
                utf8(
                        HEAD
                                + "<key id=\"a\"/>\n<key id=\"b\"/>\n<key id=\"c\"/>\n"
                                + "<graph edgedefault=\"directed\"/></graphml>"),
                GraphmlReader.builder().limits(ReadLimits.DEFAULT.withMaxAttributes(2)).build(),
                5,
                "<key> declarations over 2");
    }

    @Test
    void repeatedDataIsRefused() {
        refused(
                graph("<node id=\"a\"><data key=\"n\">1</data><data key=\"n\">2</data></node>"),
                7,
                "given twice");
    }

    @Test
    void hugeTextIsRefusedAtTheLimit() {
        ReadLimits limits = ReadLimits.DEFAULT;
        long size = limits.maxStringLength() + 100_000L;
        String empty = graph("");
        String prefix =
                empty.substring(0, empty.indexOf("\n</graph>")) + "<node id=\"a\"><data key=\"s\">";
        for (String backend : RandomGraphs.backends()) {
            GraphFormatException e =
                    assertThrows(
                            GraphFormatException.class,
                            () ->
                                    GraphmlReader.defaults()
                                            .read(
                                                    hugeText(prefix, size),
                                                    NAME,
                                                    Graph.builder().backend(backend)));
            assertTrue(e.problem().contains("maxStringLength"), e::getMessage);
            assertEquals(7, e.line(), e::getMessage);
        }
        Graph existing = Graph.builder().open();
        existing.addNode("x");
        Snapshot.assertFailsUnchanged(
                existing,
                GraphFormatException.class,
                () -> GraphmlReader.defaults().readInto(hugeText(prefix, size), NAME, existing));
    }

    /** {@code prefix}, then {@code count} letters generated on the fly, never held whole. */
    private static InputStream hugeText(String prefix, long count) {
        InputStream letters =
                new InputStream() {
                    private long left = count;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(length, left);
                        Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                        left -= n;
                        return n;
                    }
                };
        return new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(utf8(prefix)), letters),
                new ByteArrayInputStream(utf8("</data></node></graph></graphml>")));
    }

    @Test
    void unsupportedStructuresAreRefused() {
        refused(graph("<node id=\"a\">\n<graph edgedefault=\"directed\"/></node>"), 8, "nested");
        refused(graph("<hyperedge><endpoint node=\"a\"/></hyperedge>"), 7, "<hyperedge>");
        refused(graph("<node id=\"a\"><port name=\"p\"/></node>"), 7, "<port>");
        refused(
                graph("<node id=\"a\"/><edge source=\"a\" target=\"a\" sourceport=\"p\"/>"),
                7,
                "port");
        refused(graph("<locator xmlns:xlink=\"urn:x\" xlink:href=\"x\"/>"), 7, "<locator>");
    }

    @Test
    void mixedEdgeIsRefused() {
        refused(
                graph("<node id=\"a\"/>\n<edge source=\"a\" target=\"a\" directed=\"false\"/>"),
                8,
                "mixed graphs cannot be read");
    }

    @Test
    void directionMismatchOnReadIntoIsRefused() throws IOException {
        String undirected =
                HEAD + "<graph edgedefault=\"undirected\">\n<node id=\"a\"/></graph></graphml>";
        Graph existing = Graph.builder().directed().open();
        existing.addNode("x");
        GraphFormatException e =
                Snapshot.assertFailsUnchanged(
                        existing,
                        GraphFormatException.class,
                        () ->
                                GraphmlReader.defaults()
                                        .readInto(GraphmlFiles.stream(undirected), NAME, existing));
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("undirected but the graph read into is directed"));
        Graph read =
                GraphmlReader.defaults()
                        .read(GraphmlFiles.stream(undirected), NAME, Graph.builder());
        assertFalse(read.options().directed());
    }

    @Test
    void structuralMistakesAreRefused() {
        refused(HEAD + "</graphml>", 3, "without a <graph>");
        refused("<?xml version=\"1.0\"?>\n<gexf/>", 2, "expected a <graphml> root");
        refused(graph("<node/>"), 7, "<node> without its id");
        refused(graph("<node id=\"a\"/>\n<edge source=\"a\"/>"), 8, "without its target");
        refused(
                HEAD
                        + "<graph edgedefault=\"directed\"/>\n<graph edgedefault=\"directed\"/>"
                        + "</graphml>",
                4,
                "a second <graph>");
        refused(HEAD + "<graph edgedefault=\"sideways\"/></graphml>", 3, "edgedefault");
        refused(
                HEAD + "<graph edgedefault=\"directed\" parse.nodes=\"-3\"/></graphml>",
                3,
                "parse.nodes");
    }

    private static GraphFormatException refusedAnywhere(byte[] file, String phrase) {
        GraphFormatException e =
                assertThrows(
                        GraphFormatException.class,
                        () ->
                                GraphmlReader.defaults()
                                        .read(
                                                new ByteArrayInputStream(file),
                                                NAME,
                                                Graph.builder()));
        assertTrue(e.problem().contains(phrase), e::getMessage);
        Graph existing = Graph.builder().open();
        existing.addNode("x");
        Snapshot.assertFailsUnchanged(
                existing,
                GraphFormatException.class,
                () ->
                        GraphmlReader.defaults()
                                .readInto(new ByteArrayInputStream(file), NAME, existing));
        return e;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new AssertionError("no byte " + b);
    }
}
