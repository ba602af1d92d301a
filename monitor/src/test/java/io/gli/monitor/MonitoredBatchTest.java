package io.gli.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.BackendInfo;
import io.gli.Backends;
import io.gli.Batch;
import io.gli.BatchException;
import io.gli.Capability;
import io.gli.ForwardingBatch;
import io.gli.ForwardingGraph;
import io.gli.Graph;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A batch from a monitored graph's {@code openBatch()} has its {@code commit()} timed under the row
 * {@code commit}, failing commits counted as errors and slow ones logged with the staged count;
 * {@code batch(operations)} stays one {@code batch} row. Also: {@code capabilities()} is the
 * backend's and is recorded.
 */
class MonitoredBatchTest {
    private static final long COMMIT_NANOS = 2_000_000;

    private final FakeClock clock = new FakeClock();

    /**
     * A real graph whose explicit batches take {@link #COMMIT_NANOS} on the fake clock to commit.
     */
    private final Graph slowCommits =
            new ForwardingGraph(Graph.open()) {
                @Override
                public Batch openBatch() {
                    return new ForwardingBatch(super.openBatch()) {
                        @Override
                        public void commit() {
                            clock.advance(COMMIT_NANOS);
                            super.commit();
                        }
                    };
                }
            };

    private final GraphMonitor monitor =
            GraphMonitor.builder().clock(clock).slowThreshold(Duration.ofMillis(1)).build();

    private Optional<OperationStats> stats(String operation) {
        return monitor.snapshot().operation(operation);
    }

    @Test
    void aCommitIsTimedUnderItsOwnRowAndStagingIsNot() {
        Graph graph = monitor.wrap(slowCommits);
        try (Batch batch = graph.openBatch()) {
            assertSame(batch, batch.addNode("a").addNode("b"), "staging chains on the decorator");
            batch.addEdge("a", "b");
            batch.commit();
        }
        OperationStats commit = stats("commit").orElseThrow(() -> new AssertionError("no row"));
        assertEquals(1, commit.count());
        assertEquals(0, commit.errors());
        assertEquals(COMMIT_NANOS, commit.totalNanos());
        assertEquals(1, stats("openBatch").orElseThrow().count());
        assertTrue(stats("addNode").isEmpty(), "staging calls are not recorded");
        SlowOperation slow = monitor.snapshot().slowOperations().get(0);
        assertEquals("commit", slow.operation());
        assertEquals("size=3", slow.arguments());
        assertEquals(List.of("a", "b"), graph.nodes());
        assertEquals(List.of("b"), graph.successors("a"));
    }

    @Test
    void aFailingCommitIsCountedAsAnErrorWithItsTime() {
        Graph graph = monitor.wrap(slowCommits);
        try (Batch batch = graph.openBatch()) {
            batch.addNode("a").addEdge("a", "missing");
            BatchException failure = assertThrows(BatchException.class, batch::commit);
            assertEquals(1, failure.operationIndex());
            // A second commit of the finished batch is refused: a failed call too.
            assertThrows(IllegalStateException.class, batch::commit);
        }
        OperationStats commit = stats("commit").orElseThrow(() -> new AssertionError("no row"));
        assertEquals(2, commit.count());
        assertEquals(2, commit.errors());
        assertEquals(2 * COMMIT_NANOS, commit.totalNanos());
        assertTrue(monitor.snapshot().slowOperations().get(0).failed());
        assertEquals(0, graph.nodeCount(), "the failed batch applied nothing");
    }

    @Test
    void batchWithStagingCodeIsOneRowIncludingItsCommit() {
        Graph graph = monitor.wrap(slowCommits);
        graph.batch(
                batch -> {
                    clock.advance(500);
                    batch.addNode("a");
                });
        assertEquals(500, stats("batch").orElseThrow().totalNanos());
        assertTrue(stats("commit").isEmpty(), "the delegate commits it inside batch(...)");
        assertEquals(List.of("a"), graph.nodes());
    }

    @Test
    void capabilitiesAreTheBackendsAndAreRecorded() {
        Graph graph = monitor.wrap(Graph.open("optimized"));
        BackendInfo optimized =
                Backends.available().stream()
                        .filter(info -> info.name().equals("optimized"))
                        .findFirst()
                        .orElseThrow();
        Set<Capability> capabilities = graph.capabilities();
        assertEquals(optimized.capabilities(), capabilities);
        assertThrows(UnsupportedOperationException.class, () -> capabilities.add(null));
        assertEquals(1, stats("capabilities").orElseThrow().count());
    }
}
