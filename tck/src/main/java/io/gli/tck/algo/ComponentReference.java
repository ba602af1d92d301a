package io.gli.tck.algo;

import io.gli.Graph;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kit's components, over a graph's ID-level reads: what {@link io.gli.algo.Components} must
 * match. Labels are numbered as the algorithm's: in {@link Graph#nodes()} order, each node not yet
 * labelled starting the next component.
 */
final class ComponentReference {
    private ComponentReference() {}

    /**
     * Weakly connected (on an undirected graph, connected) components: what can be reached along
     * {@link Graph#neighbors}, which on a directed graph joins successors and predecessors.
     */
    static Map<String, Integer> weak(Graph graph) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        int next = 0;
        for (String root : graph.nodes()) {
            if (labels.containsKey(root)) {
                continue;
            }
            for (String v : reachable(graph, root, false)) {
                labels.put(v, next);
            }
            next++;
        }
        return labels;
    }

    /**
     * Strongly connected components by their definition: {@code u} and {@code v} are in one if each
     * reaches the other along successors.
     */
    static Map<String, Integer> strong(Graph graph) {
        Map<String, Set<String>> reach = new LinkedHashMap<>();
        for (String v : graph.nodes()) {
            reach.put(v, reachable(graph, v, true));
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        int next = 0;
        for (String root : graph.nodes()) {
            if (labels.containsKey(root)) {
                continue;
            }
            for (String v : reach.get(root)) {
                if (reach.get(v).contains(root)) {
                    labels.put(v, next);
                }
            }
            next++;
        }
        // labels were put in reach order; list them in node order, as the algorithm's are
        Map<String, Integer> inNodeOrder = new LinkedHashMap<>();
        for (String v : graph.nodes()) {
            inNodeOrder.put(v, labels.get(v));
        }
        return inNodeOrder;
    }

    /** The nodes reachable from {@code root}, itself included. */
    private static Set<String> reachable(Graph graph, String root, boolean alongEdges) {
        Set<String> seen = new HashSet<>(List.of(root));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : alongEdges ? graph.successors(v) : graph.neighbors(v)) {
                if (seen.add(w)) {
                    queue.add(w);
                }
            }
        }
        return seen;
    }
}
