package io.gli.bench;

import java.util.List;

/**
 * How hard a report measures. Quick fits in a few minutes on two cores and is for development; full
 * is for publication: more forks and iterations, longer iterations, a 10M-node size.
 *
 * @param name shown in the report
 * @param forks JMH forks per configuration
 * @param warmupIterations JMH warmup iterations of the timed rows
 * @param warmupShots warmup single shots of the creation rows, each one whole build: a single shot
 *     runs its loop once, so one warmup shot leaves the measured shots in the middle of the JIT's
 *     work (the compiler's log showed the add path's optimised versions installed during the second
 *     shot of a million-node build, which ran about twice the steady time)
 * @param measurementIterations JMH measurement iterations
 * @param warmupMillis length of one timed warmup iteration: long enough for the JIT to settle
 * @param iterationMillis length of one timed measurement iteration
 * @param tableNodes graph size of the main table
 * @param growthNodes the sizes of the growth table besides {@code tableNodes}
 * @param memoryElements N for the memory rows
 * @param forkHeap heap of each JMH fork up to {@code tableNodes} nodes
 * @param largeHeap heap of each JMH fork above {@code tableNodes} nodes (the 10M-node rows): a
 *     creation fork touches its whole heap first (see {@link Report#forkArguments}), which takes
 *     this machine about 10 s at 4 GB and 48 s at 14 GB, so only the rows that need a large heap
 *     get one; the algorithm rows get it too, as JGraphT holds a 10M-edge graph in a few GB, and so
 *     do the Loading rows on a graph of more than {@code tableNodes} nodes (the full mode's 2^20)
 * @param algorithmGraphs the generated graphs of the algorithm tables, one table each
 * @param loadingGraph the graph of the Loading table's edge lists (CSV, gzip CSV), binary snapshot
 *     and bulk rows
 * @param markupGraph the graph of its GraphML, node-link JSON and DOT rows, whose files spend
 *     several times an edge list's bytes on an edge
 */
record Settings(
        String name,
        int forks,
        int warmupIterations,
        int warmupShots,
        int measurementIterations,
        int warmupMillis,
        int iterationMillis,
        int tableNodes,
        List<Integer> growthNodes,
        int memoryElements,
        String forkHeap,
        String largeHeap,
        List<GraphSpec> algorithmGraphs,
        GraphSpec loadingGraph,
        GraphSpec markupGraph) {

    /**
     * Warmup and measured iterations of an algorithm row at most: one call of a JGraphT algorithm
     * on the full mode's 10M edges takes from seconds to minutes, so an iteration is one call, and
     * the timed rows' 5 + 10 iterations in 3 forks would keep one row busy for most of an hour.
     */
    static final int ALGORITHM_WARMUPS = 2;

    static final int ALGORITHM_MEASUREMENTS = 5;

    /**
     * Warmup and measured shots of a Loading row at most: each shot reads or writes a whole file,
     * which takes JGraphT seconds on the full mode's 10M edges. Two warmup shots are the fewest
     * after which GLI's shots of a million edges run compiled code (the first shot's loops are
     * compiled while it runs).
     */
    static final int LOADING_WARMUPS = 2;

    static final int LOADING_MEASUREMENTS = 5;

    /**
     * JMH warmup iterations of {@code job}: warmup shots for a single-shot row, see {@link
     * #shotRepeats}.
     */
    int warmupsFor(Job job) {
        if (job.isAlgorithm()) {
            return Math.min(warmupIterations, ALGORITHM_WARMUPS);
        }
        if (job.isLoading()) {
            return Math.min(warmupShots, LOADING_WARMUPS);
        }
        return job.singleShot() ? warmupShots * shotRepeats(job) : warmupIterations;
    }

    /**
     * JMH measurement iterations of {@code job}: for a single-shot row, shots, see {@link
     * #shotRepeats}.
     */
    int measurementsFor(Job job) {
        if (job.isAlgorithm()) {
            return Math.min(measurementIterations, ALGORITHM_MEASUREMENTS);
        }
        if (job.isLoading()) {
            return Math.min(measurementIterations, LOADING_MEASUREMENTS);
        }
        return measurementIterations * (job.singleShot() ? shotRepeats(job) : 1);
    }

    /**
     * How many times a single-shot row repeats the shots the settings name: as often as makes up
     * the main table's size, so that a small build is warmed up and measured on as many elements as
     * a large one. With four warmup shots of a 10,000-node build, the measured shots ran in the
     * interpreter and the JIT's first tiers (optimized 8.3 ms a shot, where a loop of such builds
     * settles at 0.84-1.1 ms after a hundred; simple 5.9 against 0.71-0.90 ms).
     */
    int shotRepeats(Job job) {
        return Math.max(1, tableNodes / Math.max(1, job.elementsPerInvocation()));
    }

    /** The heap of {@code job}'s forks. */
    String heapFor(Job job) {
        return job.isAlgorithm() ? largeHeap : heapFor(job.size());
    }

    /** The heap of a fork measuring {@code nodes} nodes. */
    String heapFor(int nodes) {
        return nodes > tableNodes ? largeHeap : forkHeap;
    }

    static final Settings QUICK =
            new Settings(
                    "quick",
                    1,
                    1,
                    4,
                    2,
                    700,
                    300,
                    1_000_000,
                    List.of(10_000, 100_000),
                    50_000,
                    "4g",
                    "4g",
                    // Half a million edges drawn: JGraphT builds a graph at a few microseconds an
                    // edge, once per fork, and the whole quick report must stay under ten minutes.
                    List.of(new GraphSpec(GraphSpec.Shape.RMAT, 16, 8)),
                    // 65k nodes and 262k edges for the edge lists, half that for GraphML, JSON and
                    // DOT: JGraphT's CSVImporter took 35 s a shot on a million edges (one fork,
                    // idle machine), and each row is a fork of its own.
                    new GraphSpec(GraphSpec.Shape.UNIFORM, 16, 4),
                    new GraphSpec(GraphSpec.Shape.UNIFORM, 14, 8));
    static final Settings FULL =
            new Settings(
                    "full",
                    3,
                    5,
                    5,
                    10,
                    1000,
                    1000,
                    1_000_000,
                    List.of(10_000, 100_000, 10_000_000),
                    200_000,
                    "4g",
                    "14g",
                    // 2^20 nodes and ten times as many edges drawn, as issue 16 asks.
                    List.of(
                            new GraphSpec(GraphSpec.Shape.RMAT, 20, 10),
                            new GraphSpec(GraphSpec.Shape.UNIFORM, 20, 10)),
                    // The sizes: 1M nodes and 10M edges; GraphML and JSON at 1M edges.
                    new GraphSpec(GraphSpec.Shape.UNIFORM, 20, 10),
                    new GraphSpec(GraphSpec.Shape.UNIFORM, 17, 8));
}
