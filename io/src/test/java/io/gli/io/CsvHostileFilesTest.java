package io.gli.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.GraphBuilder;
import io.gli.tck.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile CSV files, each answered with a {@link GraphFormatException} naming the file,
 * the line (and the field, where there is one) and what was wrong; reading into an existing graph
 * leaves it exactly as it was, and reading into a new one returns no graph.
 */
class CsvHostileFilesTest {
    private static final long ANY = -1;

    @TempDir Path directory;

    /**
     * One hostile case: the edge table (and the node table, or null), the file and position the
     * error must name ({@link #ANY} where any is right), and words its message must hold.
     */
    static final class Case {
        private final String name;
        private final byte[] edges;
        private final byte[] nodes;
        private final boolean directed;
        private final boolean inNodeTable;
        private final long line;
        private final long column;
        private final String says;

        Case(
                String name,
                byte[] edges,
                byte[] nodes,
                boolean directed,
                boolean inNodeTable,
                long line,
                long column,
                String says) {
            this.name = name;
            this.edges = edges;
            this.nodes = nodes;
            this.directed = directed;
            this.inNodeTable = inNodeTable;
            this.line = line;
            this.column = column;
            this.says = says;
        }

        String name() {
            return name;
        }

        byte[] edges() {
            return edges;
        }

        byte[] nodes() {
            return nodes;
        }

        boolean directed() {
            return directed;
        }

        boolean inNodeTable() {
            return inNodeTable;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }

