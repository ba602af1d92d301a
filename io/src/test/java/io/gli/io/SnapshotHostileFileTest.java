package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.tck.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken snapshots: each is refused with a {@link GraphFormatException} naming the file
 * and the byte offset, read gives no graph, and readInto leaves an existing graph exactly as it
 * was, on every backend, from a stream and from a file.
 */
class SnapshotHostileFileTest {
    @TempDir Path directory;

    /** a, b, c with attributes; a→b, b→c, c→a; two rows a block. */
    private byte[] good;

    @BeforeEach
    void writeGoodFile() throws IOException {
        Graph graph = Graph.builder().directed().open();
        graph.addNode("a", Map.of("n", 1L, "s", "x"));
        graph.addNode("b", Map.of("nested", List.of(List.of(1L), Map.of("k", 2.5))));
        graph.addNode("c");
        graph.addEdge("a", "b", Map.of("w", 0.5));
        graph.addEdge("b", "c");
        graph.addEdge("c", "a", Map.of("w", -1.0, "on", true));
        good = SnapshotRoundTripTest.write(graph, 2);
    }

    /** An existing graph on {@code backend} that a failed readInto must leave alone. */
    private static Graph existing(String backend, boolean directed) {
        Graph graph =
                directed
                        ? Graph.builder().backend(backend).directed().open()
                        : Graph.builder().backend(backend).undirected().open();
        graph.addNode("p", Map.of("n", 7L));
        graph.addNode("q");
        graph.addEdge("p", "q", Map.of("w", 2.0));
        return graph;
    }

    /**
     * Asserts that {@code bytes} are refused every way they can be read, with {@code reader};
     * returns the exception of a read from a stream.
     */
    private GraphFormatException refused(byte[] bytes, SnapshotReader reader) throws IOException {
        Path file = directory.resolve("bad.gli");
        Files.write(file, bytes);
        GraphFormatException fromStream = null;
        for (String backend : RandomGraphs.backends()) {
            GraphFormatException e =
                    assertThrows(
                            GraphFormatException.class,
                            () ->
                                    reader.read(
                                            new ByteArrayInputStream(bytes),
                                            "bad.gli",
                                            Graph.builder().backend(backend)));
            assertEquals("bad.gli", e.source());
            assertTrue(e.getMessage().startsWith("bad.gli"), e.getMessage());
            GraphFormatException fromFile =
                    assertThrows(
                            GraphFormatException.class,
                            () -> reader.read(file, Graph.builder().backend(backend)));
            assertEquals("bad.gli", fromFile.source());
            Graph graph = existing(backend, true);
            Snapshot.assertFailsUnchanged(
                    graph,
                    GraphFormatException.class,
                    () -> reader.readInto(new ByteArrayInputStream(bytes), "bad.gli", graph),
                    "readInto from a stream");
            Snapshot.assertFailsUnchanged(
                    graph,
                    GraphFormatException.class,
                    () -> reader.readInto(file, graph),
                    "readInto from a file");
            fromStream = e;
        }
        return fromStream;
    }

    private GraphFormatException refused(byte[] bytes) throws IOException {
        return refused(bytes, SnapshotReader.defaults());
    }

    @Test
    void theGoodFileReads() throws IOException {
        Graph graph =
                SnapshotReader.defaults()
                        .read(new ByteArrayInputStream(good), "good.gli", Graph.builder());
        assertEquals(List.of("a", "b", "c"), graph.nodes());
        assertEquals(3, graph.edgeCount());
        List<Integer> types =
                new SnapshotBytes(good).blocks().stream().map(SnapshotBytes.Block::type).toList();
        assertEquals(
                List.of(
                        SnapshotLayout.KEYS,
                        SnapshotLayout.NODES,
                        SnapshotLayout.NODES,
                        SnapshotLayout.EDGES,
                        SnapshotLayout.EDGES,
                        SnapshotLayout.END),
                types);
    }

    @Test
    void aFileCutAnywhereIsRefused() throws IOException {
        for (int cut = 0; cut < good.length; cut++) {
            GraphFormatException e = refused(Arrays.copyOf(good, cut));
            assertTrue(e.line() <= cut, cut + ": " + e.getMessage());
            assertTrue(
                    e.getMessage().contains(cut < 8 ? "not a GLI binary snapshot" : "truncated"),
                    cut + ": " + e.getMessage());
        }
    }

