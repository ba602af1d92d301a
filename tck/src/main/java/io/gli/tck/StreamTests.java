package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Edge;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * {@link Graph#nodeStream} and {@link Graph#edgeStream}: snapshots in element order whose
 * spliterators report {@code ORDERED | SIZED | SUBSIZED | IMMUTABLE | NONNULL}, split in even
 * halves down to single elements, and give in parallel exactly what they give sequentially, also
 * while other threads write.
 */
public class StreamTests {

    private static final int EXPECTED =
            Spliterator.ORDERED
                    | Spliterator.SIZED
                    | Spliterator.SUBSIZED
                    | Spliterator.IMMUTABLE
                    | Spliterator.NONNULL;

    private static Graph populated(Fixture fixture, int nodes) {
        Graph graph = fixture.open();
        for (int i = 0; i < nodes; i++) {
            graph.addNode("n" + i, Map.of("i", i));
        }
        for (int i = 0; i + 1 < nodes; i++) {
            graph.addEdge("n" + i, "n" + (i + 1), Map.of("w", i * 0.5));
        }
        return graph;
    }

    @GraphTest
    void spliteratorsReportWhatASnapshotIs(Fixture fixture) {
        Graph graph = populated(fixture, 37);
        Spliterator<String> nodes = graph.nodeStream().spliterator();
        Spliterator<Edge> edges = graph.edgeStream().spliterator();
        assertEquals(
                EXPECTED, nodes.characteristics() & EXPECTED, "node spliterator characteristics");
        assertEquals(
                EXPECTED, edges.characteristics() & EXPECTED, "edge spliterator characteristics");
        assertEquals(37, nodes.getExactSizeIfKnown());
        assertEquals(36, edges.getExactSizeIfKnown());
    }

    @GraphTest
    void splittingIsEvenAndKeepsOrder(Fixture fixture) {
        Graph graph = populated(fixture, 101);
        List<String> collected = new ArrayList<>();
        splitFully(graph.nodeStream().spliterator(), collected);
        assertEquals(graph.nodes(), collected);
        List<Edge> edges = new ArrayList<>();
        splitFully(graph.edgeStream().spliterator(), edges);
        assertEquals(graph.edges(), edges);
    }

    /**
     * Splits down to single elements, checking each split is an even, exact half; collects in
     * order.
     */
    private static <T> void splitFully(Spliterator<T> spliterator, List<T> out) {
        long size = spliterator.estimateSize();
        Spliterator<T> prefix = spliterator.trySplit();
        if (prefix == null) {
            assertTrue(size <= 1, "a spliterator of " + size + " elements refused to split");
            spliterator.forEachRemaining(out::add);
            return;
        }
        long left = prefix.getExactSizeIfKnown();
        long right = spliterator.getExactSizeIfKnown();
        assertEquals(size, left + right, "the halves add up");
        assertTrue(Math.abs(left - right) <= 1, "uneven split: " + left + " and " + right);
        assertEquals(
                EXPECTED, prefix.characteristics() & EXPECTED, "a split keeps the characteristics");
        splitFully(prefix, out);
        splitFully(spliterator, out);
    }

    @GraphTest
    void parallelResultsEqualSequentialOnes(Fixture fixture) {
        Graph graph = populated(fixture, 2000);
        assertEquals(graph.nodes(), graph.nodeStream().parallel().collect(Collectors.toList()));
        assertEquals(graph.edges(), graph.edgeStream().parallel().collect(Collectors.toList()));
        long expectedSum =
                graph.nodeStream().mapToLong(id -> graph.nodeLong(id, "i").orElseThrow()).sum();
        assertEquals(
                expectedSum,
                graph.nodeStream()
                        .parallel()
                        .mapToLong(id -> graph.nodeLong(id, "i").orElseThrow())
                        .sum());
        assertEquals(
                graph.edgeStream().filter(e -> e.source().endsWith("7")).count(),
                graph.edgeStream().parallel().filter(e -> e.source().endsWith("7")).count());
    }

    @GraphTest
    void emptyGraphsStreamNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertEquals(0, graph.nodeStream().parallel().count());
        assertEquals(0, graph.edgeStream().count());
        assertNull(graph.nodeStream().spliterator().trySplit());
    }

    @GraphTest
    void aStreamIsASnapshotUnaffectedByLaterWrites(Fixture fixture) throws InterruptedException {
        Graph graph = populated(fixture, 500);
        List<String> before = graph.nodes();
        List<Edge> edgesBefore = graph.edges();
        var nodes = graph.nodeStream();
        var edges = graph.edgeStream();
        AtomicBoolean done = new AtomicBoolean();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(
                () -> {
                    for (int i = 0; i < 300; i++) {
                        graph.addNode("later" + i);
                        graph.addEdge("n0", "later" + i);
                    }
                    done.set(true);
                });
        tasks.add(
                () -> {
                    assertEquals(before, nodes.parallel().collect(Collectors.toList()));
                    assertEquals(edgesBefore, edges.parallel().collect(Collectors.toList()));
                    // streams taken while the writer runs are consistent snapshots: a prefix of the
                    // final order
                    while (!done.get()) {
                        List<String> seen =
                                graph.nodeStream().parallel().collect(Collectors.toList());
                        assertEquals(
                                seen.size() - 500,
                                seen.stream().filter(id -> id.startsWith("later")).count());
                        for (int i = 500; i < seen.size(); i++) {
                            assertEquals(
                                    "later" + (i - 500), seen.get(i), "node order in a snapshot");
                        }
                    }
                });
        ConcurrencyTests.runTogether(tasks);
        assertEquals(800, graph.nodeStream().parallel().count());
    }
}
