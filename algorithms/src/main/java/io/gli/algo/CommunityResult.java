package io.gli.algo;

import io.gli.Topology;

/**
 * A partition of a topology's nodes into communities, as {@link Communities} found it: a label per
 * node, the number of communities, the partition's modularity and how many rounds the algorithm
 * ran. Immutable.
 *
 * <p>Labels run from 0 to {@code count() - 1}, numbered in order of each community's lowest node
 * index: node 0 is in community 0, the lowest-indexed node outside it in community 1, and so on.
 * Every node has a label (none is absent).
 */
public final class CommunityResult {
    private final NodeInts labels;
    private final int count;
    private final double modularity;
    private final int iterations;

    private CommunityResult(NodeInts labels, int count, double modularity, int iterations) {
        this.labels = labels;
        this.count = count;
        this.modularity = modularity;
        this.iterations = iterations;
    }

    /**
     * The result for a partition given by any labels from 0 to {@code n - 1} ({@code communityOf},
     * renumbered in place); its modularity computed on {@code graph}, the weighted graph underlying
     * {@code topology}.
     */
    static CommunityResult of(
            Topology topology, WeightedUndirected graph, int[] communityOf, int iterations) {
        int count = renumber(communityOf);
        double modularity = graph.modularity(communityOf, count, 1.0);
        return new CommunityResult(
                new NodeInts(topology, communityOf, -1), count, modularity, iterations);
    }

    /**
     * Renumbers labels from 0 to {@code labels.length - 1}, in place, in order of each label's
     * first node; returns the number of distinct labels.
     */
    static int renumber(int[] labels) {
        int[] renamed = new int[labels.length];
        java.util.Arrays.fill(renamed, -1);
        int count = 0;
        for (int v = 0; v < labels.length; v++) {
            int label = labels[v];
            if (renamed[label] < 0) {
                renamed[label] = count++;
            }
            labels[v] = renamed[label];
        }
        return count;
    }

    /** Each node's community, from 0 to {@code count() - 1}; never absent. */
    public NodeInts labels() {
        return labels;
    }

    /** The number of communities (0 on an empty topology). */
    public int count() {
        return count;
    }

    /**
     * The modularity of the partition, as NetworkX's {@code modularity} defines it with resolution
     * 1: the sum over communities of {@code L_c / m - (d_c / 2m)^2}, where {@code m} is the total
     * edge weight, {@code L_c} the weight of the edges inside community {@code c} and {@code d_c}
     * the sum of its nodes' weighted degrees (a self-loop adds its weight twice to its node's
     * degree, once to {@code L_c}). Computed on the undirected graph underlying the topology: on a
     * directed topology a pair joined both ways is one edge weighing the sum of both directions'
     * weights (NetworkX's directed modularity, {@code L_c / m - d_c^out d_c^in / m^2}, differs).
     * Weighted by the topology's weights if it has them, every edge weighing 1 otherwise. 0 on a
     * topology without edges (or whose weights are all 0), where NetworkX divides by zero.
     */
    public double modularity() {
        return modularity;
    }

    /**
     * How many rounds the algorithm ran: synchronous label updates for label propagation, levels
     * (local moving then aggregation) that moved a node for Louvain.
     */
    public int iterations() {
        return iterations;
    }

    @Override
    public String toString() {
        return count + " communities, modularity " + modularity + ", " + iterations + " iterations";
    }
}
