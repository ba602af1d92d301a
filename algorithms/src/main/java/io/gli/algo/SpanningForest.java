package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;

/**
 * Minimum spanning forests, by Kruskal's algorithm: the edges in order of weight, each kept unless
 * it closes a cycle (a union-find tells), giving a minimum spanning tree of every connected
 * component.
 */
public final class SpanningForest {
    private static final String NAME = "minimum spanning forest";

    private SpanningForest() {}

    /**
     * A minimum spanning forest of an undirected topology, weighted by its weights, as NetworkX's
     * {@code minimum_spanning_edges(algorithm="kruskal")}: edges taken in order of weight, equal
     * weights in slot order (each edge considered at the slot in its lower-indexed endpoint's
     * list), self-loops never. Any weight but NaN is allowed, negative and infinite ones too.
     *
     * @param topology undirected, taken with a weight key ({@code graph.topology(key)})
     * @return the forest: {@code nodeCount - components} edges
     * @throws IllegalArgumentException if the topology is directed (as NetworkX, which refuses
     *     directed graphs: a minimum spanning arborescence is another problem), has no weights, or
     *     has a NaN weight, naming the edge, the key and the value
     * @throws java.util.concurrent.CancellationException if the thread is interrupted
     */
    public static SpanningForestResult minimum(Topology topology) {
        if (topology.isDirected()) {
            throw new IllegalArgumentException(
                    "a spanning forest is defined here on undirected graphs; got a directed"
                            + " topology (take the graph undirected)");
        }
        if (!topology.hasWeights()) {
            throw new IllegalArgumentException(
                    "a minimum spanning forest needs weights; take the topology with"
                            + " graph.topology(key)");
        }
        int[] candidates = candidateSlots(topology);
        sortByWeight(topology, candidates);
        return choose(topology, candidates);
    }

    /** Each edge once, at the slot in its lower-indexed endpoint's list; no self-loops. */
    private static int[] candidateSlots(Topology topology) {
        int n = topology.nodeCount();
        int[] slots = new int[(int) Math.min(topology.edgeCount(), topology.outEntries())];
        int count = 0;
        for (int v = 0; v < n; v++) {
            if ((v & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(NAME);
            }
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                int target = topology.outTarget(i);
                if (v < target) {
                    double weight = topology.outWeight(i);
                    if (Double.isNaN(weight)) {
                        throw new IllegalArgumentException(
                                "edge "
                                        + NodeValues.quote(topology.id(v))
                                        + " -- "
                                        + NodeValues.quote(topology.id(target))
                                        + " has weight "
                                        + NodeValues.quote(topology.weightKey())
                                        + " = NaN; expected a number");
                    }
                    slots[count++] = i;
                }
            }
        }
        return count == slots.length ? slots : Arrays.copyOf(slots, count);
    }

    /**
     * Sorts {@code slots} by (weight, slot), with primitive sorts only: each weight becomes a long
     * whose signed order is the weights' order, is replaced by its rank among the distinct ones,
     * and (rank, slot) packed in one long is sorted.
     */
    private static void sortByWeight(Topology topology, int[] slots) {
        int count = slots.length;
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            keys[k] = orderedBits(topology.outWeight(slots[k]));
        }
        long[] distinct = keys.clone();
        Arrays.sort(distinct);
        int distinctCount = 0;
        for (int k = 0; k < count; k++) {
            if (k == 0 || distinct[k] != distinct[k - 1]) {
                distinct[distinctCount++] = distinct[k];
            }
        }
        Interrupts.check(NAME);
        for (int k = 0; k < count; k++) {
            long rank = Arrays.binarySearch(distinct, 0, distinctCount, keys[k]);
            keys[k] = rank << 32 | slots[k];
        }
        Arrays.sort(keys);
        for (int k = 0; k < count; k++) {
            slots[k] = (int) keys[k];
        }
        Interrupts.check(NAME);
    }

    /** A long whose signed order is {@link Double#compare}'s order of non-NaN doubles. */
    private static long orderedBits(double weight) {
        long bits = Double.doubleToRawLongBits(weight);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static SpanningForestResult choose(Topology topology, int[] sorted) {
        int n = topology.nodeCount();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] owner = new int[topology.outEntries()]; // the node whose list holds each slot
        for (int v = 0; v < n; v++) {
            Arrays.fill(owner, topology.outBegin(v), topology.outEnd(v), v);
        }
        int[] chosen = new int[Math.max(0, n - 1)];
        int count = 0;
        double total = 0;
        for (int k = 0; k < sorted.length && count < chosen.length; k++) {
            if ((k & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(NAME);
            }
            int slot = sorted[k];
            int a = root(parent, owner[slot]);
            int b = root(parent, topology.outTarget(slot));
            if (a != b) {
                if (size[a] < size[b]) {
                    int swap = a;
                    a = b;
                    b = swap;
                }
                parent[b] = a;
                size[a] += size[b];
                chosen[count++] = slot;
                total += topology.outWeight(slot);
            }
        }
        return new SpanningForestResult(
                topology, count == chosen.length ? chosen : Arrays.copyOf(chosen, count), total);
    }

    /** The root of {@code v}'s set, halving the path on the way. */
    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** The node whose out-list holds {@code slot}: a binary search over the offsets. */
    static int sourceOf(Topology topology, int slot) {
        int low = 0;
        int high = topology.nodeCount() - 1;
        while (low < high) { // the last node whose list begins at or before the slot
            int mid = (low + high + 1) >>> 1;
            if (topology.outBegin(mid) <= slot) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
