package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.GraphOptions;
import io.gli.tck.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Removal at a scale that triggers compaction (thousands of dead nodes and edges), checked step by
 * step against the simple backend: order, adjacency and attributes must survive renumbering, and
 * the store must give its slots back.
 */
class CompactionTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void heavyRemovalMatchesTheSimpleBackendAndShrinks(boolean directed) {
        Graph optimized = open("optimized", directed);
        Graph simple = open("simple", directed);
        Random random = new Random(42);
        List<String> ids = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4_000; i++) {
                String id = "r" + round + "_" + i;
                Map<String, Object> attributes =
                        i % 3 == 0 ? Map.of() : Map.of("i", i, "kind", "k" + (i % 5));
                both(optimized, simple, g -> g.addNode(id, attributes));
                ids.add(id);
            }
            for (int i = 0; i < 8_000; i++) {
                String s = ids.get(random.nextInt(ids.size()));
                String t = ids.get(random.nextInt(ids.size()));
                Map<String, Object> attributes = i % 2 == 0 ? Map.of() : Map.of("w", i * 0.5);
                both(optimized, simple, g -> g.mergeEdge(s, t, attributes));
            }
            // Remove most edges, then most nodes: both kinds of compaction run.
            for (var edge : simple.edges()) {
                if (random.nextInt(10) < 7) {
                    both(optimized, simple, g -> g.removeEdge(edge.source(), edge.target()));
                }
            }
            List<String> doomed = new ArrayList<>();
            for (String id : ids) {
                if (random.nextInt(10) < 7) {
                    doomed.add(id);
                }
            }
            for (String id : doomed) {
                both(optimized, simple, g -> g.removeNode(id));
            }
            ids.removeAll(doomed);
            assertSame(simple, optimized);
            Invariants.check(optimized);
        }
    }

    @org.junit.jupiter.api.Test
    void aStoreThatShrinksGivesItsSlotsBack() {
        OptimizedStore store = new OptimizedStore(new GraphOptions("optimized", true, 0, 0));
        for (int i = 0; i < 10_000; i++) {
            store.addNode("n" + i, Map.of());
        }
        for (int i = 1; i < 10_000; i++) {
            store.addEdge("n0", "n" + i, Map.of());
        }
        for (int i = 1; i < 9_000; i++) {
            store.removeEdge("n0", "n" + i);
        }
        for (int i = 0; i < 9_500; i++) {
            store.removeNode("n" + i);
        }
        assertEquals(500, store.nodeCount());
        assertEquals(0, store.edgeCount());
        assertTrue(
                store.nodeSlots() < 2 * 1_024 + 500,
                "node slots after compaction: " + store.nodeSlots());
        assertTrue(
                store.edgeSlots() < 2 * 1_024, "edge slots after compaction: " + store.edgeSlots());
        assertEquals("n9500", store.nodes().get(0));
    }

    private static Graph open(String backend, boolean directed) {
        var builder = Graph.builder().backend(backend);
        return (directed ? builder.directed() : builder.undirected()).open();
    }

    private static void both(Graph a, Graph b, java.util.function.Consumer<Graph> action) {
        action.accept(a);
        action.accept(b);
    }

    private static void assertSame(Graph expected, Graph actual) {
        assertEquals(expected.nodes(), actual.nodes());
        assertEquals(expected.edges(), actual.edges());
        for (String id : expected.nodes()) {
            assertEquals(expected.nodeAttributes(id), actual.nodeAttributes(id), id);
            assertEquals(expected.successors(id), actual.successors(id), id);
            assertEquals(expected.predecessors(id), actual.predecessors(id), id);
            assertEquals(expected.neighbors(id), actual.neighbors(id), id);
        }
    }
}
