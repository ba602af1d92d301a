package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gli.Edge;
import io.gli.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts that hold of every graph at rest, whatever was done to it: counts equal iteration sizes,
 * successor, predecessor and neighbor lists follow from the edge list in order, degrees sum up, and
 * returned collections are immutable. The TCK checks them after every test; anyone may call {@link
 * #check} on a graph that no other thread is writing.
 */
public final class Invariants {
    private Invariants() {}

    /** Asserts every invariant of {@code graph}. */
    public static void check(Graph graph) {
        List<String> nodes = graph.nodes();
        List<Edge> edges = graph.edges();
        assertEquals(graph.nodeCount(), nodes.size(), "nodeCount() vs nodes().size()");
        assertEquals(graph.edgeCount(), edges.size(), "edgeCount() vs edges().size()");
        assertEquals(nodes.size(), new HashSet<>(nodes).size(), "nodes() has duplicates");
        assertImmutable(nodes, "nodes()");
        assertImmutable(edges, "edges()");

        Set<String> nodeSet = new HashSet<>(nodes);
        Map<String, List<String>> successors = new HashMap<>();
        Map<String, List<String>> predecessors = new HashMap<>();
        for (String node : nodes) {
            assertTrue(graph.hasNode(node), () -> "hasNode false for listed node " + node);
            successors.put(node, new ArrayList<>());
            predecessors.put(node, new ArrayList<>());
        }

        Set<List<String>> seenEdges = new HashSet<>();
        int selfLoops = 0;
        for (Edge edge : edges) {
            String s = edge.source();
            String t = edge.target();
            if (!nodeSet.contains(s) || !nodeSet.contains(t)) {
                fail("edge " + s + " -> " + t + " has an endpoint that is not a node");
            }
            List<String> key =
                    graph.isDirected() || s.compareTo(t) <= 0 ? List.of(s, t) : List.of(t, s);
            assertTrue(seenEdges.add(key), () -> "edge listed twice: " + key);
            assertTrue(
                    graph.hasEdge(s, t), () -> "hasEdge false for listed edge " + s + " -> " + t);
            assertEquals(
                    edge.attributes(),
                    graph.edgeAttributes(s, t),
                    "edge attributes vs edgeAttributes()");
            assertImmutable(edge.attributes(), "edge attributes");
            if (s.equals(t)) {
                selfLoops++;
            }
            if (graph.isDirected()) {
                successors.get(s).add(t);
                predecessors.get(t).add(s);
            } else {
                assertTrue(
                        graph.hasEdge(t, s),
                        () -> "undirected hasEdge not symmetric for " + s + " -- " + t);
                successors.get(s).add(t);
                if (!s.equals(t)) {
                    successors.get(t).add(s);
                }
            }
        }

        long outSum = 0;
        long inSum = 0;
        long degreeSum = 0;
        for (String node : nodes) {
            List<String> expectedSuccessors = successors.get(node);
            List<String> expectedPredecessors =
                    graph.isDirected() ? predecessors.get(node) : expectedSuccessors;
            LinkedHashSet<String> union = new LinkedHashSet<>(expectedSuccessors);
            union.addAll(expectedPredecessors);
            List<String> expectedNeighbors = List.copyOf(union);
            List<String> actualSuccessors = graph.successors(node);
            assertEquals(expectedSuccessors, actualSuccessors, () -> "successors of " + node);
            assertEquals(
                    expectedPredecessors,
                    graph.predecessors(node),
                    () -> "predecessors of " + node);
            assertEquals(expectedNeighbors, graph.neighbors(node), () -> "neighbors of " + node);
            assertImmutable(actualSuccessors, "successors()");
            assertEquals(
                    expectedSuccessors.size(), graph.outDegree(node), () -> "outDegree of " + node);
            assertEquals(
                    expectedPredecessors.size(), graph.inDegree(node), () -> "inDegree of " + node);
            assertEquals(expectedNeighbors.size(), graph.degree(node), () -> "degree of " + node);
            assertImmutable(graph.nodeAttributes(node), "node attributes");
            outSum += graph.outDegree(node);
            inSum += graph.inDegree(node);
            degreeSum += graph.degree(node);
        }
        if (graph.isDirected()) {
            assertEquals(edges.size(), outSum, "sum of out-degrees vs edge count");
            assertEquals(edges.size(), inSum, "sum of in-degrees vs edge count");
        } else {
            assertEquals(
                    2L * edges.size() - selfLoops,
                    degreeSum,
                    "sum of degrees vs 2 * edges - self-loops");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertImmutable(List<?> list, String what) {
        assertThrows(
                UnsupportedOperationException.class,
                () -> ((List<Object>) list).add("x"),
                what + " can be changed by the caller");
    }

    @SuppressWarnings("unchecked")
    private static void assertImmutable(Map<String, ?> map, String what) {
        assertThrows(
                UnsupportedOperationException.class,
                () -> ((Map<String, Object>) map).put("x", "y"),
                what + " can be changed by the caller");
    }
}
