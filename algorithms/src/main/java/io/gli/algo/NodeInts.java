package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.Arrays;

/**
 * An {@code int} per node (hop distances, component labels, core numbers, community labels).
 * Representation: an {@code int[]} indexed by node, a node absent where it holds {@link
 * #absentValue()}: 4 bytes per node.
 */
public final class NodeInts extends NodeValues {
    private final int[] values;
    private final int absent;

    /** Takes {@code values} (not copied: the caller lets go of it); {@code absent} marks none. */
    NodeInts(Topology topology, int[] values, int absent) {
        super(topology, values.length);
        this.values = values;
        this.absent = absent;
    }

    /** The value that marks a node without one (each algorithm documents it). */
    public int absentValue() {
        return absent;
    }

    @Override
    public boolean isPresent(int v) {
        return values[v] != absent;
    }

    /** Node {@code v}'s value, or {@link #absentValue()}. */
    public int get(int v) {
        return values[v];
    }

    /**
     * The value of the node with this ID.
     *
     * @throws NodeNotFoundException if the topology has no such node
     * @throws java.util.NoSuchElementException if the node has no value
     */
    public int get(String id) {
        return values[presentIndex(id)];
    }

    @Override
    public Object boxed(int v) {
        return isPresent(v) ? Long.valueOf(values[v]) : null;
    }

    /** A copy of the values, indexed by node. */
    public int[] toArray() {
        return Arrays.copyOf(values, values.length);
    }
}