        String says() {
            return says;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case edges(String name, String text, long line, long column, String says) {
        return new Case(name, text.getBytes(UTF_8), null, true, false, line, column, says);
    }

    static Stream<Case> cases() throws IOException {
        return Stream.of(
                new Case(
                        "truncated gzip",
                        truncatedGzip(),
                        null,
                        true,
                        false,
                        ANY,
                        ANY,
                        "truncated"),
                new Case(
                        "gzip cut inside its header",
                        Arrays.copyOf(truncatedGzip(), 5),
                        null,
                        true,
                        false,
                        1,
                        1,
                        "truncated"),
                new Case(
                        "invalid UTF-8",
                        concat(
                                "source,target\na,b\n".getBytes(UTF_8),
                                new byte[] {(byte) 0xff, (byte) 0xfe},
                                ",c\n".getBytes(UTF_8)),
                        null,
                        true,
                        false,
                        3,
                        1,
                        "expected UTF-8 text"),
                edges(
                        "wrong column count",
                        "source,target,w\na,b,1\nb,c\n",
                        3,
                        ANY,
                        "expected 3 fields (as many as the header has), found 2"),
                edges(
                        "non-numeric in a double column",
                        "source,target,w:double\na,b,1.5\nb,c,heavy\n",
                        3,
                        3,
                        "column \"w\" is double: expected a double (a decimal number), found \"heavy\""),
                edges(
                        "long out of range",
                        "source,target,n:long\na,b,9223372036854775808\n",
                        2,
                        3,
                        "9223372036854775808"),
                edges("double out of range", "source,target,x:double\na,b,1e400\n", 2, 3, "1e400"),
                new Case(
                        "duplicate node in the node table",
                        "source,target\nx,y\n".getBytes(UTF_8),
                        "id\nx\ny\nx\n".getBytes(UTF_8),
                        true,
                        true,
                        4,
                        ANY,
                        "duplicate node \"x\""),
                edges(
                        "duplicate edge",
                        "source,target\na,b\nc,d\na,b\n",
                        4,
                        ANY,
                        "duplicate edge from \"a\" to \"b\""),
                new Case(
                        "reversed edge on an undirected graph",
                        "source,target\na,b\nb,a\n".getBytes(UTF_8),
                        null,
                        false,
                        false,
                        3,
                        ANY,
                        "duplicate edge"),
                new Case(
                        "edge to a node the node table lacks",
                        "source,target\nx,x\nx,y\n".getBytes(UTF_8),
                        "id\nx\n".getBytes(UTF_8),
                        true,
                        false,
                        3,
                        ANY,
                        "edge names node \"y\""),
                edges(
                        "unterminated quote at the end",
                        "source,target\na,b\na,\"c\nd,e\n",
                        3,
                        2,
                        "never closed"),
                edges(
                        "stray quote",
                        "source,target\na,b\"c\n",
                        2,
                        2,
                        "a quote inside an unquoted field"),
                edges(
                        "text after a closing quote",
                        "source,target\n\"a\"x,b\n",
                        2,
                        1,
                        "after a closing quote, found \"x\""),
                edges("empty ID", "source,target\na,\n", 2, 2, "found an empty endpoint cell"),
                edges(
                        "unknown type in the header",
                        "source,target,w:float3\na,b,1\n",
                        1,
                        3,
                        "unknown type \"float3\""),
                edges("missing source column", "src,target\na,b\n", 1, ANY, "no source column"),
                edges("missing target column", "source,dst\na,b\n", 1, ANY, "no target column"),
                edges(
                        "typed ID column",
                        "source:string,target\na,b\n",
                        1,
                        ANY,
                        "ID columns carry no type"),
                edges(
                        "repeated key",
                        "source,target,w,w:long\n",
                        1,
                        4,
                        "names attribute \"w\" twice"),
                edges(
                        "malformed JSON",
                        "source,target,t:json\na,b,\"[1,\"\n",
                        2,
                        3,
                        "column \"t\" is json"),
                edges("JSON null", "source,target,t:json\na,b,null\n", 2, 3, "JSON null"),
                edges(
                        "a value beyond the inferred type",
                        inferredThenMisfit(),
                        CsvTable.INFERENCE_ROWS + 2L,
                        3,
                        "inferred from the first 65536 rows): expected a long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithItsPositionAndChangesNothing(Case c) throws IOException {
        Path edges = Files.write(directory.resolve("edges.csv"), c.edges());
        Path nodes =
                c.nodes() == null ? null : Files.write(directory.resolve("nodes.csv"), c.nodes());
        CsvReader reader = CsvReader.defaults();

        GraphBuilder target =
                c.directed() ? Graph.builder().directed() : Graph.builder().undirected();
        GraphFormatException fresh =
                assertThrows(
                        GraphFormatException.class,
                        () -> {
                            if (nodes == null) {
                                reader.read(edges, target);
                            } else {
                                reader.read(edges, nodes, target);
                            }
                        });
        check(c, fresh);

        Graph existing =
                c.directed()
                        ? Graph.builder().directed().open()
                        : Graph.builder().undirected().open();
        existing.addNode("kept", java.util.Map.of("k", 1L));
        existing.addNode("also");
        existing.addEdge("kept", "also", java.util.Map.of("w", 2.5));
        GraphFormatException into =
                Snapshot.assertFailsUnchanged(
                        existing,
                        GraphFormatException.class,
                        () -> {
                            if (nodes == null) {
                                reader.readInto(edges, existing);
                            } else {
                                reader.readInto(edges, nodes, existing);
                            }
                        },
                        c.name());
        check(c, into);
    }

    private static void check(Case c, GraphFormatException e) {
        String message = e.getMessage();
        assertEquals(c.inNodeTable() ? "nodes.csv" : "edges.csv", e.source(), message);
        if (c.line() != ANY) {
            assertEquals(c.line(), e.line(), message);
        }
        if (c.column() != ANY) {
            assertEquals(c.column(), e.column(), message);
        }
        assertTrue(
                message.contains(c.says()), () -> "expected \"" + c.says() + "\" in: " + message);
        assertTrue(message.startsWith(e.source() + ":"), message);
    }

    @Test
    void aHundredMegabyteLineIsRefusedWithoutBeingReadWhole() throws IOException {
        Path file = directory.resolve("long-line.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("source,target\na,");
            char[] block = new char[1 << 20];
            Arrays.fill(block, 'x');
            for (int i = 0; i < 100; i++) {
                out.write(block);
            }
            out.write("\n");
        }
        Graph existing = Graph.open();
        existing.addNode("kept");
        GraphFormatException e =
                Snapshot.assertFailsUnchanged(
                        existing,
                        GraphFormatException.class,
                        () -> CsvReader.defaults().readInto(file, existing));
        assertEquals(2, e.line());
        assertTrue(
                e.getMessage().contains("a record longer than 16777216 characters"),
                e.getMessage());
        assertThrows(GraphFormatException.class, () -> CsvReader.defaults().read(file));

        long[] taken = {0};
        try (InputStream in =
                new FilterInputStream(Files.newInputStream(file)) {
                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = super.read(buffer, offset, length);
                        taken[0] += Math.max(n, 0);
                        return n;
                    }
                }) {
            assertThrows(
                    GraphFormatException.class,
                    () -> CsvReader.defaults().read(in, "stream", Graph.builder()));
        }
        assertTrue(taken[0] < 20L << 20, "refused after reading " + taken[0] + " bytes");
    }

    @Test
    void aRecordJustWithinTheLimitReads() throws IOException {
        ReadLimits limits = ReadLimits.DEFAULT.withMaxStringLength(20);
        Path ok =
                Files.write(
                        directory.resolve("ok.csv"),
                        "source,target\n\u00e9\u00e9\u00e9\u00e9\u00e9,\ud83d\ude00\ud83d\ude00aaaaaaaa\n"
                                .getBytes(UTF_8));
        assertEquals(2, CsvReader.builder().limits(limits).build().read(ok).nodeCount());
        Path tooLong =
                Files.write(
                        directory.resolve("long.csv"),
                        "source,target\naaaaaaaaaa,bbbbbbbbbbb\n".getBytes(UTF_8));
        GraphFormatException e =
                assertThrows(
                        GraphFormatException.class,
                        () -> CsvReader.builder().limits(limits).build().read(tooLong));
        assertEquals(2, e.line());
    }

    @Test
    void tooManyColumnsAreRefused() throws IOException {
        Path file =
                Files.write(directory.resolve("wide.csv"), "source,target,a,b,c\n".getBytes(UTF_8));
        GraphFormatException e =
                assertThrows(
                        GraphFormatException.class,
                        () ->
                                CsvReader.builder()
                                        .limits(ReadLimits.DEFAULT.withMaxAttributes(2))
                                        .build()
                                        .read(file));
        assertTrue(e.getMessage().contains("maxAttributes"), e.getMessage());
    }

    private static byte[] truncatedGzip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write("source,target\n".getBytes(UTF_8));
            for (int i = 0; i < 20_000; i++) {
                out.write(("n" + i + ",n" + (i * 7919 % 20_000) + "\n").getBytes(UTF_8));
            }
        }
        byte[] whole = bytes.toByteArray();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static String inferredThenMisfit() {
        StringBuilder text = new StringBuilder("source,target,n\n");
        for (int i = 0; i < CsvTable.INFERENCE_ROWS; i++) {
            text.append('n')
                    .append(i)
                    .append(",n")
                    .append(i + 1)
                    .append(',')
                    .append(i)
                    .append('\n');
        }
        return text.append("z,y,1.5\n").toString();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
