package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.Arrays;
import java.util.List;

/**
 * Shortest paths from one source along edges (out-lists; on an undirected graph, along neighbors):
 * by hops (breadth-first) or by the topology's weights (Dijkstra's algorithm).
 *
 * <p>Dijkstra's algorithm takes its next node from a binary heap of node indices, of two nodes at
 * the same distance the lower index first; a node's parent is the node whose edge first gave it its
 * final distance. So of several shortest paths, the one chosen depends on the topology alone. Time
 * {@code O((n + m) log n)} over the part of the graph reached; no recursion.
 *
 * <p>Weights must be {@code >= 0} and not NaN. They are checked as edges are relaxed, not up front:
 * an edge the search never reaches (out of a node it does not reach, or after the target of {@link
 * #path}) cannot fail it, and of several bad edges the first one relaxed is named; a run that fails
 * returns nothing and changes nothing. Infinite weights are allowed: an edge of weight {@code
 * +Infinity}, or a path whose sum overflows to it, leads nowhere. NetworkX's {@code
 * single_source_dijkstra} likewise only looks at the edges it relaxes, but lets negative weights
 * through (its results are then wrong); GLI refuses them.
 *
 * <p>Interrupting the thread stops a run with a {@link java.util.concurrent.CancellationException}.
 */
public final class ShortestPaths {
    private static final String DIJKSTRA = "Dijkstra's shortest paths";

    private ShortestPaths() {}

    /**
     * Hop distances from {@code source} along edges: {@link Traversal#bfs(Topology, String,
     * Direction)} in {@link Direction#OUT}.
     *
     * @throws NodeNotFoundException if the topology has no node {@code source}
     */
    public static BfsResult unweighted(Topology topology, String source) {
        return Traversal.bfs(topology, source, Direction.OUT);
    }

    /**
     * Weighted distances from {@code source} along edges, by the topology's weights.
     *
     * @throws IllegalArgumentException if the topology holds no weights, or a relaxed edge's weight
     *     is negative or NaN (naming the edge, the weight key and the value)
     * @throws NodeNotFoundException if the topology has no node {@code source}
     */
    public static DijkstraResult dijkstra(Topology topology, String source) {
        requireWeights(topology);
        return dijkstra(topology, topology.requireIndex(source), -1);
    }

    /**
     * A shortest path from {@code source} to {@code target}, as a list of IDs from one to the other
     * (just {@code source} if they are the same), or empty if there is none: weighted (Dijkstra) if
     * the topology holds weights, by hops otherwise. The search stops once {@code target}'s
     * distance is final.
     *
     * @throws IllegalArgumentException as {@link #dijkstra}, if a relaxed edge's weight is bad
     * @throws NodeNotFoundException if the topology lacks {@code source} or {@code target}
     */
    public static List<String> path(Topology topology, String source, String target) {
        int s = topology.requireIndex(source);
        int t = topology.requireIndex(target);
        if (topology.hasWeights()) {
            return dijkstra(topology, s, t).pathTo(target);
        }
        return Traversal.bfs(topology, new int[] {s}, Direction.OUT, t).pathTo(target);
    }

    private static void requireWeights(Topology topology) {
        if (!topology.hasWeights()) {
            throw new IllegalArgumentException(
                    "Dijkstra's algorithm needs edge weights and this topology has none: take it"
                            + " with graph.topology(key), key the weight attribute");
        }
    }

    /** Dijkstra from {@code source}, stopping once {@code stopAt} is settled (-1: never). */
    static DijkstraResult dijkstra(Topology topology, int source, int stopAt) {
        requireWeights(topology);
        int n = topology.nodeCount();
        double[] distance = new double[n];
        int[] parent = new int[n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(parent, BfsResult.NO_PARENT);
        NodeHeap heap = new NodeHeap(n);
        distance[source] = 0;
        heap.add(source, 0);
        int budget = Interrupts.CHECK_EVERY;
        while (!heap.isEmpty()) {
            int v = heap.poll();
            if (v == stopAt) {
                break;
            }
            double base = distance[v];
            int begin = topology.outBegin(v);
            int end = topology.outEnd(v);
            for (int i = begin; i < end; i++) {
                double weight = topology.outWeight(i);
                if (!(weight >= 0)) {
                    throw badWeight(topology, v, topology.outTarget(i), weight);
                }
                int w = topology.outTarget(i);
                double candidate = base + weight;
                if (candidate < distance[w]) {
                    distance[w] = candidate;
                    parent[w] = v;
                    if (heap.contains(w)) {
                        heap.decrease(w, candidate);
                    } else {
                        heap.add(w, candidate);
                    }
                }
            }
            budget -= end - begin + 1;
            if (budget < 0) {
                Interrupts.check(DIJKSTRA);
                budget = Interrupts.CHECK_EVERY;
            }
        }
        for (int v = 0; v < n; v++) {
            if (distance[v] == Double.POSITIVE_INFINITY) {
                distance[v] = Double.NaN;
            }
        }
        return new DijkstraResult(topology, distance, parent);
    }

    private static IllegalArgumentException badWeight(
            Topology topology, int source, int target, double weight) {
        return new IllegalArgumentException(
                "the edge from "
                        + NodeValues.quote(topology.id(source))
                        + " to "
                        + NodeValues.quote(topology.id(target))
                        + " has weight "
                        + weight
                        + " (key "
                        + NodeValues.quote(topology.weightKey())
                        + "); Dijkstra's algorithm needs weights that are >= 0 and not NaN");
    }
}
