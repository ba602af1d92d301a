package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class BetweennessTest {
    private static void assertValues(double[] expected, NodeDoubles actual) {
        assertArrayEquals(expected, actual.toArray(), 1e-12);
    }

    @Test
    void pathOfFive() {
        // pairs through 1: (0,2) (0,3) (0,4); through 2: (0,3) (0,4) (1,3) (1,4)
        Topology undirected = EdgeListTopologies.undirected(5, 0, 1, 1, 2, 2, 3, 3, 4);
        assertValues(new double[] {0, 3, 4, 3, 0}, Betweenness.exact(undirected, false));
        // normalized by 2 / ((n-1)(n-2)) = 1/6, NetworkX's path_graph(5) values
        assertValues(new double[] {0, 0.5, 4.0 / 6, 0.5, 0}, Betweenness.exact(undirected, true));
        // one direction only: the same ordered pairs, normalized by 1 / ((n-1)(n-2)) = 1/12
        Topology directed = EdgeListTopologies.directed(5, 0, 1, 1, 2, 2, 3, 3, 4);
        assertValues(new double[] {0, 3, 4, 3, 0}, Betweenness.exact(directed, false));
        assertValues(new double[] {0, 0.25, 4.0 / 12, 0.25, 0}, Betweenness.exact(directed, true));
    }

    @Test
    void starCenterLiesOnEveryPath() {
        Topology star = EdgeListTopologies.undirected(5, 0, 1, 0, 2, 0, 3, 0, 4);
        assertValues(new double[] {6, 0, 0, 0, 0}, Betweenness.exact(star, false));
        assertValues(new double[] {1, 0, 0, 0, 0}, Betweenness.exact(star, true));
    }

    @Test
    void equalPathsShareThePair() {
        // a 4-cycle 0-1-3-2-0: (0,3) splits over 1 and 2, (1,2) over 0 and 3
        Topology square = EdgeListTopologies.undirected(4, 0, 1, 0, 2, 1, 3, 2, 3);
        assertValues(new double[] {0.5, 0.5, 0.5, 0.5}, Betweenness.exact(square, false));
    }

    @Test
    void pathCountsMultiplyThroughDiamondsInSeries() {
        // 0 -> {1, 2} -> 3 -> {4, 5} -> 6: 3 is on all 9 paths from {0,1,2} to {4,5,6}; 1 on half
        // of those from 0 to 3..6, 4 on half of those from 0..3 to 6
        Topology topology =
                EdgeListTopologies.directed(7, 0, 1, 0, 2, 1, 3, 2, 3, 3, 4, 3, 5, 4, 6, 5, 6);
        assertValues(new double[] {0, 2, 2, 9, 2, 2, 0}, Betweenness.exact(topology, false));
    }

    @Test
    void weightsLengthenPaths() {
        // 0-1 (1), 1-2 (1), 0-2 (3): by weight 0 reaches 2 through 1; by hops directly
        int[] edges = {0, 1, 1, 2, 0, 2};
        Topology weighted = EdgeListTopologies.of(false, 3, edges, new double[] {1, 1, 3});
        assertValues(new double[] {0, 1, 0}, Betweenness.exact(weighted, false));
        assertValues(
                new double[] {0, 0, 0},
                Betweenness.exact(EdgeListTopologies.undirected(3, edges), false));
        // 0-2 as long as 0-1-2: two shortest paths, 1 on one of them
        Topology tie = EdgeListTopologies.of(false, 3, edges, new double[] {1, 1.5, 2.5});
        assertValues(new double[] {0, 0.5, 0}, Betweenness.exact(tie, false));
    }

    @Test
    void directedWeightedFollowsEdgeDirection() {
        // 0->1 (1), 1->2 (1), 0->2 (5), 2->0 (1): 0 to 2 through 1; 1 to 0 through 2; 2 to 1 via 0
        Topology topology =
                EdgeListTopologies.of(
                        true, 3, new int[] {0, 1, 1, 2, 0, 2, 2, 0}, new double[] {1, 1, 5, 1});
        assertValues(new double[] {1, 1, 1}, Betweenness.exact(topology, false));
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        Topology topology = CommunitiesTest.randomGraph(400, 1200, 11);
        double[] one = Betweenness.exact(topology, true, 1).toArray();
        for (int threads : new int[] {2, 3, 8}) {
            assertArrayEquals(one, Betweenness.exact(topology, true, threads).toArray());
            assertArrayEquals(
                    Betweenness.sampled(topology, 150, 5, false, 1).toArray(),
                    Betweenness.sampled(topology, 150, 5, false, threads).toArray());
        }
    }

    @Test
    void sampleOfAllNodesIsExactAndSmallerSamplesScale() {
        Topology topology = CommunitiesTest.randomGraph(100, 300, 13);
        assertArrayEquals(
                Betweenness.exact(topology, true, 1).toArray(),
                Betweenness.sampled(topology, 100, 99, true, 1).toArray());
        // sources alone: a star's center, sampled from one leaf, is scaled by n / k = 5
        Topology star = EdgeListTopologies.undirected(5, 0, 1, 0, 2, 0, 3, 0, 4);
        for (long seed = 0; seed < 10; seed++) {
            NodeDoubles one = Betweenness.sampled(star, 1, seed, false);
            double center = one.get(0);
            // a leaf source passes 3 pairs through the center, halved (undirected), times 5
            // a center source passes none
            assertTrue(center == 0 || center == 3 * 0.5 * 5, "center " + center);
        }
        assertValues(new double[5], Betweenness.sampled(star, 0, 1, true));
    }

    @Test
    void sampleIsAFunctionOfTheSeed() {
        Topology topology = CommunitiesTest.randomGraph(200, 600, 17);
        assertArrayEquals(
                Betweenness.sampled(topology, 20, 3, true).toArray(),
                Betweenness.sampled(topology, 20, 3, true).toArray());
        boolean differs = false;
        for (long seed = 4; seed < 10 && !differs; seed++) {
            differs =
                    !java.util.Arrays.equals(
                            Betweenness.sampled(topology, 20, 3, true).toArray(),
                            Betweenness.sampled(topology, 20, seed, true).toArray());
        }
        assertTrue(differs, "the seed is not used");
    }

    @Test
    void smallGraphsAreNotNormalized() {
        Topology edge = EdgeListTopologies.undirected(2, 0, 1);
        assertValues(new double[] {0, 0}, Betweenness.exact(edge, true));
        assertEquals(0, Betweenness.exact(EdgeListTopologies.undirected(0), true).size());
    }

    @Test
    void sampledOnAPathOfTenMillionNodes() {
        int n = 10_000_000;
        NodeDoubles values = Betweenness.sampled(EdgeListTopologies.path(n, false), 1, 7, false, 1);
        assertEquals(0, values.get(0));
        assertEquals(0, values.get(n - 1));
    }

    @Test
    void badOptionsAndWeightsAreRefused() {
        Topology topology = EdgeListTopologies.undirected(3, 0, 1, 1, 2);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Betweenness.sampled(topology, 4, 1, true));
        assertTrue(e.getMessage().contains("k is 4"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Betweenness.sampled(topology, -1, 1, true));
        assertTrue(e.getMessage().contains("k is -1"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class, () -> Betweenness.exact(topology, true, 0));
        assertTrue(e.getMessage().contains("threads is 0"), e.getMessage());
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Topology weighted =
                    EdgeListTopologies.of(true, 3, new int[] {0, 1, 1, 2}, new double[] {1, bad});
            e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> Betweenness.exact(weighted, false));
            assertTrue(
                    e.getMessage().contains("\"v1\" -> \"v2\"")
                            && e.getMessage().contains("\"w\"")
                            && e.getMessage().contains(String.valueOf(bad)),
                    e.getMessage());
        }
    }

    @Test
    void interruptStops() {
        Topology topology = CommunitiesTest.randomGraph(200, 600, 17);
        try {
            for (int threads : new int[] {1, 2}) {
                Thread.currentThread().interrupt();
                assertThrows(
                        CancellationException.class,
                        () -> Betweenness.exact(topology, true, threads));
                assertTrue(Thread.currentThread().isInterrupted());
            }
        } finally {
            Thread.interrupted();
        }
    }
}