    @Test
    void anyFlippedByteIsCaught() throws IOException {
        List<SnapshotBytes.Block> blocks = new SnapshotBytes(good).blocks();
        for (int at = 0; at < good.length; at++) {
            byte[] bad = good.clone();
            bad[at] ^= 0x10;
            GraphFormatException e = refused(bad);
            for (SnapshotBytes.Block block : blocks) {
                if (at >= block.payloadOffset() && at < block.end()) {
                    // inside a payload or its checksum: the CRC32C catches it, at the block
                    assertEquals(block.offset(), e.line(), at + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains("CRC32C"), e.getMessage());
                }
            }
        }
    }

    @Test
    void aFileOfAnotherFormatIsNotASnapshot() throws IOException {
        GraphFormatException e = refused("source,target\na,b\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("not a GLI binary snapshot"), e.getMessage());
        assertTrue(e.getMessage().contains("73 6f 75 72"), e.getMessage());
    }

    @Test
    void aNewerVersionIsRefusedNamingBoth() throws IOException {
        byte[] bad = new SnapshotBytes(good).putInt(8, 2).fixChecksums().bytes();
        GraphFormatException e = refused(bad);
        assertEquals(8, e.line());
        assertTrue(e.problem().contains("version 2 is newer"), e.getMessage());
        assertTrue(e.problem().contains("reads version 1"), e.getMessage());
    }

    @Test
    void unknownFlagsAreRefused() throws IOException {
        GraphFormatException e =
                refused(new SnapshotBytes(good).putInt(12, 3).fixChecksums().bytes());
        assertEquals(12, e.line());
    }

    @Test
    void aHugeCountInTheHeaderOfATinyFileAllocatesNothing() throws IOException {
        for (int field : new int[] {16, 20}) {
            byte[] bad =
                    new SnapshotBytes(good).putInt(field, Integer.MAX_VALUE).fixChecksums().bytes();
            GraphFormatException e = refused(bad);
            assertTrue(e.line() > 0, e.getMessage());
            Path file = directory.resolve("huge.gli");
            Files.write(file, bad);
            GraphFormatException fromFile =
                    assertThrows(
                            GraphFormatException.class, () -> SnapshotReader.defaults().read(file));
            assertEquals(16, fromFile.line());
            assertTrue(fromFile.problem().contains("more than"), fromFile.getMessage());
            GraphFormatException negative =
                    refused(new SnapshotBytes(good).putInt(field, -5).fixChecksums().bytes());
            assertEquals(field, negative.line());
        }
    }

    @Test
    void aHugeBlockLengthIsRefusedBeforeAllocating() throws IOException {
        SnapshotBytes bytes = new SnapshotBytes(good);
        int frame = bytes.first(SnapshotLayout.NODES).offset();
        GraphFormatException e = refused(bytes.putInt(frame + 4, Integer.MAX_VALUE - 16).bytes());
        assertTrue(e.line() >= frame, e.getMessage());
    }

    @Test
    void anEdgeIndexOutOfRangeIsRefused() throws IOException {
        for (int index : new int[] {3, -1, Integer.MAX_VALUE}) {
            SnapshotBytes bytes = new SnapshotBytes(good);
            int target = bytes.first(SnapshotLayout.EDGES).payloadOffset() + 4 + 2 * 4;
            GraphFormatException e = refused(bytes.putInt(target, index).fixChecksums().bytes());
            assertEquals(target, e.line());
            assertTrue(e.problem().contains("node index " + index), e.getMessage());
        }
    }

    @Test
    void aDuplicateNodeIsRefusedAtItsBlock() throws IOException {
        SnapshotBytes bytes = new SnapshotBytes(good);
        SnapshotBytes.Block nodes = bytes.first(SnapshotLayout.NODES);
        // payload: varint 2, then "a" as (2, 'a') and "b" as (2, 'b'): make b an a
        assertEquals('b', good[nodes.payloadOffset() + 4]);
        byte[] bad = bytes.putByte(nodes.payloadOffset() + 4, 'a').fixChecksums().bytes();
        GraphFormatException e = refused(bad);
        assertEquals(nodes.offset(), e.line());
        assertTrue(e.problem().startsWith("duplicate node \"a\""), e.getMessage());
    }

    @Test
    void aNodeAlreadyInTheGraphIsADuplicate() throws IOException {
        Graph graph = existing(RandomGraphs.backends().get(0), true);
        graph.addNode("b");
        GraphFormatException e =
                Snapshot.assertFailsUnchanged(
                        graph,
                        GraphFormatException.class,
                        () ->
                                SnapshotReader.defaults()
                                        .readInto(new ByteArrayInputStream(good), "g.gli", graph));
        assertTrue(e.problem().startsWith("duplicate node \"b\""), e.getMessage());
    }

    @Test
    void aDuplicateEdgeIsRefusedAtItsBlock() throws IOException {
        SnapshotBytes bytes = new SnapshotBytes(good);
        SnapshotBytes.Block last =
                bytes.blocks().stream()
                        .filter(b -> b.type() == SnapshotLayout.EDGES)
                        .reduce((x, y) -> y)
                        .orElseThrow();
        // its one edge c→a becomes a→b, which the first edge block holds
        bytes.putInt(last.payloadOffset() + 4, 0).putInt(last.payloadOffset() + 8, 1);
        GraphFormatException e = refused(bytes.fixChecksums().bytes());
        assertEquals(last.offset(), e.line());
        assertTrue(e.problem().startsWith("duplicate edge from \"a\" to \"b\""), e.getMessage());
    }

    @Test
    void aTruncatedGzipIsRefused() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(good);
        }
        byte[] gz = zipped.toByteArray();
        for (int cut = 2; cut < gz.length; cut += 3) {
            refused(Arrays.copyOf(gz, cut));
        }
        GraphFormatException e = refused(Arrays.copyOf(gz, gz.length - 4));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void anotherDirectionIsRefused() throws IOException {
        for (String backend : RandomGraphs.backends()) {
            Graph graph = existing(backend, false);
            GraphFormatException e =
                    Snapshot.assertFailsUnchanged(
                            graph,
                            GraphFormatException.class,
                            () ->
                                    SnapshotReader.defaults()
                                            .readInto(
                                                    new ByteArrayInputStream(good),
                                                    "g.gli",
                                                    graph));
            assertEquals(12, e.line());
            assertTrue(e.problem().contains("directed graph"), e.getMessage());
        }
    }

