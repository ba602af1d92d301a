package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.Arrays;

/**
 * A {@code double} per node (ranks, centralities, clustering coefficients, weighted distances).
 * Representation: a {@code double[]} indexed by node, a node absent where it holds NaN: 8 bytes per
 * node.
 */
public final class NodeDoubles extends NodeValues {
    private final double[] values;

    /** Takes {@code values} (not copied: the caller lets go of it); NaN marks none. */
    NodeDoubles(Topology topology, double[] values) {
        super(topology, values.length);
        this.values = values;
    }

    @Override
    public boolean isPresent(int v) {
        return !Double.isNaN(values[v]);
    }

    /** Node {@code v}'s value, or NaN if absent. */
    public double get(int v) {
        return values[v];
    }

    /**
     * The value of the node with this ID.
     *
     * @throws NodeNotFoundException if the topology has no such node
     * @throws java.util.NoSuchElementException if the node has no value
     */
    public double get(String id) {
        return values[presentIndex(id)];
    }

    @Override
    public Object boxed(int v) {
        return isPresent(v) ? Double.valueOf(values[v]) : null;
    }

    /** A copy of the values, indexed by node. */
    public double[] toArray() {
        return Arrays.copyOf(values, values.length);
    }

    /** The sum of the present values, in node order. */
    public double sum() {
        double sum = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum += value;
            }
        }
        return sum;
    }
}
