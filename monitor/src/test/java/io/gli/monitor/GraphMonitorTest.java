package io.gli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.EdgeExistsException;
import io.gli.Graph;
import io.gli.NodeExistsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure of a snapshot, checked exactly (or within HdrHistogram's precision) on a fake clock.
 */
class GraphMonitorTest {
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    private final FakeClock clock = new FakeClock();
    private final TimedGraph timed = new TimedGraph(clock, Graph.open());

    private GraphMonitor.Builder monitor() {
        return GraphMonitor.builder().clock(clock).wallClock(Clock.fixed(EPOCH, ZoneOffset.UTC));
    }

    private static OperationStats stats(GraphMonitor monitor, String operation) {
        return monitor.snapshot()
                .operation(operation)
                .orElseThrow(() -> new AssertionError(operation + " not recorded"));
    }

    private static void assertWithinPrecision(long expected, long actual, String what) {
        assertTrue(
                Math.abs(actual - expected) <= expected / 100,
                what + ": expected " + expected + " ±1%, got " + actual);
    }

    @Test
    void countTotalMinMaxAndAverageAreExact() {
        GraphMonitor monitor = monitor().build();
        Graph graph = monitor.wrap(timed.graph());
        for (long cost : new long[] {300, 100, 400, 200}) {
            timed.costs(cost);
            graph.hasNode("a");
        }
        OperationStats s = stats(monitor, "hasNode");
        assertEquals(4, s.count());
        assertEquals(0, s.errors());
        assertEquals(1000, s.totalNanos());
        assertEquals(100, s.minNanos());
        assertEquals(400, s.maxNanos());
        assertEquals(250.0, s.averageNanos());
        assertEquals(
                List.of("hasNode"),
                monitor.snapshot().operations().stream().map(OperationStats::operation).toList(),
                "only what was called has a row");
    }

    @Test
    void overloadsShareTheMethodsRowAndResultsPassThrough() {
        GraphMonitor monitor = monitor().build();
        Graph graph = monitor.wrap(timed.graph());
        graph.addNode("a");
        graph.addNode("b", Map.of("k", 1));
        graph.addEdge("a", "b");
        assertEquals(List.of("b"), graph.successors("a"));
        assertEquals(Map.of("k", 1L), graph.nodeAttributes("b"));
        assertEquals(2, stats(monitor, "addNode").count());
        assertEquals(1, stats(monitor, "addEdge").count());
        assertEquals(1, stats(monitor, "successors").count());
    }

    @Test
    void anExceptionPassesUnchangedAndIsCountedWithItsTime() {
        GraphMonitor monitor = monitor().build();
        Graph graph = monitor.wrap(timed.graph());
        timed.costs(10);
        graph.addNode("a");
        timed.costs(30);
        assertThrows(NodeExistsException.class, () -> graph.addNode("a"));
        IllegalStateException planted = new IllegalStateException("planted");
        timed.throwNext(planted);
        assertSame(planted, assertThrows(IllegalStateException.class, () -> graph.addNode("b")));
        OperationStats s = stats(monitor, "addNode");
        assertEquals(3, s.count());
        assertEquals(2, s.errors());
        assertEquals(70, s.totalNanos());
        assertEquals(30, s.maxNanos());
        assertEquals(
                List.of("a"), graph.nodes(), "a failed call through the monitor changes nothing");
    }

    @Test
    void percentilesAreHdrHistogramsWithinItsPrecision() {
        GraphMonitor monitor = monitor().build();
        Graph graph = monitor.wrap(timed.graph());
        for (int i = 1; i <= 1000; i++) {
            timed.costs(i * 1_000L); // 1 us .. 1 ms, in steps of 1 us
            graph.nodeCount();
        }
        OperationStats s = stats(monitor, "nodeCount");
        assertEquals(1000, s.windowCount());
        assertWithinPrecision(500_000, s.p50Nanos(), "p50");
        assertWithinPrecision(950_000, s.p95Nanos(), "p95");
        assertWithinPrecision(990_000, s.p99Nanos(), "p99");
        assertEquals(1_000, s.minNanos());
        assertEquals(1_000_000, s.maxNanos());
        assertEquals(500_500_000L, s.totalNanos());
    }

    @Test
    void smallDurationsAreExactInThePercentiles() {
        GraphMonitor monitor = monitor().build();
        Graph graph = monitor.wrap(timed.graph());
        for (int i = 1; i <= 100; i++) {
            timed.costs(i);
            graph.edgeCount();
        }
        OperationStats s = stats(monitor, "edgeCount");
        assertEquals(50, s.p50Nanos());
        assertEquals(95, s.p95Nanos());
        assertEquals(99, s.p99Nanos());
    }

    @Test
    void theWindowRollsOverSliceBySlice() {
        // 60 s in 6 slices of 10 s: the window is the current slice and the 5 before it.
        GraphMonitor monitor = monitor().window(Duration.ofSeconds(60), 6).build();
        Graph graph = monitor.wrap(timed.graph());
        timed.costs(1_000_000); // 1 ms each, in slice 0
        for (int i = 0; i < 10; i++) {
            graph.nodes();
        }
        clock.advance(Duration.ofSeconds(30));
        timed.costs(2_000_000); // 2 ms each, in slice 3
        for (int i = 0; i < 10; i++) {
            graph.nodes();
        }
        // 30.03 s since the monitor was built: the window spans all of it.
        OperationStats both = stats(monitor, "nodes");
        assertEquals(20, both.windowCount());
        assertWithinPrecision(1_000_000, both.p50Nanos(), "p50 of both slices");
        assertWithinPrecision(2_000_000, both.p99Nanos(), "p99 of both slices");
        long age = 30_000_000_000L + 30_000_000L;
        assertEquals(Duration.ofNanos(age), monitor.snapshot().windowCovered());
        assertEquals(20 * 1e9 / age, both.ratePerSecond(), 1e-9);

        // At 65 s the window is slices 1..6: slice 0 is out, slice 3 in, and it spans 55 s.
        clock.advance(Duration.ofSeconds(65).toNanos() - age);
        MonitorSnapshot later = monitor.snapshot();
        OperationStats recent = later.operation("nodes").orElseThrow();
        assertEquals(10, recent.windowCount());
        assertWithinPrecision(2_000_000, recent.p50Nanos(), "p50 after slice 0 left");
        assertEquals(Duration.ofSeconds(55), later.windowCovered());
        assertEquals(10 / 55.0, recent.ratePerSecond(), 1e-12);
        assertEquals(20, recent.count(), "the lifetime figures keep everything");
        assertEquals(1_000_000, recent.minNanos());

        // Just before slice 3 leaves (it leaves when slice 9 starts, at 90 s) and just after.
        clock.advance(Duration.ofSeconds(90).toNanos() - Duration.ofSeconds(65).toNanos() - 1);
        assertEquals(10, stats(monitor, "nodes").windowCount());
        clock.advance(1);
        OperationStats empty = stats(monitor, "nodes");
        assertEquals(0, empty.windowCount());
        assertEquals(0, empty.p99Nanos());
        assertEquals(0.0, empty.ratePerSecond());
        assertEquals(20, empty.count());
    }

    @Test
    void aCallBelongsToTheSliceItEndedIn() {
        GraphMonitor monitor = monitor().window(Duration.ofSeconds(10), 10).build();
        Graph graph = monitor.wrap(timed.graph());
        clock.advance(Duration.ofMillis(500));
        timed.costs(Duration.ofSeconds(2).toNanos()); // starts in slice 0, ends in slice 2
        graph.nodeCount();
        clock.advance(Duration.ofMillis(9_600)); // 12.1 s: the window is slices 3..12
        assertEquals(0, stats(monitor, "nodeCount").windowCount());
        GraphMonitor other = monitor().window(Duration.ofSeconds(10), 10).build();
        Graph graph2 = other.wrap(timed.graph());
        graph2.nodeCount(); // ends at 2 s after other's start: slice 2
        clock.advance(Duration.ofMillis(9_500)); // 11.5 s: the window is slices 2..11
        assertEquals(1, stats(other, "nodeCount").windowCount());
    }

    @Test
    void theSlowLogKeepsTheLastNOverTheThresholdInOrder() {
        GraphMonitor monitor =
                monitor().slowThreshold(Duration.ofMillis(100)).slowLogCapacity(3).build();
        Graph graph = monitor.wrap(timed.graph());
        timed.costs(Duration.ofMillis(100).toNanos()); // at the threshold: not over it
        graph.addNode("at");
        timed.costs(Duration.ofMillis(100).toNanos() + 1);
        for (int i = 1; i <= 5; i++) {
            graph.addNode("n" + i, Map.of("i", i, "j", "x"));
        }
        timed.costs(Duration.ofMillis(150).toNanos());
        graph.addEdge("n1", "n2", Map.of());
        assertThrows(EdgeExistsException.class, () -> graph.addEdge("n1", "n2"));
        MonitorSnapshot snapshot = monitor.snapshot();
        assertEquals(7, snapshot.slowCount(), "every call over the threshold is counted");
        List<SlowOperation> slow = snapshot.slowOperations();
        assertEquals(
                List.of("addNode", "addEdge", "addEdge"),
                slow.stream().map(SlowOperation::operation).toList());
        assertEquals("id=\"n5\", attributes={2 entries}", slow.get(0).arguments());
        assertEquals(
                "source=\"n1\", target=\"n2\", attributes={0 entries}", slow.get(1).arguments());
        assertEquals("source=\"n1\", target=\"n2\"", slow.get(2).arguments());
        assertEquals(Duration.ofNanos(100_000_001), slow.get(0).duration());
        assertEquals(Duration.ofMillis(150), slow.get(2).duration());
        assertEquals(
                List.of(false, false, true), slow.stream().map(SlowOperation::failed).toList());
        // The call "at" took 100 ms, then five of 100 ms + 1 ns, then the first addEdge 150 ms.
        long n5 = 100_000_000L + 4 * 100_000_001L;
        assertEquals(EPOCH.plusNanos(n5), slow.get(0).startedAt());
        assertEquals(EPOCH.plusNanos(n5 + 100_000_001L + 150_000_000L), slow.get(2).startedAt());
        assertEquals(
                EPOCH.plusNanos(n5 + 100_000_001L + 150_000_000L)
                        + " addEdge(source=\"n1\", target=\"n2\") took 150 ms (threw)",
                slow.get(2).toString());
    }

    @Test
    void aSlowLogOfCapacityZeroOnlyCounts() {
        GraphMonitor monitor = monitor().slowThreshold(Duration.ZERO).slowLogCapacity(0).build();
        Graph graph = monitor.wrap(timed.graph());
        timed.costs(1);
        graph.nodeCount();
        timed.costs(0);
        graph.nodeCount(); // zero is not over a zero threshold
        assertEquals(1, monitor.snapshot().slowCount());
        assertEquals(List.of(), monitor.snapshot().slowOperations());
    }
}