    @Test
    void bytesAfterTheEndBlockAreRefused() throws IOException {
        GraphFormatException e = refused(new SnapshotBytes(good).append((byte) 0));
        assertEquals(good.length, e.line());
        assertTrue(e.problem().contains("expected the end of the file"), e.getMessage());
    }

    @Test
    void blocksOutOfOrderAreRefused() throws IOException {
        SnapshotBytes bytes = new SnapshotBytes(good);
        int end = bytes.first(SnapshotLayout.END).offset();
        GraphFormatException e = refused(bytes.putInt(end, 9).fixChecksums().bytes());
        assertEquals(end, e.line());
        assertTrue(e.problem().contains("type 9"), e.getMessage());
    }

    @Test
    void theReadLimitsHold() throws IOException {
        GraphFormatException deep =
                refused(
                        good,
                        SnapshotReader.builder()
                                .limits(ReadLimits.DEFAULT.withMaxDepth(1))
                                .build());
        assertTrue(deep.problem().contains("ReadLimits.maxDepth"), deep.getMessage());
        GraphFormatException keys =
                refused(
                        good,
                        SnapshotReader.builder()
                                .limits(ReadLimits.DEFAULT.withMaxAttributes(2))
                                .build());
        assertTrue(keys.problem().contains("ReadLimits.maxAttributes"), keys.getMessage());
        GraphFormatException longString =
                refused(
                        good,
                        SnapshotReader.builder()
                                .limits(ReadLimits.DEFAULT.withMaxStringLength(5))
                                .build());
        assertTrue(
                longString.problem().contains("ReadLimits.maxStringLength"),
                longString.getMessage());
    }
}
