package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;
import java.util.Objects;

/**
 * Node degrees as the graph reports them: {@link Direction#OUT} is {@link io.gli.Graph#outDegree},
 * {@link Direction#IN} {@link io.gli.Graph#inDegree} and {@link Direction#BOTH} {@link
 * io.gli.Graph#degree}, the number of distinct neighbors. On an undirected graph the three agree.
 *
 * <p>Where GLI differs from NetworkX: a node is its own neighbor once through a self-loop, so a
 * self-loop adds 1 to a degree where NetworkX's undirected degree adds 2; on a directed graph a
 * pair joined both ways is one neighbor in the {@code BOTH} degree, where NetworkX's {@code degree}
 * (in plus out) counts 2.
 */
public final class Degrees {
    private static final String NAME = "Degrees";

    private Degrees() {}

    /**
     * Each node's degree in {@code direction}; none absent (the absent value, -1, never occurs).
     */
    public static NodeInts of(Topology topology, Direction direction) {
        return new NodeInts(topology, degrees(topology, direction), -1);
    }

    /** The distribution of the degrees in {@code direction}: its extremes, mean and histogram. */
    public static DegreeStats stats(Topology topology, Direction direction) {
        return DegreeStats.of(direction, degrees(topology, direction));
    }

    private static int[] degrees(Topology topology, Direction direction) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(direction, "direction");
        int n = topology.nodeCount();
        int[] degrees = new int[n];
        if (direction == Direction.BOTH && topology.isDirected()) {
            distinctNeighbors(topology, degrees);
        } else if (direction == Direction.IN) {
            for (int v = 0; v < n; v++) {
                degrees[v] = topology.inDegree(v);
            }
        } else {
            for (int v = 0; v < n; v++) {
                degrees[v] = topology.outDegree(v);
            }
        }
        return degrees;
    }

    /**
     * The size of the union of each node's out- and in-list: a node's lists hold no repeats (a
     * graph has at most one edge per ordered pair), so only a predecessor that is also a successor
     * must be found, by a mark left by the out-list.
     */
    private static void distinctNeighbors(Topology topology, int[] degrees) {
        int n = topology.nodeCount();
        int[] markedBy = new int[n];
        Arrays.fill(markedBy, -1);
        long work = 0;
        for (int v = 0; v < n; v++) {
            int count = topology.outDegree(v);
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                markedBy[topology.outTarget(i)] = v;
            }
            for (int i = topology.inBegin(v), end = topology.inEnd(v); i < end; i++) {
                if (markedBy[topology.inSource(i)] != v) {
                    count++;
                }
            }
            degrees[v] = count;
            work += 1 + topology.outDegree(v) + topology.inDegree(v);
            if (work >= Interrupts.CHECK_EVERY) {
                Interrupts.check(NAME);
                work = 0;
            }
        }
    }
}
