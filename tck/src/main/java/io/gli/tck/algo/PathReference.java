package io.gli.tck.algo;

import io.gli.Graph;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kit's Dijkstra, over a graph's ID-level reads: what {@link io.gli.algo.ShortestPaths} must
 * match. The textbook form without a heap: each round settles the unsettled node of least distance
 * (of equals, the first in {@link Graph#nodes()} order, which is topology index order), then lowers
 * the distances of its successors ({@link Graph#neighbors} when undirected) in list order, a node's
 * parent set only by a strictly shorter distance.
 */
final class PathReference {
    private PathReference() {}

    /** Distances and parents by ID; the source has no parent, unreached nodes neither entry. */
    record Dijkstra(Map<String, Double> distances, Map<String, String> parents) {}

    static Dijkstra dijkstra(Graph graph, String source, String weightKey) {
        List<String> nodes = graph.nodes();
        Map<String, Double> distances = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        Set<String> settled = new HashSet<>();
        distances.put(source, 0.0);
        while (true) {
            String next = null;
            for (String v : nodes) {
                if (distances.containsKey(v)
                        && !settled.contains(v)
                        && (next == null || distances.get(v) < distances.get(next))) {
                    next = v;
                }
            }
            if (next == null) {
                return new Dijkstra(distances, parents);
            }
            settled.add(next);
            List<String> out = graph.isDirected() ? graph.successors(next) : graph.neighbors(next);
            for (String w : out) {
                double candidate = distances.get(next) + weight(graph, next, w, weightKey);
                if (candidate < distances.getOrDefault(w, Double.POSITIVE_INFINITY)) {
                    distances.put(w, candidate);
                    parents.put(w, next);
                }
            }
        }
    }

    /** The edge's weight attribute as a double. */
    static double weight(Graph graph, String source, String target, String weightKey) {
        return ((Number) graph.edgeAttribute(source, target, weightKey).orElseThrow())
                .doubleValue();
    }

    /** The summed weight of a path of IDs, edge by edge from its start. */
    static double length(Graph graph, List<String> path, String weightKey) {
        double length = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            length += weight(graph, path.get(i), path.get(i + 1), weightKey);
        }
        return length;
    }
}
