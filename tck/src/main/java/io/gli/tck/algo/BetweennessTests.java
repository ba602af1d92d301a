package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Betweenness;
import io.gli.algo.NodeDoubles;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import io.gli.tck.algo.GraphShapes.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Betweenness: exact values against the kit's own count over every pair of nodes (shortest-path
 * counts from each node by a plain Dijkstra over the graph's ID-level reads, then, for each pair
 * {@code s, t} and node {@code v} on a shortest path, {@code sigma(s,v) sigma(v,t) / sigma(s,t)}),
 * in hops and by weight, normalized as NetworkX; identical on the backend's topology and the kit's
 * and for every thread count; a sample of every node equal to the exact values.
 */
public class BetweennessTests {

    /**
     * The betweenness of each node (in {@code graph.nodes()} order), over ordered pairs on a
     * directed graph and unordered ones on an undirected graph; edges weigh their {@code "w"} if
     * {@code weighted}, else 1.
     */
    private static double[] reference(Graph graph, boolean weighted, boolean normalized) {
        List<String> nodes = graph.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (String id : nodes) {
            index.put(id, index.size());
        }
        double[][] distance = new double[n][];
        double[][] paths = new double[n][];
        for (int s = 0; s < n; s++) {
            distance[s] = new double[n];
            paths[s] = new double[n];
            Arrays.fill(distance[s], Double.POSITIVE_INFINITY);
            distance[s][s] = 0;
            boolean[] done = new boolean[n];
            List<Integer> settled = new ArrayList<>();
            while (true) { // a plain quadratic Dijkstra
                int next = -1;
                for (int v = 0; v < n; v++) {
                    if (!done[v]
                            && distance[s][v] < Double.POSITIVE_INFINITY
                            && (next < 0 || distance[s][v] < distance[s][next])) {
                        next = v;
                    }
                }
                if (next < 0) {
                    break;
                }
                done[next] = true;
                settled.add(next);
                String from = nodes.get(next);
                for (String to : graph.successors(from)) {
                    int t = index.get(to);
                    double through = distance[s][next] + length(graph, from, to, weighted);
                    if (through < distance[s][t]) {
                        distance[s][t] = through;
                    }
                }
            }
            // paths to each node: the sum over its predecessors on shortest paths, nearest first
            for (int v : settled) {
                if (v == s) {
                    paths[s][v] = 1;
                    continue;
                }
                String to = nodes.get(v);
                for (String from : graph.predecessors(to)) {
                    int u = index.get(from);
                    if (u != v
                            && distance[s][u] + length(graph, from, to, weighted)
                                    == distance[s][v]) {
                        paths[s][v] += paths[s][u];
                    }
                }
            }
        }
        double[] betweenness = new double[n];
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                if (s == t
                        || paths[s][t] == 0
                        || (!graph.isDirected() && t < s)) { // an unordered pair once
                    continue;
                }
                for (int v = 0; v < n; v++) {
                    if (v != s && v != t && distance[s][v] + distance[v][t] == distance[s][t]) {
                        betweenness[v] += paths[s][v] * paths[v][t] / paths[s][t];
                    }
                }
            }
        }
        if (normalized && n > 2) {
            double pairs = (n - 1) * (n - 2) / (graph.isDirected() ? 1.0 : 2.0);
            for (int v = 0; v < n; v++) {
                betweenness[v] /= pairs;
            }
        }
        return betweenness;
    }

    private static double length(Graph graph, String from, String to, boolean weighted) {
        return weighted
                ? ((Number) graph.edgeAttribute(from, to, GraphShapes.WEIGHT).orElseThrow())
                        .doubleValue()
                : 1;
    }

    private static void check(Shape shape) {
        Graph graph = shape.graph();
        for (String key : new String[] {null, GraphShapes.WEIGHT}) {
            Topology topology = key == null ? graph.topology() : graph.topology(key);
            String what = shape + (key == null ? "" : ", weighted");
            for (boolean normalized : new boolean[] {false, true}) {
                double[] expected = reference(graph, key != null, normalized);
                double[] actual = Betweenness.exact(topology, normalized, 1).toArray();
                for (int v = 0; v < expected.length; v++) {
                    assertEquals(
                            expected[v],
                            actual[v],
                            1e-9 * Math.max(1, Math.abs(expected[v])),
                            what + ", normalized " + normalized + ": " + topology.id(v));
                }
                assertArrayEquals(
                        actual,
                        Betweenness.exact(KitTopology.of(graph, key), normalized, 1).toArray(),
                        what + ": kit topology");
                assertArrayEquals(
                        actual,
                        Betweenness.exact(topology, normalized, 3).toArray(),
                        what + ": 3 threads");
            }
            int n = topology.nodeCount();
            assertArrayEquals(
                    Betweenness.exact(topology, true, 1).toArray(),
                    Betweenness.sampled(topology, n, 5, true, 2).toArray(),
                    what + ": a sample of every node");
            int k = n / 3;
            assertArrayEquals(
                    Betweenness.sampled(KitTopology.of(graph, key), k, 5, true, 1).toArray(),
                    Betweenness.sampled(topology, k, 5, true, 2).toArray(),
                    what + ": sampled, kit topology");
        }
    }

    @GraphTest
    void exactMatchesThePairCount(Fixture fixture) {
        GraphShapes.loopFree(fixture).forEach(BetweennessTests::check);
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsLieOnNoShortestPath(Fixture fixture) {
        GraphShapes.withLoops(fixture).forEach(BetweennessTests::check);
    }

    private static void assertValues(double[] expected, NodeDoubles actual) {
        assertArrayEquals(expected, actual.toArray(), 1e-12);
    }

    @GraphTest
    void pathOfFive(Fixture fixture) {
        Graph graph = EdgeText.graph(fixture, "a b c d e | a-b b-c c-d d-e");
        // pairs through b: (a,c) (a,d) (a,e); through c: (a,d) (a,e) (b,d) (b,e)
        assertValues(new double[] {0, 3, 4, 3, 0}, Betweenness.exact(graph.topology(), false));
        // normalized by the pairs of other nodes: 12 ordered, 6 unordered
        double pairs = fixture.directed() ? 12 : 6;
        assertValues(
                new double[] {0, 3 / pairs, 4 / pairs, 3 / pairs, 0},
                Betweenness.exact(graph.topology(), true));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void weightsReroutePaths(Fixture fixture) {
        // by hops a reaches c directly; by weight through b
        Graph graph = EdgeText.graph(fixture, "a b c | a-b:1 b-c:1 a-c:3");
        assertValues(new double[] {0, 0, 0}, Betweenness.exact(graph.topology(), false));
        assertValues(
                new double[] {0, 1, 0},
                Betweenness.exact(graph.topology(GraphShapes.WEIGHT), false));
    }
}
