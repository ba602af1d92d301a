package io.gli.tck.algo;

import io.gli.Graph;
import io.gli.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kit's own topology of a graph, built only from the graph's ID-level reads ({@link
 * Graph#nodes()}, {@link Graph#successors}, {@link Graph#predecessors}, {@link Graph#neighbors},
 * {@link Graph#edgeAttribute}): what a backend's {@link Graph#topology()} must equal, entry for
 * entry. An algorithm is a function of its topology, so running it on this one and on the backend's
 * and getting the same result shows the backend gives the same results as every other.
 */
public final class KitTopology {
    private KitTopology() {}

    /** The graph's topology, with weights from {@code weightKey} (null for none). */
    public static Topology of(Graph graph, String weightKey) {
        List<String> ids = List.copyOf(graph.nodes());
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < ids.size(); v++) {
            index.put(ids.get(v), v);
        }
        boolean directed = graph.isDirected();
        int[][] out = lists(graph, ids, index, directed ? "out" : "both");
        double[] outWeights = weights(graph, ids, out, weightKey, false);
        if (!directed) {
            return new Topology(
                    false,
                    ids,
                    graph.edgeCount(),
                    out[0],
                    out[1],
                    null,
                    null,
                    weightKey,
                    outWeights,
                    null);
        }
        int[][] in = lists(graph, ids, index, "in");
        return new Topology(
                true,
                ids,
                graph.edgeCount(),
                out[0],
                out[1],
                in[0],
                in[1],
                weightKey,
                outWeights,
                weights(graph, ids, in, weightKey, true));
    }

    /** {offsets, entries} of every node's list in {@code direction}. */
    private static int[][] lists(
            Graph graph, List<String> ids, Map<String, Integer> index, String direction) {
        int[] offsets = new int[ids.size() + 1];
        List<List<String>> lists = new java.util.ArrayList<>();
        for (int v = 0; v < ids.size(); v++) {
            String id = ids.get(v);
            List<String> list =
                    switch (direction) {
                        case "out" -> graph.successors(id);
                        case "in" -> graph.predecessors(id);
                        default -> graph.neighbors(id);
                    };
            lists.add(list);
            offsets[v + 1] = offsets[v] + list.size();
        }
        int[] entries = new int[offsets[ids.size()]];
        int i = 0;
        for (List<String> list : lists) {
            for (String other : list) {
                entries[i++] = index.get(other);
            }
        }
        return new int[][] {offsets, entries};
    }

    private static double[] weights(
            Graph graph, List<String> ids, int[][] lists, String key, boolean reversed) {
        if (key == null) {
            return null;
        }
        int[] offsets = lists[0];
        int[] entries = lists[1];
        double[] weights = new double[entries.length];
        for (int v = 0; v < ids.size(); v++) {
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                String a = reversed ? ids.get(entries[i]) : ids.get(v);
                String b = reversed ? ids.get(v) : ids.get(entries[i]);
                Object value = graph.edgeAttribute(a, b, key).orElseThrow();
                weights[i] = ((Number) value).doubleValue();
            }
        }
        return weights;
    }
}
