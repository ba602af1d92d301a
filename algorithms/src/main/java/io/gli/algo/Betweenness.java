package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Betweenness centrality, by Brandes' algorithm, as NetworkX's {@code betweenness_centrality}
 * defines it (endpoints excluded): the betweenness of {@code v} is the sum, over ordered pairs of
 * other nodes {@code s != t}, of the fraction of shortest {@code s}-{@code t} paths that pass
 * through {@code v}; on an undirected graph each unordered pair counts once.
 *
 * <p>Path length is the number of hops on a topology without weights and the sum of weights on one
 * with weights, as everywhere in this package: take {@code graph.topology()} for hops and {@code
 * graph.topology(key)} to weigh by {@code key} (NetworkX's {@code weight=key}). Weighted runs need
 * every weight finite and above 0: a zero weight makes equal-length paths, and so the counts,
 * depend on the order nodes are settled in (NetworkX warns of it and goes on).
 *
 * <p>Several threads split the sources into chunks of a fixed size, independent of the thread
 * count; each chunk sums its sources' dependencies in source order, and the chunk sums are added in
 * chunk order, so the result is the same bits for every thread count.
 *
 * <p>Progress ({@link #exact(Topology, boolean, int, AlgorithmProgress)}, {@link #sampled(Topology,
 * int, long, boolean, int, AlgorithmProgress)}) counts finished sources, a chunk of 32 at a time,
 * and is reported on the calling thread only, never concurrently: on one thread after each chunk;
 * on several, where the calling thread only waits while the workers run a wave of up to 8 chunks,
 * the workers add each finished chunk to a shared counter, and the calling thread reports the
 * counter when it has grown, every 100 ms while it waits and once after each wave. The last report
 * is the number of sources; a run without sources reports nothing. A listener's exception stops the
 * workers and propagates.
 */
public final class Betweenness {
    static final String NAME = "betweenness";

    /** Sources per chunk: one task's work, and the unit whose sums are added in order. */
    static final int SOURCES_PER_CHUNK = 32;

    /** Chunks run at once, each with its own sum array: bounds the memory to 8 such arrays. */
    private static final int CHUNKS_PER_WAVE = 8;

    private Betweenness() {}

    /** Exact betweenness on all cores; see {@link #exact(Topology, boolean, int)}. */
    public static NodeDoubles exact(Topology topology, boolean normalized) {
        return exact(topology, normalized, Parallel.allCores());
    }

    /**
     * Exact betweenness: a shortest-path search from every node, in time {@code O(n m)} ({@code O(n
     * m + n^2 log n)} weighted).
     *
     * @param normalized whether to divide by the number of pairs of other nodes, {@code (n - 1) (n
     *     - 2)} on a directed graph and {@code (n - 1) (n - 2) / 2} on an undirected one (nothing
     *     for {@code n <= 2}), as NetworkX
     * @param threads at least 1; the result does not depend on it
     * @return every node's betweenness (none absent)
     * @throws IllegalArgumentException if {@code threads < 1}, or a weight is not finite and above
     *     0, naming the edge, the key and the value
     * @throws CancellationException if the thread is interrupted
     */
    public static NodeDoubles exact(Topology topology, boolean normalized, int threads) {
        return exact(topology, normalized, threads, AlgorithmProgress.NONE);
    }

    /**
     * Exact betweenness as {@link #exact(Topology, boolean, int)}, telling {@code progress} how
     * many sources are done: {@code ("source", done, n)}, the total exact, so that a caller can
     * tell the time left. See the class comment for when and on which thread it is called.
     *
     * @throws NullPointerException if {@code progress} is null
     * @throws IllegalArgumentException if {@code threads < 1}, or a weight is not finite and above
     *     0, naming the edge, the key and the value
     * @throws CancellationException if the thread is interrupted
     */
    public static NodeDoubles exact(
            Topology topology, boolean normalized, int threads, AlgorithmProgress progress) {
        Objects.requireNonNull(progress, "progress");
        Parallel.requireThreads(threads);
        checkWeights(topology);
        int n = topology.nodeCount();
        int[] sources = new int[n];
        for (int v = 0; v < n; v++) {
            sources[v] = v;
        }
        return new NodeDoubles(topology, run(topology, sources, normalized, threads, progress));
    }

