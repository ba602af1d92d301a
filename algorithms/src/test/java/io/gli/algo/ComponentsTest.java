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

class ComponentsTest {
    /** Two cycles (a b c) and (d e) joined by c -> d, a tail f -> a, g alone with a self-loop. */
    private static final Topology CYCLES =
            directed("f d a e b g c", "a>b b>c c>a c>d d>e e>d f>a g>g");

    @Test
    void strongComponentsAreLabelledByTheirLowestNode() {
        ComponentsResult result = Components.strong(CYCLES);
        // nodes in index order: f d a e b g c
        assertArrayEquals(new int[] {0, 1, 2, 1, 2, 3, 2}, result.labels().toArray());
        assertEquals(4, result.count());
        assertEquals(
                List.of(1, 2, 3, 1),
                List.of(size(result, 0), size(result, 1), size(result, 2), size(result, 3)));
        assertEquals(2, result.largest());
        assertEquals(
                List.of(List.of("f"), List.of("d", "e"), List.of("a", "b", "c"), List.of("g")),
                result.components());
    }

    private static int size(ComponentsResult result, int label) {
        return result.size(label);
    }

    @Test
    void edgesIntoFinishedComponentsJoinNothing() {
        // from the later roots b and c, edges lead into components already complete
        Topology chain = directed("a b c d", "b>a c>a c>d d>c d>b");
        assertArrayEquals(new int[] {0, 1, 2, 2}, Components.strong(chain).labels().toArray());
    }

    @Test
    void weakComponentsIgnoreDirections() {
        ComponentsResult result = Components.weak(CYCLES);
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 0}, result.labels().toArray());
        assertEquals(2, result.count());
        assertEquals(6, result.size(0));
        assertEquals(0, result.largest());
    }

    @Test
    void connectedComponentsOfAnUndirectedGraph() {
        Topology graph = undirected("a b c d e f", "e>b c>f f>c b>b");
        ComponentsResult connected = Components.connected(graph);
        assertArrayEquals(new int[] {0, 1, 2, 3, 1, 2}, connected.labels().toArray());
        assertEquals(4, connected.count());
        assertEquals(1, connected.largest(), "ties go to the lowest label");
        assertArrayEquals(connected.labels().toArray(), Components.weak(graph).labels().toArray());
        assertArrayEquals(
                connected.labels().toArray(), Components.strong(graph).labels().toArray());
    }

    @Test
    void connectedComponentsRefuseADirectedGraph() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Components.connected(CYCLES));
        assertTrue(e.getMessage().contains("Components.weak"), e.getMessage());
        assertTrue(e.getMessage().contains("Components.strong"), e.getMessage());
    }

    @Test
    void aLabelOutsideTheComponentsIsRefused() {
        ComponentsResult result = Components.weak(CYCLES);
        IndexOutOfBoundsException e =
                assertThrows(IndexOutOfBoundsException.class, () -> result.size(2));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> result.size(-1));
    }

    @Test
    void aGraphWithoutNodesHasNoComponents() {
        Topology empty = EdgeListTopology.directedPath(1, false);
        assertEquals(1, Components.strong(empty).count());
        Topology none =
                Topology.ofArrays(
                        false,
                        List.of(),
                        0,
                        new int[] {0},
                        new int[0],
                        null,
                        null,
                        null,
                        null,
                        null);
        ComponentsResult result = Components.connected(none);
        assertEquals(0, result.count());
        assertEquals(-1, result.largest());
        assertEquals(List.of(), result.components());
    }

    @Test
    void anInterruptedRunStops() {
        Topology path = EdgeListTopology.directedPath(300_000, false);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Components.weak(path));
            assertThrows(CancellationException.class, () -> Components.strong(path));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPathOfTenMillionNodesIsLabelledWithoutRecursion() {
        int n = 10_000_000;
        Topology path = EdgeListTopology.directedPath(n, false);
        ComponentsResult weak = Components.weak(path);
        assertEquals(1, weak.count());
        assertEquals(n, weak.size(0));
        ComponentsResult strong = Components.strong(path);
        assertEquals(n, strong.count());
        assertEquals(n - 1, strong.labels().get(n - 1));
    }
}
