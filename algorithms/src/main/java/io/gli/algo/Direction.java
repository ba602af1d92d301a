package io.gli.algo;

import io.gli.Topology;

/**
 * Which lists a traversal follows from a node: its out-list (successors), its in-list
 * (predecessors), or both. On an undirected graph the three are the same.
 */
public enum Direction {
    /** Along edges, source to target. */
    OUT,
    /** Against edges, target to source. */
    IN,
    /** Both ways: the graph as if undirected. */
    BOTH;

    /** Whether a traversal in this direction reads {@code topology}'s out-lists. */
    boolean followsOut(Topology topology) {
        return this != IN || !topology.isDirected();
    }

    /** Whether a traversal in this direction reads {@code topology}'s in-lists as well. */
    boolean followsIn(Topology topology) {
        return topology.isDirected() && this != OUT;
    }
}
