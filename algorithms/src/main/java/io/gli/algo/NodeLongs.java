package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.Arrays;

/**
 * A {@code long} per node (triangle counts, and other counts that may pass 2<sup>31</sup>).
 * Representation: an {@code long[]} indexed by node, a node absent where it holds {@link
 * #absentValue()}: 8 bytes per node.
 */
public final class NodeLongs extends NodeValues {
    private final long[] values;
    private final long absent;

    /** Takes {@code values} (not copied: the caller lets go of it); {@code absent} marks none. */
    NodeLongs(Topology topology, long[] values, long absent) {
        super(topology, values.length);
        this.values = values;
        this.absent = absent;
    }

    /** The value that marks a node without one (each algorithm documents it). */
    public long absentValue() {
        return absent;
    }

    @Override
    public boolean isPresent(int v) {
        return values[v] != absent;
    }

    /** Node {@code v}'s value, or {@link #absentValue()}. */
    public long get(int v) {
        return values[v];
    }

    /**
     * The value of the node with this ID.
     *
     * @throws NodeNotFoundException if the topology has no such node
     * @throws java.util.NoSuchElementException if the node has no value
     */
    public long get(String id) {
        return values[presentIndex(id)];
    }

    @Override
    public Object boxed(int v) {
        return isPresent(v) ? Long.valueOf(values[v]) : null;
    }

    /** A copy of the values, indexed by node. */
    public long[] toArray() {
        return Arrays.copyOf(values, values.length);
    }
}
