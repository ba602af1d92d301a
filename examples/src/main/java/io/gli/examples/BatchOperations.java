package io.gli.examples;

import io.gli.Graph;
import io.gli.examples.Stopwatch.Timed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guide's "Batch Operation Optimization": the same nodes ({@code node_i} with {@code value =
 * i}) added one call at a time, staged in one batch, and handed over as columns in one bulk call.
 *
 * <p>Prints the time of each way and the batch's and the bulk call's speed-up over single calls,
 * for example (times vary with the machine and its load):
 *
 * <pre>
 * 10,000 nodes on the optimized backend
 * Individual: 0.283s
 * Batch:      0.097s  (2.9x)
 * Bulk:       0.050s  (5.7x)
 * </pre>
 *
 * Run with a node count as the only argument (default 10,000, the guide's).
 */
public final class BatchOperations {
    private BatchOperations() {}

    /** The three graphs, which hold the same nodes, and how long each took to build. */
    public record Result(
            Graph individual,
            Duration individualTime,
            Graph batched,
            Duration batchTime,
            Graph bulk,
            Duration bulkTime) {}

    public static void main(String[] args) {
        int nodes = Arguments.size(args, 10_000);
        Result result = run(nodes);
        System.out.printf(
                Locale.ROOT,
                "%,d nodes on the %s backend%n",
                nodes,
                result.batched().options().backend());
        System.out.println("Individual: " + Stopwatch.seconds(result.individualTime()));
        System.out.println(
                "Batch:      "
                        + Stopwatch.seconds(result.batchTime())
                        + speedUp(result.individualTime(), result.batchTime()));
        System.out.println(
                "Bulk:       "
                        + Stopwatch.seconds(result.bulkTime())
                        + speedUp(result.individualTime(), result.bulkTime()));
    }

    /**
     * Builds the {@code nodes} nodes the three ways, each on a new graph of the default backend.
     */
    public static Result run(int nodes) {
        Timed<Graph> individual = Stopwatch.time(() -> addOneByOne(nodes));
        Timed<Graph> batched = Stopwatch.time(() -> addInOneBatch(nodes));
        Timed<Graph> bulk = Stopwatch.time(() -> addAsColumns(nodes));
        return new Result(
                individual.value(),
                individual.elapsed(),
                batched.value(),
                batched.elapsed(),
                bulk.value(),
                bulk.elapsed());
    }

    /** Every call takes the write lock and checks the graph on its own. */
    static Graph addOneByOne(int nodes) {
        Graph graph = Graph.open();
        for (int i = 0; i < nodes; i++) {
            graph.addNode("node_" + i, Map.of("value", i));
        }
        return graph;
    }

    /** One lock and one atomic unit for all of them: readers see none or all. */
    static Graph addInOneBatch(int nodes) {
        Graph graph = Graph.open();
        graph.batch(
                batch -> {
                    for (int i = 0; i < nodes; i++) {
                        batch.addNode("node_" + i, Map.of("value", i));
                    }
                });
        return graph;
    }

    /** No attribute map per node at all: the values arrive as one column. */
    static Graph addAsColumns(int nodes) {
        List<String> ids = new ArrayList<>(nodes);
        List<Long> values = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            ids.add("node_" + i);
            values.add((long) i);
        }
        Graph graph = Graph.open();
        graph.addNodes(ids, Map.of("value", values));
        return graph;
    }

    private static String speedUp(Duration baseline, Duration faster) {
        return faster.isZero()
                ? ""
                : String.format(
                        Locale.ROOT, "  (%.1fx)", (double) baseline.toNanos() / faster.toNanos());
    }
}
