package io.gli.algo;

import io.gli.Edge;
import io.gli.Topology;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A spanning forest of a topology: its edges, each named by its slot (a position in the topology's
 * out-lists), in the order they were chosen. Immutable.
 *
 * <p>Representation: the slots, an {@code int[]} (4 bytes per edge), and the total weight; {@link
 * #edges()} decodes IDs and boxes weights only as its elements are read.
 */
public final class SpanningForestResult {
    private final Topology topology;
    private final int[] slots;
    private final double totalWeight;

    /** Takes {@code slots} (not copied). */
    SpanningForestResult(Topology topology, int[] slots, double totalWeight) {
        this.topology = topology;
        this.slots = slots;
        this.totalWeight = totalWeight;
    }

    /** The number of edges: the node count less the number of trees. */
    public int edgeCount() {
        return slots.length;
    }

    /** The sum of the edges' weights, added in the order they were chosen. */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * The edges in the order chosen: source the node whose list holds the slot, target the entry
     * there; attributes a map from the topology's weight key to the weight, a Double (a Long weight
     * of the graph comes back converted, as the topology holds it).
     */
    public List<Edge> edges() {
        return new Edges();
    }

    /**
     * The out-list positions ({@link Topology#outTarget(int)}) of the edges, in the order chosen.
     */
    public int[] slots() {
        return Arrays.copyOf(slots, slots.length);
    }

    /** The topology the forest spans. */
    public Topology topology() {
        return topology;
    }

    @Override
    public String toString() {
        return "spanning forest of " + slots.length + " edges, total weight " + totalWeight;
    }

    private final class Edges extends AbstractList<Edge> implements RandomAccess {
        @Override
        public Edge get(int index) {
            int slot = slots[java.util.Objects.checkIndex(index, slots.length)];
            return new Edge(
                    topology.id(SpanningForest.sourceOf(topology, slot)),
                    topology.id(topology.outTarget(slot)),
                    Map.of(topology.weightKey(), topology.outWeight(slot)));
        }

        @Override
        public int size() {
            return slots.length;
        }
    }
}
