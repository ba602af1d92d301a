package io.gli.tck.algo;

import io.gli.Graph;
import io.gli.tck.Fixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kit's own ranking, clustering and core algorithms, written from their definitions over the
 * graph's ID-level reads (maps keyed by ID, sets of neighbors), for clarity and not speed: what
 * {@code io.gli.algo}'s PageRank, Degrees, Triangles, Clustering and Cores must agree with on every
 * backend.
 */
public final class RankReferences {
    private RankReferences() {}

    /**
     * A graph of the fixture's backend and direction with nodes {@code nodes} ({@code "a b c"}, in
     * that order) and edges {@code edges} ({@code "a>b b>c"}, in that order; {@code >} read as
     * {@code -} on an undirected graph).
     */
    public static Graph graph(Fixture fixture, String nodes, String edges) {
        Graph graph = fixture.open();
        for (String id : nodes.split(" ", -1)) {
            graph.addNode(id);
        }
        if (!edges.isEmpty()) {
            for (String edge : edges.split(" ", -1)) {
                String[] ends = edge.split(">", -1);
                graph.addEdge(ends[0], ends[1]);
            }
        }
        return graph;
    }

    /** A PageRank run: the ranks by ID in node order, and how the iteration ended. */
    public record PageRankRun(Map<String, Double> ranks, int iterations, boolean converged) {}

    /**
     * PageRank as NetworkX's {@code pagerank} computes it: start at {@code 1/n}; each iteration
     * every node pushes {@code damping} of its rank to its successors, evenly or by weight, the
     * dangling nodes' rank and the jumps go by the personalization; stop when the L1 change is
     * below {@code n * tolerance}.
     *
     * @param personalization weights by ID (scaled to sum 1), or null for uniform
     * @param weightKey the edge attribute holding the weights, or null for unweighted
     */
    public static PageRankRun pageRank(
            Graph graph,
            double damping,
            double tolerance,
            int maxIterations,
            Map<String, Double> personalization,
            String weightKey) {
        List<String> nodes = graph.nodes();
        int n = nodes.size();
        if (n == 0) {
            return new PageRankRun(Map.of(), 0, true);
        }
        Map<String, Double> jump = new LinkedHashMap<>();
        double jumpSum = 0;
        for (String id : nodes) {
            double weight = personalization == null ? 1.0 : personalization.getOrDefault(id, 0.0);
            jump.put(id, weight);
            jumpSum += weight;
        }
        for (String id : nodes) {
            jump.put(id, jump.get(id) / jumpSum);
        }
        Map<String, Double> outWeight = new LinkedHashMap<>();
        for (String id : nodes) {
            double sum = 0;
            for (String successor : graph.successors(id)) {
                sum += weight(graph, id, successor, weightKey);
            }
            outWeight.put(id, sum);
        }
        Map<String, Double> ranks = new LinkedHashMap<>();
        for (String id : nodes) {
            ranks.put(id, 1.0 / n);
        }
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            double dangling = 0;
            for (String id : nodes) {
                if (outWeight.get(id) == 0) {
                    dangling += ranks.get(id);
                }
            }
            Map<String, Double> pushed = new LinkedHashMap<>();
            for (String id : nodes) {
                pushed.put(id, 0.0);
            }
            for (String id : nodes) {
                for (String successor : graph.successors(id)) {
                    double share = weight(graph, id, successor, weightKey) / outWeight.get(id);
                    pushed.merge(successor, ranks.get(id) * share, Double::sum);
                }
            }
            Map<String, Double> next = new LinkedHashMap<>();
            double error = 0;
            for (String id : nodes) {
                double rank =
                        damping * (pushed.get(id) + dangling * jump.get(id))
                                + (1 - damping) * jump.get(id);
                next.put(id, rank);
                error += Math.abs(rank - ranks.get(id));
            }
            ranks = next;
            if (error < n * tolerance) {
                return new PageRankRun(ranks, iteration, true);
            }
        }
        return new PageRankRun(ranks, maxIterations, false);
    }

    private static double weight(Graph graph, String source, String target, String key) {
        return key == null
                ? 1.0
                : ((Number) graph.edgeAttribute(source, target, key).orElseThrow()).doubleValue();
    }

    /** A node's neighbors in the simple undirected graph: joined either way, itself left out. */
    public static Set<String> simpleNeighbors(Graph graph, String id) {
        Set<String> neighbors = new HashSet<>(graph.neighbors(id));
        neighbors.remove(id);
        return neighbors;
    }

    /** The number of triangles at each node: the joined pairs among its simple neighbors. */
    public static Map<String, Long> triangles(Graph graph) {
        Map<String, Long> triangles = new LinkedHashMap<>();
        for (String id : graph.nodes()) {
            List<String> neighbors = new ArrayList<>(simpleNeighbors(graph, id));
            long count = 0;
            for (int i = 0; i < neighbors.size(); i++) {
                Set<String> around = simpleNeighbors(graph, neighbors.get(i));
                for (int j = i + 1; j < neighbors.size(); j++) {
                    if (around.contains(neighbors.get(j))) {
                        count++;
                    }
                }
            }
            triangles.put(id, count);
        }
        return triangles;
    }

    /** Each node's clustering coefficient, {@code 2T / (d (d - 1))}, 0 below two neighbors. */
    public static Map<String, Double> clustering(Graph graph) {
        Map<String, Long> triangles = triangles(graph);
        Map<String, Double> clustering = new LinkedHashMap<>();
        for (String id : graph.nodes()) {
            long d = simpleNeighbors(graph, id).size();
            clustering.put(id, d < 2 ? 0.0 : 2.0 * triangles.get(id) / (double) (d * (d - 1)));
        }
        return clustering;
    }

    /**
     * Core numbers by peeling: with {@code k} from 0 up, take away a node with at most {@code k}
     * neighbors left (the first in node order) while there is one, giving it core number {@code k};
     * then raise {@code k}.
     */
    public static Map<String, Integer> cores(Graph graph) {
        Map<String, Set<String>> left = new LinkedHashMap<>();
        for (String id : graph.nodes()) {
            left.put(id, simpleNeighbors(graph, id));
        }
        Map<String, Integer> cores = new LinkedHashMap<>();
        int k = 0;
        while (!left.isEmpty()) {
            String low = null;
            for (Map.Entry<String, Set<String>> entry : left.entrySet()) {
                if (entry.getValue().size() <= k) {
                    low = entry.getKey();
                    break;
                }
            }
            if (low == null) {
                k++;
                continue;
            }
            cores.put(low, k);
            for (String neighbor : left.remove(low)) {
                left.get(neighbor).remove(low);
            }
        }
        return cores;
    }
}
