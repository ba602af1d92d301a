package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Edge;
import io.gli.Topology;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class SpanningForestTest {
    private static Topology weighted(int n, int[] edges, double... weights) {
        return EdgeListTopologies.of(false, n, edges, weights);
    }

    @Test
    void squareWithADiagonal() {
        // 0-1 (1), 1-2 (2), 2-3 (1), 3-0 (2), 0-2 (1.5): the two 1s, then the diagonal
        Topology topology = weighted(4, new int[] {0, 1, 1, 2, 2, 3, 3, 0, 0, 2}, 1, 2, 1, 2, 1.5);
        SpanningForestResult forest = SpanningForest.minimum(topology);
        assertEquals(3, forest.edgeCount());
        assertEquals(3.5, forest.totalWeight());
        assertEquals(
                List.of(
                        new Edge("v0", "v1", Map.of("w", 1.0)),
                        new Edge("v2", "v3", Map.of("w", 1.0)),
                        new Edge("v0", "v2", Map.of("w", 1.5))),
                forest.edges());
    }

    @Test
    void equalWeightsGoInSlotOrder() {
        // a triangle of equal weights: lists 0: [1, 2], 1: [0, 2], 2: [1, 0]; candidates are the
        // slots of 0-1, 0-2 (node 0's list) then 1-2
        Topology topology = weighted(3, new int[] {0, 1, 1, 2, 0, 2}, 1, 1, 1);
        SpanningForestResult forest = SpanningForest.minimum(topology);
        assertArrayEquals(new int[] {0, 1}, forest.slots());
        assertEquals(
                List.of(
                        new Edge("v0", "v1", Map.of("w", 1.0)),
                        new Edge("v0", "v2", Map.of("w", 1.0))),
                forest.edges());
    }

    @Test
    void negativeAndInfiniteWeightsAreOrderedLikeNumbers() {
        // path 0-1-2-3 plus 0-3; the largest weight is left out
        double[][] cases = {
            {-1, -5, Double.POSITIVE_INFINITY, 3}, {Double.NEGATIVE_INFINITY, -0.5, 2, 1e300}
        };
        for (double[] w : cases) {
            Topology topology = weighted(4, new int[] {0, 1, 1, 2, 2, 3, 0, 3}, w);
            SpanningForestResult forest = SpanningForest.minimum(topology);
            double[] sorted = w.clone();
            java.util.Arrays.sort(sorted);
            assertEquals(sorted[0] + sorted[1] + sorted[2], forest.totalWeight());
        }
    }

    @Test
    void forestOfDisconnectedGraphSkipsSelfLoops() {
        // components {0, 1, 2}, {3, 4}, {5}; a cheap self-loop at 0
        Topology topology = weighted(6, new int[] {0, 0, 0, 1, 1, 2, 2, 0, 3, 4}, 0.1, 4, 5, 6, 7);
        SpanningForestResult forest = SpanningForest.minimum(topology);
        assertEquals(3, forest.edgeCount()); // 6 nodes, 3 trees
        assertEquals(4 + 5 + 7, forest.totalWeight());
        for (Edge edge : forest.edges()) {
            assertTrue(!edge.isSelfLoop(), edge.toString());
        }
    }

    @Test
    void emptyAndEdgeless() {
        assertEquals(0, SpanningForest.minimum(weighted(0, new int[0])).edgeCount());
        SpanningForestResult forest = SpanningForest.minimum(weighted(3, new int[0]));
        assertEquals(0, forest.edgeCount());
        assertEquals(0, forest.totalWeight());
        assertEquals(List.of(), forest.edges());
    }

    @Test
    void pathOfTenMillionNodes() {
        int n = 10_000_000;
        SpanningForestResult forest = SpanningForest.minimum(EdgeListTopologies.path(n, true));
        assertEquals(n - 1, forest.edgeCount());
        assertEquals(n - 1, forest.totalWeight());
    }

    @Test
    void refusesDirectedUnweightedAndNaN() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SpanningForest.minimum(
                                        EdgeListTopologies.of(
                                                true, 2, new int[] {0, 1}, new double[] {1})));
        assertTrue(e.getMessage().contains("directed"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SpanningForest.minimum(EdgeListTopologies.undirected(2, 0, 1)));
        assertTrue(e.getMessage().contains("graph.topology(key)"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SpanningForest.minimum(
                                        weighted(3, new int[] {0, 1, 2, 1}, 1, Double.NaN)));
        assertTrue(
                e.getMessage().contains("\"v1\" -- \"v2\"")
                        && e.getMessage().contains("\"w\"")
                        && e.getMessage().contains("NaN"),
                e.getMessage());
    }

    @Test
    void interruptStops() {
        Topology topology = weighted(3, new int[] {0, 1, 1, 2}, 1, 2);
        try {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> SpanningForest.minimum(topology));
        } finally {
            Thread.interrupted();
        }
    }
}
