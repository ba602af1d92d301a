package io.gli.algo;

import static io.gli.algo.EdgeListTopology.directed;
import static io.gli.algo.EdgeListTopology.undirected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class TopologicalSortTest {
    @Test
    void kahnTakesReadyNodesFirstInFirstOut() {
        // sources e, c (index order); e frees b; c frees a and d; b frees nothing more
        Topology dag = directed("a b c d e", "c>a e>b c>d a>b d>b");
        assertEquals(List.of("c", "e", "a", "d", "b"), TopologicalSort.sort(dag));
        assertArrayEquals(new int[] {2, 4, 0, 3, 1}, TopologicalSort.order(dag));
        assertEquals(4, TopologicalSort.positions(dag).get("b"));
        Topology chain = directed("a b c", "c>a a>b"); // order c a b: not its own inverse
        assertArrayEquals(new int[] {2, 0, 1}, TopologicalSort.order(chain));
        assertArrayEquals(new int[] {1, 2, 0}, TopologicalSort.positions(chain).toArray());
    }

    @Test
    void graphsWithoutEdgesKeepTheNodeOrder() {
        assertEquals(List.of("b", "a"), TopologicalSort.sort(directed("b a", "")));
    }

    @Test
    void aCycleIsNamedFromItsLowestNode() {
        // d is downstream of the cycle b -> c -> e -> b, a is upstream
        Topology graph = directed("d a e c b", "a>b b>c c>e e>b e>d");
        CycleException e = assertThrows(CycleException.class, () -> TopologicalSort.order(graph));
        assertEquals(List.of("e", "b", "c"), e.cycle());
        assertEquals(
                "the graph has a cycle, so no topological order: \"e\" -> \"b\" -> \"c\" -> \"e\"",
                e.getMessage());
    }

    @Test
    void aSelfLoopIsACycleOfOne() {
        Topology graph = directed("a b", "a>b b>b");
        assertEquals(
                List.of("b"),
                assertThrows(CycleException.class, () -> TopologicalSort.sort(graph)).cycle());
    }

    @Test
    void aLongCycleIsListedInFullButShortInTheMessage() {
        int n = 1_000;
        StringBuilder nodes = new StringBuilder();
        StringBuilder edges = new StringBuilder();
        for (int v = 0; v < n; v++) {
            nodes.append(" v").append(v);
            edges.append(" v").append(v).append(">v").append((v + 1) % n);
        }
        Topology ring = directed(nodes.toString(), edges.toString());
        CycleException e = assertThrows(CycleException.class, () -> TopologicalSort.order(ring));
        assertEquals(n, e.cycle().size());
        assertEquals("v0", e.cycle().get(0));
        assertEquals("v1", e.cycle().get(1));
        assertTrue(e.getMessage().contains("(1000 nodes in all)"), e.getMessage());
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @Test
    void anUndirectedGraphIsRefused() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> TopologicalSort.order(undirected("a b", "a>b")));
        assertTrue(e.getMessage().contains("undirected"), e.getMessage());
    }

    @Test
    void anInterruptedRunStops() {
        Topology path = EdgeListTopology.directedPath(300_000, false);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> TopologicalSort.order(path));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPathOfTenMillionNodes() {
        int n = 10_000_000;
        int[] order = TopologicalSort.order(EdgeListTopology.directedPath(n, false));
        for (int v = 0; v < n; v++) {
            if (order[v] != v) {
                assertEquals(v, order[v]);
            }
        }
    }
}
