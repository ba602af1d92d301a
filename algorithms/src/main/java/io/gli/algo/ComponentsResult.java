package io.gli.algo;

import io.gli.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A partition of the nodes into components, labelled {@code 0} to {@code count() - 1} in the order
 * of each component's lowest node index: node 0 is in component 0, the lowest-indexed node not in
 * it in component 1, and so on. The labels therefore depend only on the partition and the node
 * order, not on how it was found.
 *
 * <p>Representation: a label per node ({@code int[]}, 4 bytes per node) and a size per component
 * ({@code int[]}). Immutable.
 */
public final class ComponentsResult {
    private final Topology topology;
    private final NodeInts labels;
    private final int[] sizes;

    /** Takes {@code labels} (canonical, as described above; not copied). */
    ComponentsResult(Topology topology, int[] labels, int count) {
        this.topology = topology;
        this.labels = new NodeInts(topology, labels, -1);
        this.sizes = new int[count];
        for (int label : labels) {
            sizes[label]++;
        }
    }

    /**
     * Turns any labelling into the canonical one: {@code raw} holds a label per node, any values
     * below {@code rawCount}, equal exactly for nodes of the same component; it is relabelled in
     * place.
     */
    static ComponentsResult canonical(Topology topology, int[] raw, int rawCount) {
        int[] renamed = new int[rawCount];
        Arrays.fill(renamed, -1);
        int count = 0;
        for (int v = 0; v < raw.length; v++) {
            int label = renamed[raw[v]];
            if (label < 0) {
                label = count++;
                renamed[raw[v]] = label;
            }
            raw[v] = label;
        }
        return new ComponentsResult(topology, raw, count);
    }

    /** The topology partitioned. */
    public Topology topology() {
        return topology;
    }

    /** Each node's component label, {@code 0 <= label < count()}; every node has one. */
    public NodeInts labels() {
        return labels;
    }

    /** The number of components (0 on a graph without nodes). */
    public int count() {
        return sizes.length;
    }

    /**
     * The number of nodes in component {@code label}.
     *
     * @throws IndexOutOfBoundsException if {@code label} is not in {@code [0, count())}
     */
    public int size(int label) {
        return sizes[Objects.checkIndex(label, sizes.length)];
    }

    /** The label of the largest component, the lowest such label on a tie; -1 if there is none. */
    public int largest() {
        int best = -1;
        for (int label = 0; label < sizes.length; label++) {
            if (best < 0 || sizes[label] > sizes[best]) {
                best = label;
            }
        }
        return best;
    }

    /** The components in label order, each its node IDs in index order. */
    public List<List<String>> components() {
        List<List<String>> components = new ArrayList<>(sizes.length);
        for (int size : sizes) {
            components.add(new ArrayList<>(size));
        }
        for (int v = 0; v < topology.nodeCount(); v++) {
            components.get(labels.get(v)).add(topology.id(v));
        }
        List<List<String>> frozen = new ArrayList<>(sizes.length);
        for (List<String> component : components) {
            frozen.add(List.copyOf(component));
        }
        return List.copyOf(frozen);
    }

    @Override
    public String toString() {
        return count() + " components of " + topology.nodeCount() + " nodes";
    }
}
