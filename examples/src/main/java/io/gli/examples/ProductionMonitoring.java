package io.gli.examples;

import io.gli.Graph;
import io.gli.monitor.Alert;
import io.gli.monitor.GraphMonitor;
import io.gli.monitor.MonitorSnapshot;
import io.gli.monitor.OperationStats;
import io.gli.monitor.SlowOperation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The guide's "Runtime Performance Tracking": a monitor set up for production (a rolling window,
 * p95, a log of operations slower than 100 ms keeping the last 100) and a degradation check that
 * flags every operation whose average time rose by more than 50% over a baseline.
 *
 * <p>The same workload runs twice, each time under its own monitor: first on a small graph (the
 * baseline, as a release's benchmark run would record it), then on one ten times larger. Point
 * lookups take about as long on both; {@code findNodes} with an attribute match scans every node,
 * so its average rises about tenfold and the check reports it. Loading is done in batches of a
 * fixed size, so that a batch, too, costs about the same on both.
 *
 * <p>Prints each period's summary (count, average, p95, max per operation), the slow operations,
 * and the alerts, for example:
 *
 * <pre>
 * baseline, 10,000 nodes:
 *   batch             10 calls  avg    49.761 ms  p95   232.135 ms  max   232.135 ms
 *   findNodes         10 calls  avg    18.431 ms  p95   105.045 ms  max   105.045 ms
 *   ...
 * now, 100,000 nodes:
 *   batch            100 calls  avg    21.996 ms  p95    58.720 ms  max    75.474 ms
 *   findNodes         10 calls  avg   161.332 ms  p95   416.057 ms  max   416.057 ms
 *   ...
 * slow operations (over 100 ms): 6
 *   2026-11-24T05:04:18.576297047Z findNodes(match={1 entry}) took 416 ms
 *   ...
 * findNodes: average 161 ms, up 775% from 18.4 ms
 * </pre>
 *
 * Run with the larger graph's node count as the only argument (default 100,000).
 */
public final class ProductionMonitoring {
    private ProductionMonitoring() {}

    /** The slow-call threshold, the guide's. */
    public static final Duration SLOW = Duration.ofMillis(100);

    /** How many slow calls the log keeps, the guide's. */
    public static final int SLOW_LOG = 100;

    /** The first period's graph is this many times smaller. */
    public static final int GROWTH = 10;

    /** Nodes per batch while loading, so that a batch costs the same whatever the graph's size. */
    public static final int BATCH_SIZE = 1_000;

    /** Attribute-match queries per period; each scans the graph. */
    public static final int SCANS = 10;

    /** What each period's monitor recorded, and the operations that got slower by more than 50%. */
    public record Result(MonitorSnapshot baseline, MonitorSnapshot current, List<Alert> alerts) {}

    public static void main(String[] args) {
        int nodes = Arguments.size(args, 100_000);
        Result result = run(nodes, System::nanoTime, System::nanoTime);
        print(
                "baseline, " + String.format(Locale.ROOT, "%,d", baselineNodes(nodes)) + " nodes",
                result.baseline());
        print("now, " + String.format(Locale.ROOT, "%,d", nodes) + " nodes", result.current());
        System.out.printf(
                Locale.ROOT,
                "slow operations (over %d ms): %d%n",
                SLOW.toMillis(),
                result.current().slowCount());
        for (SlowOperation slow : result.current().slowOperations()) {
            System.out.println("  " + slow);
        }
        if (result.alerts().isEmpty()) {
            System.out.println("no operation degraded by more than 50%");
        }
        for (Alert alert : result.alerts()) {
            System.out.println(alert);
        }
    }

    /**
     * The guide's production settings: the last 100 calls slower than 100 ms, and rates and
     * percentiles over about the last minute.
     *
     * @param clock the monitor's time source, {@code System::nanoTime} outside tests
     */
    public static GraphMonitor.Builder productionSettings(LongSupplier clock) {
        return GraphMonitor.builder()
                .slowThreshold(SLOW)
                .slowLogCapacity(SLOW_LOG)
                .window(Duration.ofSeconds(60), 6)
                .clock(clock);
    }

    /**
     * Runs the workload on {@code nodes / GROWTH} nodes under a monitor on {@code baselineClock},
     * then on {@code nodes} under one on {@code currentClock}, and compares the two.
     */
    public static Result run(int nodes, LongSupplier baselineClock, LongSupplier currentClock) {
        MonitorSnapshot baseline =
                workload(productionSettings(baselineClock).build(), baselineNodes(nodes));
        MonitorSnapshot current = workload(productionSettings(currentClock).build(), nodes);
        return new Result(baseline, current, current.alertsAgainst(baseline));
    }

    static int baselineNodes(int nodes) {
        return Math.max(1, nodes / GROWTH);
    }

    /**
     * On a new graph of the default backend wrapped by {@code monitor}: batches of {@link
     * #BATCH_SIZE} adding {@code nodes} nodes, then {@code hasNode} and {@code nodeLong} on each,
     * then {@link #SCANS} attribute-match queries.
     */
    static MonitorSnapshot workload(GraphMonitor monitor, int nodes) {
        Graph graph = monitor.wrap(Graph.open());
        BatchedLoad.addNodes(
                graph, nodes, BATCH_SIZE, i -> Map.of("value", i, "category", i % SCANS));
        for (int i = 0; i < nodes; i++) {
            String id = "node_" + i;
            if (graph.hasNode(id)) {
                graph.nodeLong(id, "value");
            }
        }
        for (int category = 0; category < SCANS; category++) {
            graph.findNodes(Map.of("category", category));
        }
        return monitor.snapshot();
    }

    private static void print(String title, MonitorSnapshot snapshot) {
        System.out.println(title + ":");
        for (OperationStats stats : snapshot.operations()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-10s %,9d calls  avg %9.3f ms  p95 %9.3f ms  max %9.3f ms%n",
                    stats.operation(),
                    stats.count(),
                    stats.averageNanos() / 1e6,
                    stats.p95Nanos() / 1e6,
                    stats.maxNanos() / 1e6);
        }
    }
}
