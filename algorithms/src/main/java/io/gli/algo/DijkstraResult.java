package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.List;

/**
 * What Dijkstra's algorithm found from one source: each reached node's weighted distance and the
 * node before it on a shortest path.
 *
 * <p>Representation: a {@code double[]} of distances and an {@code int[]} of parents, one entry
 * each per node: 12 bytes per node. Immutable.
 */
public final class DijkstraResult {
    private final Topology topology;
    private final NodeDoubles distances;
    private final NodeInts parents;

    /** Takes the arrays (not copied); a distance is NaN where the node was not reached. */
    DijkstraResult(Topology topology, double[] distances, int[] parents) {
        this.topology = topology;
        this.distances = new NodeDoubles(topology, distances);
        this.parents = new NodeInts(topology, parents, BfsResult.NO_PARENT);
    }

    /** The topology searched. */
    public Topology topology() {
        return topology;
    }

    /** The least total weight of a path from the source; absent (NaN) where not reached. */
    public NodeDoubles distances() {
        return distances;
    }

    /**
     * The index of the node before each node on its shortest path; absent ({@link
     * BfsResult#NO_PARENT}) for the source and the nodes not reached.
     */
    public NodeInts parents() {
        return parents;
    }

    /**
     * The distance to {@code target}: {@link Double#POSITIVE_INFINITY} if it was not reached.
     *
     * @throws NodeNotFoundException if the topology has no such node
     */
    public double distanceTo(String target) {
        int v = topology.requireIndex(target);
        return distances.isPresent(v) ? distances.get(v) : Double.POSITIVE_INFINITY;
    }

    /**
     * A shortest path from the source to {@code target}, the IDs of both included; only the
     * source's if {@code target} is the source; empty if it was not reached.
     *
     * @throws NodeNotFoundException if the topology has no such node
     */
    public List<String> pathTo(String target) {
        int v = topology.requireIndex(target);
        return distances.isPresent(v) ? BfsResult.pathFromParents(topology, parents, v) : List.of();
    }

    @Override
    public String toString() {
        return "shortest paths by "
                + topology.weightKey()
                + " over "
                + topology.nodeCount()
                + " nodes";
    }
}
