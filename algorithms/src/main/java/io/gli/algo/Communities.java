package io.gli.algo;

import io.gli.Topology;
import java.util.Objects;

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
        return labelPropagation(topology, maxIterations, AlgorithmProgress.NONE);
    }

    /**
     * Label propagation as {@link #labelPropagation(Topology, int)}, telling {@code progress} after
     * each round how many have run: {@code ("iteration", round, maxIterations)}, on the calling
     * thread. The total is an upper bound: a round that changes no label ends the run, its number
     * being {@link CommunityResult#iterations()}. {@code maxIterations} 0 reports nothing. The
     * communities do not depend on the listener; its exception propagates out of this method.
     *
     * @throws NullPointerException if {@code progress} is null
     * @throws IllegalArgumentException if {@code maxIterations} is negative, or (for the
     *     modularity) the topology has a negative, NaN or infinite weight, naming the edge
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static CommunityResult labelPropagation(
            Topology topology, int maxIterations, AlgorithmProgress progress) {
        Objects.requireNonNull(progress, "progress");
        if (maxIterations < 0) {
            throw new IllegalArgumentException(
                    "maxIterations is " + maxIterations + "; expected at least 0");
        }
        WeightedUndirected graph = WeightedUndirected.of(topology, LabelPropagation.NAME);
        LabelPropagation run = LabelPropagation.run(topology, maxIterations, progress);
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
        return louvain(topology, seed, resolution, AlgorithmProgress.NONE);
    }

    /**
     * Louvain communities as {@link #louvain(Topology, long, double)}, telling {@code progress}
     * after each pass of local moving over all nodes how many passes have run in all levels so far:
     * {@code ("pass", passes, -1)}, on the calling thread. The total is unknown (-1): a level runs
     * passes until one moves no node, and how many levels there will be is not known either. A
     * topology without edges (or whose weights are all 0) runs no pass and reports nothing. The
     * communities do not depend on the listener; its exception propagates out of this method.
     *
     * @throws NullPointerException if {@code progress} is null
     * @throws IllegalArgumentException if {@code resolution} is not a finite number above 0, or a
     *     weight is negative, NaN or infinite, naming the edge
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static CommunityResult louvain(
            Topology topology, long seed, double resolution, AlgorithmProgress progress) {
        Objects.requireNonNull(progress, "progress");
        if (!(resolution > 0) || resolution == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "resolution is " + resolution + "; expected a finite number above 0");
        }
        WeightedUndirected graph = WeightedUndirected.of(topology, Louvain.NAME);
        Louvain partition = Louvain.run(graph, seed, resolution, progress);
        return CommunityResult.of(topology, graph, partition.communityOf(), partition.levels());
    }
}
