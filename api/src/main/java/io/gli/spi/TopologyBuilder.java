package io.gli.spi;

import io.gli.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Topology} from a store's ID-keyed reads: the default of {@link
 * GraphStore#topology}, correct on any store, at the cost of a hash lookup of a String per list
 * entry. A store with arrays of its own overrides {@link GraphStore#topology} and copies them.
 */
final class TopologyBuilder {
    private final GraphStore store;
    private final List<String> ids;
    private final Map<String, Integer> index;

    private TopologyBuilder(GraphStore store) {
        this.store = store;
        ids = store.nodes();
        index = new HashMap<>(ids.size() * 4 / 3 + 1);
        for (int v = 0; v < ids.size(); v++) {
            index.put(ids.get(v), v);
        }
    }

    /** The store's topology; called under its read lock. */
    static Topology build(GraphStore store, boolean directed, String weightKey) {
        return new TopologyBuilder(store).build(directed, weightKey);
    }

    private Topology build(boolean directed, String weightKey) {
        int n = ids.size();
        int[] outOffsets = new int[n + 1];
        int[] outTargets = lists(directed ? Direction.OUT : Direction.BOTH, outOffsets);
        double[] outWeights =
                weightKey == null ? null : weights(outOffsets, outTargets, weightKey, false);
        if (!directed) {
            return new Topology(
                    false,
                    ids,
                    store.edgeCount(),
                    outOffsets,
                    outTargets,
                    null,
                    null,
                    weightKey,
                    outWeights,
                    null);
        }
        int[] inOffsets = new int[n + 1];
        int[] inSources = lists(Direction.IN, inOffsets);
        double[] inWeights =
                weightKey == null ? null : weights(inOffsets, inSources, weightKey, true);
        return new Topology(
                true,
                ids,
                store.edgeCount(),
                outOffsets,
                outTargets,
                inOffsets,
                inSources,
                weightKey,
                outWeights,
                inWeights);
    }

    private enum Direction {
        OUT,
        IN,
        BOTH
    }

    /** Fills {@code offsets} and returns the entries of every node's list in that direction. */
    private int[] lists(Direction direction, int[] offsets) {
        int n = ids.size();
        List<List<String>> lists = new java.util.ArrayList<>(n);
        int total = 0;
        for (int v = 0; v < n; v++) {
            String id = ids.get(v);
            List<String> list =
                    switch (direction) {
                        case OUT -> store.successors(id);
                        case IN -> store.predecessors(id);
                        case BOTH -> store.neighbors(id);
                    };
            lists.add(list);
            total = Math.addExact(total, list.size());
            offsets[v + 1] = total;
        }
        int[] entries = new int[total];
        int i = 0;
        for (List<String> list : lists) {
            for (String other : list) {
                entries[i++] = index.get(other);
            }
        }
        return entries;
    }

    /**
     * The weight of every entry; {@code reversed}: an entry of {@code v}'s list is the edge from
     * the entry to {@code v}.
     */
    private double[] weights(int[] offsets, int[] entries, String key, boolean reversed) {
        double[] weights = new double[entries.length];
        for (int v = 0; v < ids.size(); v++) {
            String id = ids.get(v);
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                String other = ids.get(entries[i]);
                String source = reversed ? other : id;
                String target = reversed ? id : other;
                weights[i] =
                        Weights.of(source, target, key, store.edgeAttribute(source, target, key));
            }
        }
        return weights;
    }
}
