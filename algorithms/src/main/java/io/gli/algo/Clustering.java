package io.gli.algo;

import io.gli.Topology;
import java.util.Objects;

/**
 * Local clustering coefficients, as NetworkX's undirected {@code clustering}: the fraction of the
 * pairs of a node's neighbors that are joined, {@code 2T / (d (d - 1))} for a node in {@code T}
 * {@linkplain Triangles triangles} with {@code d} neighbors, and 0 when {@code d < 2}. Computed on
 * the simple undirected graph underlying the topology: self-loops are ignored (as NetworkX ignores
 * them), and on a directed graph two nodes are neighbors if an edge goes either way. That differs
 * from NetworkX's clustering of a directed graph, which counts directed triangles (Fagiolo's
 * definition).
 *
 * <p>Each coefficient is the integer quotient rounded once, so the values are NetworkX's exactly,
 * whatever the thread count.
 */
public final class Clustering {
    private static final String NAME = "Clustering";

    private Clustering() {}

    /** Each node's clustering coefficient, in [0, 1] (none absent: no value is NaN). */
    public static NodeDoubles local(Topology topology) {
        return local(topology, Parallel.allCores());
    }

    /**
     * As {@link #local(Topology)}, counting triangles on {@code threads} threads.
     *
     * @throws IllegalArgumentException unless {@code threads} is at least 1
     */
    public static NodeDoubles local(Topology topology, int threads) {
        Objects.requireNonNull(topology, "topology");
        Parallel.requireThreads(threads);
        SimpleAdjacency graph = SimpleAdjacency.of(topology, NAME);
        long[] triangles = Triangles.countPerNode(graph, threads, NAME);
        double[] coefficients = new double[graph.nodeCount()];
        for (int v = 0; v < coefficients.length; v++) {
            long degree = graph.degree(v);
            coefficients[v] =
                    degree < 2 ? 0 : 2.0 * triangles[v] / (double) (degree * (degree - 1));
        }
        return new NodeDoubles(topology, coefficients);
    }

    /**
     * The mean of the local coefficients over every node, those of degree below 2 included (as
     * NetworkX's {@code average_clustering} with {@code count_zeros=True}), summed in node order;
     * NaN on an empty topology (where NetworkX divides by zero).
     */
    public static double average(Topology topology) {
        return average(topology, Parallel.allCores());
    }

    /**
     * As {@link #average(Topology)}, counting triangles on {@code threads} threads.
     *
     * @throws IllegalArgumentException unless {@code threads} is at least 1
     */
    public static double average(Topology topology, int threads) {
        NodeDoubles local = local(topology, threads);
        return local.size() == 0 ? Double.NaN : local.sum() / local.size();
    }
}
