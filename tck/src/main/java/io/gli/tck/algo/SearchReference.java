package io.gli.tck.algo;

import io.gli.Graph;
import io.gli.algo.Direction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kit's breadth- and depth-first searches, over a graph's ID-level reads: what {@link
 * io.gli.algo.Traversal} must match. Written for clarity (maps of IDs, a recursive depth-first
 * search), for the kit's graphs of a few hundred nodes.
 */
final class SearchReference {
    private SearchReference() {}

    /**
     * The nodes a search in {@code direction} goes on to from {@code id}, in the order it tries
     * them: successors, predecessors, or (directed, both ways) successors then predecessors. On an
     * undirected graph every direction reads the neighbors.
     */
    static List<String> next(Graph graph, String id, Direction direction) {
        if (!graph.isDirected()) {
            return graph.neighbors(id);
        }
        return switch (direction) {
            case OUT -> graph.successors(id);
            case IN -> graph.predecessors(id);
            case BOTH -> {
                List<String> both = new ArrayList<>(graph.successors(id));
                both.addAll(graph.predecessors(id));
                yield both;
            }
        };
    }

    /**
     * A breadth-first search's findings by ID; a source's parent is absent from {@code parents}.
     */
    record Bfs(Map<String, Integer> distances, Map<String, String> parents, List<String> order) {}

    /**
     * Breadth-first search from {@code sources}, all at distance 0, in order, repeats ignored: a
     * first-in, first-out queue, each node's parent the node it was first seen from.
     */
    static Bfs bfs(Graph graph, List<String> sources, Direction direction) {
        Map<String, Integer> distances = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String source : sources) {
            if (!distances.containsKey(source)) {
                distances.put(source, 0);
                order.add(source);
                queue.add(source);
            }
        }
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : next(graph, v, direction)) {
                if (!distances.containsKey(w)) {
                    distances.put(w, distances.get(v) + 1);
                    parents.put(w, v);
                    order.add(w);
                    queue.add(w);
                }
            }
        }
        return new Bfs(distances, parents, order);
    }

    /** A depth-first search's orders of IDs. */
    record Dfs(List<String> preorder, List<String> postorder) {}

    /** Depth-first search from each of {@code roots} in turn that is not yet visited. */
    static Dfs dfs(Graph graph, List<String> roots, Direction direction) {
        Dfs orders = new Dfs(new ArrayList<>(), new ArrayList<>());
        Set<String> visited = new HashSet<>();
        for (String root : roots) {
            if (!visited.contains(root)) {
                visit(graph, root, direction, visited, orders);
            }
        }
        return orders;
    }

    private static void visit(
            Graph graph, String v, Direction direction, Set<String> visited, Dfs orders) {
        visited.add(v);
        orders.preorder().add(v);
        for (String w : next(graph, v, direction)) {
            if (!visited.contains(w)) {
                visit(graph, w, direction, visited, orders);
            }
        }
        orders.postorder().add(v);
    }
}
