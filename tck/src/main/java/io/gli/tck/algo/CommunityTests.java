package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Communities;
import io.gli.algo.CommunityResult;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import io.gli.tck.algo.GraphShapes.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Communities: label propagation against the kit's own run of LDBC's CDLP over the graph's ID-level
 * reads; the modularity of both algorithms' partitions against the kit's own NetworkX modularity;
 * Louvain's partition never worse than singletons and identical on the backend's topology and the
 * kit's; labels numbered in order of each community's first node.
 */
public class CommunityTests {
    private static final int ROUNDS = 12;

    // ---- the kit's references

    /** CDLP, as LDBC describes it, over IDs: labels by node (initially the node's position). */
    private static Map<String, Integer> referenceCdlp(
            Graph graph, int maxIterations, int[] rounds) {
        List<String> nodes = graph.nodes();
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            labels.put(nodes.get(i), i);
        }
        rounds[0] = 0;
        for (int round = 0; round < maxIterations; round++) {
            Map<String, Integer> next = new HashMap<>();
            for (String id : nodes) {
                List<String> seen = new ArrayList<>();
                if (graph.isDirected()) {
                    seen.addAll(graph.successors(id));
                    seen.addAll(graph.predecessors(id));
                } else {
                    seen.addAll(graph.neighbors(id));
                }
                TreeMap<Integer, Integer> counts = new TreeMap<>(); // ascending: ties to smallest
                for (String other : seen) {
                    counts.merge(labels.get(other), 1, Integer::sum);
                }
                int best = labels.get(id);
                int bestCount = 0;
                for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
                    if (entry.getValue() > bestCount) {
                        best = entry.getKey();
                        bestCount = entry.getValue();
                    }
                }
                next.put(id, best);
            }
            rounds[0]++;
            boolean changed = !next.equals(labels);
            labels = next;
            if (!changed) {
                break;
            }
        }
        return labels;
    }

    /** Labels renumbered 0, 1, ... in order of each label's first node. */
    private static List<Integer> renumbered(Graph graph, Map<String, Integer> labels) {
        Map<Integer, Integer> names = new HashMap<>();
        List<Integer> out = new ArrayList<>();
        for (String id : graph.nodes()) {
            out.add(names.computeIfAbsent(labels.get(id), label -> names.size()));
        }
        return out;
    }

    private static List<Integer> labels(CommunityResult result) {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < result.labels().size(); v++) {
            out.add(result.labels().get(v));
        }
        return out;
    }

    /**
     * NetworkX's modularity of a partition (community by node ID), on the undirected graph under
     * the edges, each edge weighing its {@code "w"} if {@code weighted}, else 1: the sum over
     * communities of inside / m - (degree / 2m)^2.
     */
    private static double referenceModularity(
            Graph graph, Map<String, Integer> community, boolean weighted) {
        double m = 0;
        Map<Integer, Double> inside = new HashMap<>();
        Map<Integer, Double> degree = new HashMap<>();
        for (Edge edge : graph.edges()) {
            double w =
                    weighted
                            ? ((Number) edge.attributes().get(GraphShapes.WEIGHT)).doubleValue()
                            : 1;
            m += w;
            int a = community.get(edge.source());
            int b = community.get(edge.target());
            degree.merge(a, w, Double::sum);
            degree.merge(b, w, Double::sum);
            if (a == b) {
                inside.merge(a, w, Double::sum);
            }
        }
        if (m == 0) {
            return 0;
        }
        double q = 0;
        for (Map.Entry<Integer, Double> entry : degree.entrySet()) {
            double share = entry.getValue() / (2 * m);
            q += inside.getOrDefault(entry.getKey(), 0.0) / m - share * share;
        }
        return q;
    }

    private static Map<String, Integer> byId(Graph graph, CommunityResult result) {
        Map<String, Integer> out = new HashMap<>();
        for (String id : graph.nodes()) {
            out.put(id, result.labels().get(id));
        }
        return out;
    }

    private static void assertSameResult(
            CommunityResult expected, CommunityResult actual, String what) {
        assertEquals(labels(expected), labels(actual), what + ": labels");
        assertEquals(expected.count(), actual.count(), what + ": count");
        assertEquals(expected.iterations(), actual.iterations(), what + ": iterations");
        assertEquals(
                Double.doubleToLongBits(expected.modularity()),
                Double.doubleToLongBits(actual.modularity()),
                what + ": modularity " + expected.modularity() + " vs " + actual.modularity());
    }

    private static void checkLabelPropagation(Shape shape) {
        Graph graph = shape.graph();
        int[] rounds = new int[1];
        Map<String, Integer> expected = referenceCdlp(graph, ROUNDS, rounds);
        for (String key : new String[] {null, GraphShapes.WEIGHT}) {
            Topology topology = key == null ? graph.topology() : graph.topology(key);
            CommunityResult result = Communities.labelPropagation(topology, ROUNDS);
            String what = shape + (key == null ? "" : ", weighted");
            assertEquals(renumbered(graph, expected), labels(result), what);
            assertEquals(rounds[0], result.iterations(), what + ": iterations");
            assertEquals(new java.util.HashSet<>(expected.values()).size(), result.count(), what);
            assertEquals(
                    referenceModularity(graph, byId(graph, result), key != null),
                    result.modularity(),
                    1e-9,
                    what + ": modularity");
            assertSameResult(
                    Communities.labelPropagation(KitTopology.of(graph, key), ROUNDS),
                    result,
                    what + ", kit topology");
        }
    }

    private static void checkLouvain(Shape shape) {
        Graph graph = shape.graph();
        Map<String, Integer> singletons = new HashMap<>();
        for (String id : graph.nodes()) {
            singletons.put(id, singletons.size());
        }
        for (String key : new String[] {null, GraphShapes.WEIGHT}) {
            Topology topology = key == null ? graph.topology() : graph.topology(key);
            String what = shape + (key == null ? "" : ", weighted");
            for (long seed = 1; seed <= 2; seed++) {
                CommunityResult result = Communities.louvain(topology, seed);
                Map<String, Integer> partition = byId(graph, result);
                double modularity = referenceModularity(graph, partition, key != null);
                assertEquals(modularity, result.modularity(), 1e-9, what + ": modularity");
                assertTrue(
                        modularity >= referenceModularity(graph, singletons, key != null) - 1e-12,
                        what + ": worse than singletons");
                assertEquals(renumbered(graph, partition), labels(result), what + ": numbering");
                assertSameResult(
                        Communities.louvain(KitTopology.of(graph, key), seed),
                        result,
                        what + ", kit topology, seed " + seed);
            }
        }
    }

    @GraphTest
    void labelPropagationMatchesTheKitsCdlp(Fixture fixture) {
        GraphShapes.loopFree(fixture).forEach(CommunityTests::checkLabelPropagation);
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void labelPropagationCountsSelfLoopsAsLdbcLists(Fixture fixture) {
        GraphShapes.withLoops(fixture).forEach(CommunityTests::checkLabelPropagation);
    }

    @GraphTest
    void louvainModularityIsNetworkXsAndSameOnEveryTopology(Fixture fixture) {
        GraphShapes.loopFree(fixture).forEach(CommunityTests::checkLouvain);
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void louvainWithSelfLoops(Fixture fixture) {
        GraphShapes.withLoops(fixture).forEach(CommunityTests::checkLouvain);
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void twoTrianglesAreTwoCommunities(Fixture fixture) {
        // rounds of CDLP from labels a..f = 0..5: [1,0,0,2,3,3], [0,0,0,3,2,2], [0,0,0,2,2,2]
        Graph graph = EdgeText.graph(fixture, "a b c d e f | a-b b-c c-a d-e e-f f-d c-d");
        double expected = 2 * (3.0 / 7 - 0.25); // each triangle: 3 of 7 edges, half the degree
        CommunityResult cdlp = Communities.labelPropagation(graph.topology(), 20);
        assertEquals(List.of(0, 0, 0, 1, 1, 1), labels(cdlp));
        assertEquals(4, cdlp.iterations());
        assertEquals(expected, cdlp.modularity(), 1e-12);
        CommunityResult louvain = Communities.louvain(graph.topology(), 3);
        assertEquals(List.of(0, 0, 0, 1, 1, 1), labels(louvain));
        assertEquals(expected, louvain.modularity(), 1e-12);
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void directedPairsAreSummedIntoOneUndirectedEdge(Fixture fixture) {
        // a<->b weigh 1 + 2, c<->d 4 + 1, b->c 1: m = 9; {a,b} 3 inside, degree 7; {c,d} 5, 11
        Graph graph = EdgeText.graph(fixture, "a b c d | a-b:1 b-a:2 b-c:1 c-d:4 d-c:1");
        CommunityResult louvain = Communities.louvain(graph.topology(GraphShapes.WEIGHT), 1);
        assertEquals(List.of(0, 0, 1, 1), labels(louvain));
        double expected = 3.0 / 9 - Math.pow(7.0 / 18, 2) + 5.0 / 9 - Math.pow(11.0 / 18, 2);
        assertEquals(expected, louvain.modularity(), 1e-12);
    }
}
