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
 *     get one
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
        String largeHeap) {

    /**
     * JMH warmup iterations of {@code job}: warmup shots for a single-shot row, see {@link
     * #shotRepeats}.
     */
    int warmupsFor(Job job) {
        return job.singleShot() ? warmupShots * shotRepeats(job) : warmupIterations;
    }

    /**
     * JMH measurement iterations of {@code job}: for a single-shot row, shots, see {@link
     * #shotRepeats}.
     */
    int measurementsFor(Job job) {
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
                    "4g");
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
                    "14g");
}
