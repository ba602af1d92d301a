package io.gli.algo;

import static io.gli.algo.EdgeListTopology.directed;
import static io.gli.algo.EdgeListTopology.undirected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ShortestPathsTest {
    /** The light way round is longer in hops: s -> a -> b -> t costs 3, s -> t costs 5. */
    private static final Topology ROUTES =
            directed("s a b t x", "s>t:5 s>a:1 a>b:1 b>t:1 t>s:1 x>s:1");

    @Test
    void dijkstraFindsTheLightestPaths() {
        DijkstraResult result = ShortestPaths.dijkstra(ROUTES, "s");
        assertArrayEquals(new double[] {0, 1, 2, 3, Double.NaN}, result.distances().toArray(), 0.0);
        assertArrayEquals(new int[] {-1, 0, 1, 2, -1}, result.parents().toArray());
        assertEquals(List.of("s", "a", "b", "t"), result.pathTo("t"));
        assertEquals(List.of("s"), result.pathTo("s"));
        assertEquals(List.of(), result.pathTo("x"));
        assertEquals(3.0, result.distanceTo("t"));
        assertEquals(Double.POSITIVE_INFINITY, result.distanceTo("x"));
        assertFalse(result.distances().isPresent("x"));
    }

    @Test
    void unweightedCountsHops() {
        BfsResult result = ShortestPaths.unweighted(ROUTES, "s");
        assertArrayEquals(new int[] {0, 1, 2, 1, -1}, result.distances().toArray());
        assertEquals(List.of("s", "t"), result.pathTo("t"));
    }

    @Test
    void pathIsWeightedExactlyWhenTheTopologyHasWeights() {
        assertEquals(List.of("s", "a", "b", "t"), ShortestPaths.path(ROUTES, "s", "t"));
        Topology hops = directed("s a b t x", "s>t s>a a>b b>t t>s x>s");
        assertEquals(List.of("s", "t"), ShortestPaths.path(hops, "s", "t"));
        assertEquals(List.of(), ShortestPaths.path(hops, "s", "x"));
        assertEquals(List.of("x"), ShortestPaths.path(hops, "x", "x"));
        assertEquals(List.of("x", "s", "a"), ShortestPaths.path(ROUTES, "x", "a"));
    }

    @Test
    void tiesGoToTheLowerIndexAndTheFirstEdge() {
        // b and c are both at 1; b (lower index) is settled first and gives d its parent
        Topology square = undirected("a c b d", "a>c:1 a>b:1 c>d:1 b>d:1");
        DijkstraResult result = ShortestPaths.dijkstra(square, "a");
        assertEquals(List.of("a", "c", "d"), result.pathTo("d"));
        assertEquals(2.0, result.distanceTo("d"));
        Topology reversed = undirected("a b c d", "a>c:1 a>b:1 c>d:1 b>d:1");
        assertEquals(List.of("a", "b", "d"), ShortestPaths.dijkstra(reversed, "a").pathTo("d"));
    }

    @Test
    void zeroAndInfiniteWeights() {
        Topology graph = directed("a b c", "a>b:0 b>c:Infinity b>b:0");
        DijkstraResult result = ShortestPaths.dijkstra(graph, "a");
        assertEquals(0.0, result.distanceTo("b"));
        assertEquals(Double.POSITIVE_INFINITY, result.distanceTo("c"));
        assertEquals(List.of(), result.pathTo("c"));
    }

    @Test
    void aNegativeOrNaNWeightIsRefusedNamingTheEdgeKeyAndValue() {
        Topology negative = directed("a b c", "a>b:1 b>c:-2");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ShortestPaths.dijkstra(negative, "a"));
        for (String part : List.of("\"b\"", "\"c\"", "\"w\"", "-2.0")) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
        Topology nan = undirected("a b", "a>b:NaN");
        IllegalArgumentException n =
                assertThrows(
                        IllegalArgumentException.class, () -> ShortestPaths.path(nan, "b", "a"));
        assertTrue(n.getMessage().contains("NaN"), n.getMessage());
        // checked as relaxed: from c, the bad edge is never reached
        assertEquals(List.of("c"), ShortestPaths.dijkstra(negative, "c").pathTo("c"));
    }

    @Test
    void dijkstraWithoutWeightsSaysHowToGetThem() {
        Topology plain = directed("a b", "a>b");
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> ShortestPaths.dijkstra(plain, "a"));
        assertTrue(e.getMessage().contains("graph.topology(key)"), e.getMessage());
    }

    @Test
    void unknownNodesAreRefused() {
        assertThrows(NodeNotFoundException.class, () -> ShortestPaths.dijkstra(ROUTES, "zz"));
        assertThrows(NodeNotFoundException.class, () -> ShortestPaths.unweighted(ROUTES, "zz"));
        assertThrows(NodeNotFoundException.class, () -> ShortestPaths.path(ROUTES, "s", "zz"));
        assertThrows(NodeNotFoundException.class, () -> ShortestPaths.path(ROUTES, "zz", "s"));
        DijkstraResult result = ShortestPaths.dijkstra(ROUTES, "s");
        assertThrows(NodeNotFoundException.class, () -> result.distanceTo("zz"));
        assertThrows(NodeNotFoundException.class, () -> result.pathTo("zz"));
    }

    @Test
    void heapOrdersByKeyThenIndexAcrossDecreases() {
        double[] keys = {5, 3, 3, 9, 1, 7};
        NodeHeap heap = new NodeHeap(keys.length);
        for (int v = 0; v < keys.length; v++) {
            heap.add(v, keys[v]);
        }
        heap.decrease(3, 3);
        heap.decrease(5, 0.5);
        int[] polled = new int[keys.length];
        for (int i = 0; i < polled.length; i++) {
            polled[i] = heap.poll();
        }
        assertArrayEquals(new int[] {5, 4, 1, 2, 3, 0}, polled);
        assertTrue(heap.isEmpty());
    }

    @Test
    void anInterruptedRunStops() {
        Topology path = EdgeListTopology.directedPath(300_000, true);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> ShortestPaths.dijkstra(path, 0, -1));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aPathOfTenMillionNodes() {
        int n = 10_000_000;
        Topology path = EdgeListTopology.directedPath(n, true);
        DijkstraResult result = ShortestPaths.dijkstra(path, 0, -1);
        assertEquals(n - 1, result.distances().get(n - 1), 0.0);
        assertEquals(n - 2, result.parents().get(n - 1));
    }
}