    /**
     * Sampled betweenness on all cores; see {@link #sampled(Topology, int, long, boolean, int)}.
     */
    public static NodeDoubles sampled(Topology topology, int k, long seed, boolean normalized) {
        return sampled(topology, k, seed, normalized, Parallel.allCores());
    }

    /**
     * Betweenness estimated from {@code k} distinct sources drawn from {@code seed} (Brandes and
     * Pich): the dependencies of those sources alone, scaled by {@code n / k} as well as normalized
     * as {@link #exact(Topology, boolean, int)}, so that the estimate is on the exact value's
     * scale. {@code k = n} gives the exact values; {@code k = 0} gives 0 everywhere. NetworkX
     * before 3.5 scales by {@code n / k} too (though not a directed, unnormalized result); from 3.5
     * it scales sampled and unsampled nodes apart ({@code (n - 1) / (k - 1)} and {@code (n - 1) /
     * k}), which GLI does not. NetworkX's random sample for a seed differs from GLI's.
     *
     * @param k the number of sources, from 0 to the node count
     * @param threads at least 1; the result does not depend on it
     * @return every node's estimated betweenness (none absent)
     * @throws IllegalArgumentException if {@code k} is outside {@code [0, n]}, {@code threads < 1},
     *     or a weight is not finite and above 0, naming the edge, the key and the value
     * @throws CancellationException if the thread is interrupted
     */
    public static NodeDoubles sampled(
            Topology topology, int k, long seed, boolean normalized, int threads) {
        return sampled(topology, k, seed, normalized, threads, AlgorithmProgress.NONE);
    }

    /**
     * Sampled betweenness as {@link #sampled(Topology, int, long, boolean, int)}, telling {@code
     * progress} how many of the {@code k} sources are done: {@code ("source", done, k)}, the total
     * exact. See the class comment for when and on which thread it is called.
     *
     * @throws NullPointerException if {@code progress} is null
     * @throws IllegalArgumentException if {@code k} is outside {@code [0, n]}, {@code threads < 1},
     *     or a weight is not finite and above 0, naming the edge, the key and the value
     * @throws CancellationException if the thread is interrupted
     */
    public static NodeDoubles sampled(
            Topology topology,
            int k,
            long seed,
            boolean normalized,
            int threads,
            AlgorithmProgress progress) {
        Objects.requireNonNull(progress, "progress");
        int n = topology.nodeCount();
        if (k < 0 || k > n) {
            throw new IllegalArgumentException(
                    "k is " + k + "; expected a number of sources from 0 to the node count, " + n);
        }
        Parallel.requireThreads(threads);
        checkWeights(topology);
        // the first k places of a Fisher-Yates shuffle from the seed, then in node order
        int[] shuffled = new int[n];
        for (int v = 0; v < n; v++) {
            shuffled[v] = v;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        int[] sources = Arrays.copyOf(shuffled, k);
        Arrays.sort(sources);
        return new NodeDoubles(topology, run(topology, sources, normalized, threads, progress));
    }

    private static void checkWeights(Topology topology) {
        if (!topology.hasWeights()) {
            return;
        }
        for (int v = 0; v < topology.nodeCount(); v++) {
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                double weight = topology.outWeight(i);
                if (!(weight > 0) || weight == Double.POSITIVE_INFINITY) {
                    throw BadWeight.of(
                            topology, v, topology.outTarget(i), weight, "a finite number above 0");
                }
            }
        }
    }

