package io.gli.examples;

import io.gli.Graph;
import io.gli.examples.Stopwatch.Timed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guide's "Batch Size Tuning": the same nodes ({@code node_i} with {@code value = i}) loaded
 * into a new graph in batches of each candidate size, timed, and the fastest size reported.
 *
 * <p>Small batches pay the per-batch cost (a lock, a check of the graph's state) more often; large
 * ones hold the write lock longer, keeping readers waiting, and stage more in memory. The best size
 * depends on the workload and the machine, which is why it is measured rather than assumed. When
 * the batch size does not divide the node count, the last batch is smaller, so every size loads
 * every node.
 *
 * <p>Prints the time of each size and the fastest, for example (on a busy two-core machine; the
 * first sizes also pay for the JIT warming up):
 *
 * <pre>
 * Batch size 100: 4.421s
 * Batch size 500: 2.872s
 * Batch size 1000: 1.764s
 * Batch size 5000: 1.003s
 * Batch size 10000: 0.842s
 * Batch size 50000: 0.438s
 *
 * Optimal batch size: 50000
 * </pre>
 *
 * Run with a node count as the only argument (default 100,000, the guide's).
 */
public final class BatchSizeTuning {
    private BatchSizeTuning() {}

    /** The guide's candidates. */
    public static final List<Integer> BATCH_SIZES = List.of(100, 500, 1_000, 5_000, 10_000, 50_000);

    /** One candidate size: the graph it loaded, in how many batches, and how long that took. */
    public record Trial(int batchSize, int batches, Graph graph, Duration elapsed) {}

    /** Every trial, in the order of the candidates, and the fastest size. */
    public record Result(List<Trial> trials, int optimalBatchSize) {}

    public static void main(String[] args) {
        Result result = run(Arguments.size(args, 100_000), BATCH_SIZES);
        for (Trial trial : result.trials()) {
            System.out.printf(
                    Locale.ROOT,
                    "Batch size %d: %s%n",
                    trial.batchSize(),
                    Stopwatch.seconds(trial.elapsed()));
        }
        System.out.println();
        System.out.println("Optimal batch size: " + result.optimalBatchSize());
    }

    /**
     * Loads {@code nodes} nodes once per candidate size, each time into a new graph of the default
     * backend.
     */
    public static Result run(int nodes, List<Integer> batchSizes) {
        List<Trial> trials = new ArrayList<>();
        for (int batchSize : batchSizes) {
            trials.add(trial(nodes, batchSize));
        }
        Trial fastest = trials.stream().min(Comparator.comparing(Trial::elapsed)).orElseThrow();
        return new Result(List.copyOf(trials), fastest.batchSize());
    }

    static Trial trial(int nodes, int batchSize) {
        Graph graph = Graph.open();
        Timed<Integer> load =
                Stopwatch.time(
                        () ->
                                BatchedLoad.addNodes(
                                        graph, nodes, batchSize, i -> Map.of("value", i)));
        return new Trial(batchSize, load.value(), graph, load.elapsed());
    }
}
