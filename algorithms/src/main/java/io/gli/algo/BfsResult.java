package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a breadth-first search found: each reached node's hop distance from the nearest source, the
 * node it was reached from, and the order nodes were reached in.
 *
 * <p>Representation: three {@code int[]} of one entry per node (distances, parents, the visit
 * queue): 12 bytes per node. Immutable.
 */
public final class BfsResult {
    /** The parent of a source or of a node not reached. */
    public static final int NO_PARENT = -1;

    private final Topology topology;
    private final NodeInts distances;
    private final NodeInts parents;
    private final int[] queue;
    private final int reached;

    /** Takes the arrays (not copied); {@code queue[0, reached)} is the visit order. */
    BfsResult(Topology topology, int[] distances, int[] parents, int[] queue, int reached) {
        this.topology = topology;
        this.distances = new NodeInts(topology, distances, -1);
        this.parents = new NodeInts(topology, parents, NO_PARENT);
        this.queue = queue;
        this.reached = reached;
    }

    /** The topology searched. */
    public Topology topology() {
        return topology;
    }

    /** Hops from the nearest source (0 for a source); absent ({@code -1}) where not reached. */
    public NodeInts distances() {
        return distances;
    }

    /**
     * The index of the node each node was first reached from; absent ({@link #NO_PARENT}) for the
     * sources and the nodes not reached. The parents form a shortest-path tree (a forest, one tree
     * per source, with several sources).
     */
    public NodeInts parents() {
        return parents;
    }

    /** The reached nodes' indices in the order they were reached, sources first (a copy). */
    public int[] order() {
        return Arrays.copyOf(queue, reached);
    }

    /** The number of nodes reached, sources included. */
    public int reachedCount() {
        return reached;
    }

    /**
     * A shortest path from a source to {@code target}: the IDs from the source (the one nearest to
     * it, the one the search reached it from) to {@code target}, both included; only {@code target}
     * if it is a source; empty if it was not reached.
     *
     * @throws NodeNotFoundException if the topology has no such node
     */
    public List<String> pathTo(String target) {
        int v = topology.requireIndex(target);
        return distances.get(v) < 0 ? List.of() : pathFromParents(topology, parents, v);
    }

    /** The IDs from the root of {@code v}'s tree in {@code parents} to {@code v}. */
    static List<String> pathFromParents(Topology topology, NodeInts parents, int v) {
        List<String> path = new ArrayList<>();
        for (int u = v; u != NO_PARENT; u = parents.get(u)) {
            path.add(topology.id(u));
        }
        Collections.reverse(path);
        return Collections.unmodifiableList(path);
    }

    @Override
    public String toString() {
        return "breadth-first search reaching "
                + reached
                + " of "
                + topology.nodeCount()
                + " nodes";
    }
}
