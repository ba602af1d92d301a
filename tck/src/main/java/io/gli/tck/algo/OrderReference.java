package io.gli.tck.algo;

import io.gli.Graph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kit's topological order, over a graph's ID-level reads: what {@link
 * io.gli.algo.TopologicalSort} must match. Kahn's algorithm with a first-in, first-out queue,
 * started with the nodes without predecessors in {@link Graph#nodes()} order.
 */
final class OrderReference {
    private OrderReference() {}

    /** The order, or empty if the graph has a cycle. */
    static Optional<List<String>> kahn(Graph graph) {
        Map<String, Integer> waiting = new HashMap<>();
        ArrayDeque<String> ready = new ArrayDeque<>();
        for (String v : graph.nodes()) {
            waiting.put(v, graph.predecessors(v).size());
            if (waiting.get(v) == 0) {
                ready.add(v);
            }
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String v = ready.poll();
            order.add(v);
            for (String w : graph.successors(v)) {
                int left = waiting.merge(w, -1, Integer::sum);
                if (left == 0) {
                    ready.add(w);
                }
            }
        }
        return order.size() == graph.nodeCount() ? Optional.of(order) : Optional.empty();
    }
}
