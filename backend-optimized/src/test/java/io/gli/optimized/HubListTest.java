package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.tck.Invariants;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A node whose lists are longer than a segment of the adjacency pool, in both directions: its lists
 * live in arrays of their own. Edges are added, looked up from both sides, removed (enough to
 * compact the edges, and to shrink the lists back into segments) and the hub itself removed.
 */
class HubListTest {
    private static final int LEAVES = AdjacencyPool.SEGMENT + 4_465;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aHubWithMoreEdgesThanASegmentInBothDirections(boolean directed) {
        var builder = Graph.builder().backend(OptimizedBackend.NAME);
        Graph graph = (directed ? builder.directed() : builder.undirected()).open();
        graph.addNode("hub");
        List<String> out = new ArrayList<>();
        List<String> in = new ArrayList<>();
        for (int i = 0; i < LEAVES; i++) {
            out.add("o" + i);
            in.add("i" + i);
        }
        graph.addNodes(out);
        graph.addNodes(in);
        // Interleaved, with small lists growing between the hub's appends.
        for (int i = 0; i < LEAVES; i++) {
            graph.addEdge("hub", out.get(i));
            graph.addEdge(in.get(i), "hub");
            if (i % 100 == 0 && i > 0) {
                graph.addEdge(out.get(i), out.get(i - 1));
            }
        }
        check(graph, directed, out, in);

        // Remove two edges in three on each side, from the front, the back and the middle.
        List<String> keptOut = new ArrayList<>();
        List<String> keptIn = new ArrayList<>();
        for (int i = 0; i < LEAVES; i++) {
            if (i % 3 == 1) {
                keptOut.add(out.get(i));
                keptIn.add(in.get(i));
            }
        }
        for (int i = LEAVES - 1; i >= 0; i--) {
            if (i % 2 == 0) {
                removeUnlessKept(graph, i, out, in);
            }
        }
        for (int i = 0; i < LEAVES; i++) {
            if (i % 2 == 1) {
                removeUnlessKept(graph, i, out, in);
            }
        }
        check(graph, directed, keptOut, keptIn);

        // Down to a few: the lists shrink back into segments, then into pairs and heads.
        while (keptOut.size() > 1) {
            String o = keptOut.remove(keptOut.size() / 2);
            graph.removeEdge("hub", o);
            String i = keptIn.remove(keptIn.size() / 2);
            graph.removeEdge(i, "hub");
            if (keptOut.size() % 5_000 == 0 || keptOut.size() < 4) {
                check(graph, directed, keptOut, keptIn);
            }
        }
        Invariants.check(graph);

        graph.removeNode("hub");
        assertFalse(graph.hasNode("hub"));
        assertEquals(0, graph.degree(keptOut.get(0)));
        assertEquals(0, graph.degree(keptIn.get(0)));
        Invariants.check(graph);
    }

    private static void removeUnlessKept(Graph graph, int i, List<String> out, List<String> in) {
        if (i % 3 != 1) {
            graph.removeEdge("hub", out.get(i));
            graph.removeEdge(in.get(i), "hub");
        }
    }

    /** Equal lists; on a difference, says where rather than printing 140,000 IDs. */
    private static void assertSameList(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            int at = i;
            assertEquals(
                    expected.get(i), actual.get(i), () -> "entry " + at + " of " + expected.size());
        }
        assertEquals(expected.size(), actual.size(), "size");
    }

    private static void check(Graph graph, boolean directed, List<String> out, List<String> in) {
        if (directed) {
            assertSameList(out, graph.successors("hub"));
            assertSameList(in, graph.predecessors("hub"));
            assertEquals(out.size(), graph.outDegree("hub"));
            assertEquals(in.size(), graph.inDegree("hub"));
        } else {
            List<String> all = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                all.add(out.get(i));
                all.add(in.get(i));
            }
            assertSameList(all, graph.successors("hub"));
            assertSameList(all, graph.predecessors("hub"));
            assertSameList(all, graph.neighbors("hub"));
            assertEquals(all.size(), graph.outDegree("hub"));
        }
        List<String> both = new ArrayList<>(new LinkedHashSet<>(out));
        both.addAll(in);
        assertEquals(both.size(), graph.degree("hub"));
        for (int k = 0; k < out.size(); k += Math.max(1, out.size() / 50)) {
            assertTrue(graph.hasEdge("hub", out.get(k)));
            assertTrue(graph.hasEdge(in.get(k), "hub"));
            assertEquals(directed, !graph.hasEdge("hub", in.get(k)));
            assertEquals(List.of("hub"), graph.predecessors(out.get(k)).subList(0, 1));
            assertEquals(Map.of(), graph.edgeAttributes("hub", out.get(k)));
        }
    }
}
