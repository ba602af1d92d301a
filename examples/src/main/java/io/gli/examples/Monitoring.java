package io.gli.examples;

import io.gli.Graph;
import io.gli.monitor.GraphMonitor;
import io.gli.monitor.MonitorSnapshot;
import io.gli.monitor.OperationStats;
import java.util.Locale;
import java.util.Map;

/**
 * The guide's "Built-in Performance Monitoring": a graph wrapped in a {@link GraphMonitor}, then
 * node additions, edge additions along a chain, and neighbor queries, with each operation's figures
 * printed at the end.
 *
 * <p>Where the guide wraps each call by hand, the monitor wraps the graph once and records every
 * call made through it, per {@link Graph} method, with no change to the code that uses the graph.
 *
 * <p>Prints each operation's count, average time and throughput (calls per second of time spent in
 * it, the guide's "rate"), then the monitor's own table, for example:
 *
 * <pre>
 * addNode: 1,000 calls
 *   Average: 0.0916ms
 *   Rate: 10,915 ops/sec
 * ...
 * 3 operations; rate and percentiles over the last 382 ms (window 60.0 s)
 * operation  calls  errors    total      avg      min      max   rate/s      p50      p95      p99
 * addNode    1,000       0  91.6 ms  91.6 us  16.0 us  44.5 ms  2,615.0  22.4 us  74.8 us   623 us
 * ...
 * </pre>
 *
 * Run with the number of nodes as the only argument (default 1,000, the guide's; half as many edges
 * and a tenth as many queries).
 */
public final class Monitoring {
    private Monitoring() {}

    /** The monitored graph after the workload, and what the monitor recorded. */
    public record Result(Graph graph, MonitorSnapshot snapshot) {}

    public static void main(String[] args) {
        MonitorSnapshot snapshot = run(Arguments.size(args, 1_000)).snapshot();
        for (OperationStats stats : snapshot.operations()) {
            System.out.printf(Locale.ROOT, "%s: %,d calls%n", stats.operation(), stats.count());
            System.out.printf(Locale.ROOT, "  Average: %.4fms%n", stats.averageNanos() / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "  Rate: %,.0f ops/sec%n",
                    stats.totalNanos() == 0 ? 0.0 : stats.count() * 1e9 / stats.totalNanos());
        }
        System.out.println();
        System.out.print(snapshot);
    }

    /**
     * Adds {@code nodes} nodes, {@code nodes / 2} edges {@code node_i -> node_i+1} and queries the
     * neighbors of the first {@code nodes / 10}, on a monitored graph of the default backend.
     */
    public static Result run(int nodes) {
        GraphMonitor monitor = GraphMonitor.create();
        Graph graph = monitor.wrap(Graph.open());
        for (int i = 0; i < nodes; i++) {
            graph.addNode("node_" + i, Map.of("value", i));
        }
        for (int i = 0; i < nodes / 2; i++) {
            graph.addEdge("node_" + i, "node_" + (i + 1));
        }
        for (int i = 0; i < nodes / 10; i++) {
            graph.neighbors("node_" + i);
        }
        return new Result(graph, monitor.snapshot());
    }
}