    private static double[] run(
            Topology topology,
            int[] sources,
            boolean normalized,
            int threads,
            AlgorithmProgress progress) {
        int n = topology.nodeCount();
        double[] total = new double[n];
        int chunks = (sources.length + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
        SourcesDone done = new SourcesDone(progress, sources.length);
        if (threads == 1 || chunks <= 1) {
            Brandes brandes = new Brandes(topology);
            double[] sum = new double[n];
            for (int c = 0; c < chunks; c++) {
                Arrays.fill(sum, 0);
                done.add(chunk(brandes, sources, c, sum));
                add(total, sum);
                done.report();
            }
        } else {
            inWaves(topology, sources, chunks, Math.min(threads, CHUNKS_PER_WAVE), total, done);
        }
        double scale = scale(n, topology.isDirected(), normalized);
        if (sources.length < n && sources.length > 0) {
            scale *= (double) n / sources.length;
        }
        for (int v = 0; v < n; v++) {
            total[v] *= scale;
        }
        return total;
    }

    /** NetworkX's factor for all sources: normalization, or halving an undirected count. */
    private static double scale(int n, boolean directed, boolean normalized) {
        if (normalized) {
            return n <= 2 ? 1 : 1.0 / ((n - 1) * (double) (n - 2));
        }
        return directed ? 1 : 0.5; // undirected: each pair was counted from both ends
    }

    /** Adds chunk {@code c}'s dependencies to {@code sum}; returns its number of sources. */
    private static int chunk(Brandes brandes, int[] sources, int c, double[] sum) {
        int begin = c * SOURCES_PER_CHUNK;
        int end = Math.min(sources.length, (c + 1) * SOURCES_PER_CHUNK);
        for (int i = begin; i < end; i++) {
            Interrupts.check(NAME);
            brandes.accumulate(sources[i], sum);
        }
        return end - begin;
    }

    private static void add(double[] total, double[] sum) {
        for (int v = 0; v < total.length; v++) {
            total[v] += sum[v];
        }
    }

    /**
     * Runs the chunks {@link #CHUNKS_PER_WAVE} at a time on {@code threads} threads, each wave's
     * sums added to {@code total} in chunk order once the wave is done. The workers count the
     * sources of each chunk they finish in {@code done}; this (the calling) thread reports them
     * while it waits for a wave, and once each wave is done.
     */
    private static void inWaves(
            Topology topology,
            int[] sources,
            int chunks,
            int threads,
            double[] total,
            SourcesDone done) {
        int n = topology.nodeCount();
        double[][] sums = new double[CHUNKS_PER_WAVE][n];
        // Borrowed per chunk and given back: at most one workspace per thread, reused by every
        // wave.
        java.util.concurrent.ConcurrentLinkedQueue<Brandes> workspaces =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int first = 0; first < chunks; first += CHUNKS_PER_WAVE) {
            int wave = first;
            int size = Math.min(chunks - first, CHUNKS_PER_WAVE);
            Parallel.forEach(
                    size,
                    threads,
                    NAME,
                    k -> {
                        Brandes brandes = workspaces.poll();
                        if (brandes == null) {
                            brandes = new Brandes(topology);
                        }
                        double[] sum = sums[k];
                        Arrays.fill(sum, 0);
                        done.add(chunk(brandes, sources, wave + k, sum));
                        workspaces.add(brandes);
                    },
                    done::report);
            for (int k = 0; k < size; k++) {
                add(total, sums[k]);
            }
            done.report();
        }
    }

    /**
     * The sources finished so far, counted by whichever thread finished them ({@link #add}, once
     * per chunk), and reported by the calling thread alone ({@link #report}), each count at most
     * once, so that the reports strictly increase.
     */
    private static final class SourcesDone {
        private final AlgorithmProgress progress;
        private final long total;
        private final AtomicLong finished = new AtomicLong();

        /** The last count reported; read and written by the calling thread alone. */
        private long reported;

        SourcesDone(AlgorithmProgress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        /** Counts {@code sources} more finished sources; any thread. */
        void add(int sources) {
            finished.addAndGet(sources);
        }

        /** Reports the count if it grew since the last report; the calling thread only. */
        void report() {
            long done = finished.get();
            if (done > reported) {
                reported = done;
                progress.progress("source", done, total);
            }
        }
    }
}
