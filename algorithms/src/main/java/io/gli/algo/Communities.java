package io.gli.algo;

import io.gli.Topology;

/**
 * Community detection: label propagation (LDBC Graphalytics' CDLP) and Louvain modularity
 * optimization. Both are deterministic: label propagation by construction, Louvain given its seed.
 *
 * <p>Results carry the partition's modularity ({@link CommunityResult#modularity()}), computed on
 * the weighted undirected graph underlying the topology, weighted by its weights if it has them.
 */
public final class Communities {
    private Communities() {}

    /**
     * Label propagation as LDBC Graphalytics defines it (CDLP). Each node starts with its own
     * label, its node index; in each synchronous round every node takes the label most frequent
     * among its neighbors' labels of the previous round, the smallest label among equally frequent
     * ones; a node without neighbors keeps its label. Every list entry counts: on a directed graph
     * a node's successors and its predecessors (a neighbor joined both ways counts twice, as in
     * LDBC, and a self-loop counts the node's own label twice), on an undirected graph its
     * neighbors (a self-loop once). Runs {@code maxIterations} rounds, or fewer if a round changes
     * no label. Weights are not used by the propagation, only by the result's modularity.
     *
     * <p>NetworkX's {@code label_propagation_communities} is a different, asynchronous variant;
     * this one follows LDBC, whose initial labels are vertex IDs where GLI's are node indices.
     *
     * @param maxIterations the most rounds to run, at least 0 (0 leaves every node alone)
     * @return the communities; {@link CommunityResult#iterations()} is the number of rounds run,
     *     including a last one that changed nothing
     * @throws IllegalArgumentException if {@code maxIterations} is negative, or (for the
     *     modularity) the topology has a negative, NaN or infinite weight, naming the edge
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static CommunityResult labelPropagation(Topology topology, int maxIterations) {
        if (maxIterations < 0) {
            throw new IllegalArgumentException(
                    "maxIterations is " + maxIterations + "; expected at least 0");
        }
        WeightedUndirected graph = WeightedUndirected.of(topology, LabelPropagation.NAME);
        LabelPropagation run = LabelPropagation.run(topology, maxIterations);
        return CommunityResult.of(topology, graph, run.labels(), run.iterations());
    }

    /**
     * Louvain communities with resolution 1; see {@link #louvain(Topology, long, double)}.
     *
     * @throws IllegalArgumentException if a weight is negative, NaN or infinite, naming the edge
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static CommunityResult louvain(Topology topology, long seed) {
        return louvain(topology, seed, 1.0);
    }

    /**
     * Louvain communities, as NetworkX's {@code louvain_communities} finds them: levels of local
     * moving (each node, in an order shuffled from {@code seed}, moves to the neighboring community
     * of highest modularity gain at this resolution, until a pass moves none) and aggregation
     * (communities become nodes), until a level moves no node or gains at most 10<sup>-7</sup>
     * modularity. Weighted by the topology's weights if it has them (every edge weighing 1
     * otherwise). On a directed topology it runs on the underlying undirected graph, a pair joined
     * both ways being one edge weighing the sum of both weights (NetworkX runs its directed variant
     * there). The same topology and seed give the same partition; NetworkX's random numbers differ,
     * so its partition for a seed may too.
     *
     * @param resolution above 0; below 1 favors larger communities, above 1 smaller ones
     * @return the communities; {@link CommunityResult#modularity()} is at resolution 1, {@link
     *     CommunityResult#iterations()} the number of levels that moved a node
     * @throws IllegalArgumentException if {@code resolution} is not a finite number above 0, or a
     *     weight is negative, NaN or infinite, naming the edge
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static CommunityResult louvain(Topology topology, long seed, double resolution) {
        if (!(resolution > 0) || resolution == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "resolution is " + resolution + "; expected a finite number above 0");
        }
        WeightedUndirected graph = WeightedUndirected.of(topology, Louvain.NAME);
        Louvain partition = Louvain.run(graph, seed, resolution);
        return CommunityResult.of(topology, graph, partition.communityOf(), partition.levels());
    }
}
