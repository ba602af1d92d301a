package io.gli.algo;

import io.gli.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
        Parallel.requireThreads(threads);
        checkWeights(topology);
        int n = topology.nodeCount();
        int[] sources = new int[n];
        for (int v = 0; v < n; v++) {
            sources[v] = v;
        }
        return new NodeDoubles(topology, run(topology, sources, normalized, threads));
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
        return new NodeDoubles(topology, run(topology, sources, normalized, threads));
    }

    private static void checkWeights(Topology topology) {
        if (!topology.hasWeights()) {
            return;
        }
        for (int v = 0; v < topology.nodeCount(); v++) {
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                double weight = topology.outWeight(i);
                if (!(weight > 0) || weight == Double.POSITIVE_INFINITY) {
                    throw new IllegalArgumentException(
                            "edge "
                                    + NodeValues.quote(topology.id(v))
                                    + (topology.isDirected() ? " -> " : " -- ")
                                    + NodeValues.quote(topology.id(topology.outTarget(i)))
                                    + " has weight "
                                    + NodeValues.quote(topology.weightKey())
                                    + " = "
                                    + weight
                                    + "; betweenness expects a finite number above 0");
                }
            }
        }
    }

    private static double[] run(Topology topology, int[] sources, boolean normalized, int threads) {
        int n = topology.nodeCount();
        double[] total = new double[n];
        int chunks = (sources.length + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
        if (threads == 1 || chunks <= 1) {
            Brandes brandes = new Brandes(topology);
            double[] sum = new double[n];
            for (int c = 0; c < chunks; c++) {
                Arrays.fill(sum, 0);
                chunk(brandes, sources, c, sum);
                add(total, sum);
            }
        } else {
            inWaves(topology, sources, chunks, Math.min(threads, CHUNKS_PER_WAVE), total);
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

    private static void chunk(Brandes brandes, int[] sources, int c, double[] sum) {
        for (int i = c * SOURCES_PER_CHUNK,
                        end = Math.min(sources.length, (c + 1) * SOURCES_PER_CHUNK);
                i < end;
                i++) {
            Interrupts.check(NAME);
            brandes.accumulate(sources[i], sum);
        }
    }

    private static void add(double[] total, double[] sum) {
        for (int v = 0; v < total.length; v++) {
            total[v] += sum[v];
        }
    }

    /**
     * Runs the chunks {@link #CHUNKS_PER_WAVE} at a time on {@code threads} threads, each wave's
     * sums added to {@code total} in chunk order once the wave is done.
     */
    private static void inWaves(
            Topology topology, int[] sources, int chunks, int threads, double[] total) {
        int n = topology.nodeCount();
        double[][] sums = new double[CHUNKS_PER_WAVE][n];
        ExecutorService pool = Executors.newFixedThreadPool(threads, Betweenness::daemon);
        ThreadLocal<Brandes> workspaces = ThreadLocal.withInitial(() -> new Brandes(topology));
        try {
            for (int first = 0; first < chunks; first += CHUNKS_PER_WAVE) {
                int wave = first;
                int last = Math.min(chunks, first + CHUNKS_PER_WAVE);
                AtomicInteger next = new AtomicInteger(first);
                List<Future<?>> workers = new ArrayList<>(threads);
                for (int t = 0; t < threads; t++) {
                    workers.add(
                            pool.submit(
                                    () -> {
                                        Brandes brandes = workspaces.get();
                                        for (int c = next.getAndIncrement();
                                                c < last;
                                                c = next.getAndIncrement()) {
                                            double[] sum = sums[c - wave];
                                            Arrays.fill(sum, 0);
                                            chunk(brandes, sources, c, sum);
                                        }
                                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
                for (int c = first; c < last; c++) {
                    add(total, sums[c - first]);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(NAME + " stopped: its thread was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        Interrupts.check(NAME);
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "gli-betweenness-worker");
        thread.setDaemon(true);
        return thread;
    }
}
