package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class CommunitiesTest {
    /** Triangles 0-1-2 and 3-4-5 joined by the edge 2-3. */
    private static final int[] TWO_TRIANGLES = {0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3};

    /** Two triangles: modularity 2 (3/7 - (7/14)^2). */
    private static final double TWO_TRIANGLES_MODULARITY = 6.0 / 7 - 0.5;

    // ---- label propagation

    @Test
    void labelPropagationOnTwoTrianglesSettlesInFourRounds() {
        // rounds, hand-run: [1,0,0,2,3,3], [0,0,0,3,2,2], [0,0,0,2,2,2], then no change
        CommunityResult result =
                Communities.labelPropagation(EdgeListTopologies.undirected(6, TWO_TRIANGLES), 50);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, result.labels().toArray());
        assertEquals(2, result.count());
        assertEquals(4, result.iterations());
        assertEquals(TWO_TRIANGLES_MODULARITY, result.modularity(), 1e-12);
    }

    @Test
    void labelPropagationStopsAfterMaxIterations() {
        Topology topology = EdgeListTopologies.undirected(6, TWO_TRIANGLES);
        CommunityResult one = Communities.labelPropagation(topology, 1);
        // after one round [1,0,0,2,3,3], renumbered by first node
        assertArrayEquals(new int[] {0, 1, 1, 2, 3, 3}, one.labels().toArray());
        assertEquals(4, one.count());
        assertEquals(1, one.iterations());
        CommunityResult none = Communities.labelPropagation(topology, 0);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, none.labels().toArray());
        assertEquals(0, none.iterations());
    }

    @Test
    void labelPropagationIsSynchronous() {
        // a directed path 0 -> 1 -> 2 oscillates: [1,0,1], [0,1,0], ...; an asynchronous update
        // would settle
        CommunityResult result =
                Communities.labelPropagation(EdgeListTopologies.directed(3, 0, 1, 1, 2), 10);
        assertEquals(10, result.iterations());
        assertArrayEquals(new int[] {0, 1, 0}, result.labels().toArray());
    }

    @Test
    void labelPropagationCountsBothDirectionsOfADirectedPair() {
        // after one round node 5 has label 2 (its one neighbor) and node 6 label 1; node 0 sees
        // 2 (out), 1 (out), 2 (in): label 2 twice beats 1 once, so 0 joins 5
        CommunityResult directed =
                Communities.labelPropagation(
                        EdgeListTopologies.directed(7, 0, 2, 0, 1, 2, 0, 5, 2, 6, 1), 1);
        assertEquals(directed.labels().get(5), directed.labels().get(0));
        assertNotEquals(directed.labels().get(6), directed.labels().get(0));
        // undirected, 0 sees 2 and 1 once each: the smaller label wins, so 0 joins 6
        CommunityResult undirected =
                Communities.labelPropagation(
                        EdgeListTopologies.undirected(7, 0, 2, 0, 1, 5, 2, 6, 1), 1);
        assertEquals(undirected.labels().get(6), undirected.labels().get(0));
        assertNotEquals(undirected.labels().get(5), undirected.labels().get(0));
    }

    @Test
    void isolatedNodesKeepTheirLabels() {
        // a triangle 1-2-3 between isolated 0 and 4: [0,2,1,1,4], [0,1,1,1,4], no change
        CommunityResult result =
                Communities.labelPropagation(
                        EdgeListTopologies.undirected(5, 1, 2, 2, 3, 3, 1), 10);
        assertArrayEquals(new int[] {0, 1, 1, 1, 2}, result.labels().toArray());
        assertEquals(3, result.iterations());
        assertEquals(0, result.modularity(), 1e-12); // all 3 edges inside: 3/3 - (6/6)^2
    }

    @Test
    void oneEdgeOscillates() {
        // synchronous rounds swap the labels of a lone edge's ends for ever: every round changes
        // a label, and the ends never agree
        Topology edge = EdgeListTopologies.undirected(2, 0, 1);
        for (int rounds = 1; rounds < 5; rounds++) {
            CommunityResult result = Communities.labelPropagation(edge, rounds);
            assertEquals(2, result.count());
            assertEquals(rounds, result.iterations());
        }
    }

    @Test
    void emptyTopologyHasNoCommunities() {
        Topology empty = EdgeListTopologies.undirected(0);
        assertEquals(0, Communities.labelPropagation(empty, 5).count());
        assertEquals(0, Communities.louvain(empty, 1).count());
        assertEquals(0, Communities.louvain(empty, 1).modularity());
    }

    @Test
    void labelPropagationOnAPathOfTenMillionNodes() {
        int n = 10_000_000;
        CommunityResult result = Communities.labelPropagation(EdgeListTopologies.path(n, false), 1);
        // after one round node v > 0 has v - 1 (the smaller of its two), node 0 has 1
        assertEquals(n - 1, result.count());
        assertEquals(0, result.labels().get(2));
        assertEquals(n - 2, result.labels().get(n - 1));
    }

    @Test
    void badIterationCountIsRefused() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Communities.labelPropagation(EdgeListTopologies.undirected(1), -1));
        assertTrue(e.getMessage().contains("maxIterations is -1"), e.getMessage());
    }

    // ---- Louvain

    @Test
    void louvainSplitsTwoTriangles() {
        for (long seed = 0; seed < 20; seed++) {
            CommunityResult result =
                    Communities.louvain(EdgeListTopologies.undirected(6, TWO_TRIANGLES), seed);
            assertArrayEquals(
                    new int[] {0, 0, 0, 1, 1, 1}, result.labels().toArray(), "seed " + seed);
            assertEquals(TWO_TRIANGLES_MODULARITY, result.modularity(), 1e-12);
        }
    }

    @Test
    void louvainFindsCliquesOfARingOfCliques() {
        // 6 cliques of 5, clique c's node 4 joined to clique c+1's node 0
        int cliques = 6;
        int size = 5;
        java.util.List<Integer> edges = new java.util.ArrayList<>();
        for (int c = 0; c < cliques; c++) {
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    edges.add(c * size + i);
                    edges.add(c * size + j);
                }
            }
            edges.add(c * size + size - 1);
            edges.add((c + 1) % cliques * size);
        }
        int[] list = edges.stream().mapToInt(Integer::intValue).toArray();
        CommunityResult result =
                Communities.louvain(EdgeListTopologies.undirected(cliques * size, list), 7);
        assertEquals(cliques, result.count());
        for (int v = 0; v < cliques * size; v++) {
            assertEquals(v / size, result.labels().get(v), "node " + v);
        }
        // m = 66; each clique: 10 inside, degree 22
        assertEquals(cliques * (10.0 / 66 - Math.pow(22.0 / 132, 2)), result.modularity(), 1e-12);
    }

    @Test
    void louvainIsAFunctionOfTheSeed() {
        Topology topology = randomGraph(300, 900, 3);
        CommunityResult a = Communities.louvain(topology, 42);
        CommunityResult b = Communities.louvain(topology, 42);
        assertArrayEquals(a.labels().toArray(), b.labels().toArray());
        assertEquals(a.modularity(), b.modularity());
        assertTrue(a.modularity() > 0.3, "modularity " + a.modularity());
        assertTrue(a.iterations() >= 1);
    }

    @Test
    void louvainBeatsLabelPropagationsSingletons() {
        Topology topology = randomGraph(200, 500, 5);
        CommunityResult louvain = Communities.louvain(topology, 1);
        CommunityResult singletons = Communities.labelPropagation(topology, 0);
        assertTrue(louvain.modularity() > singletons.modularity());
    }

    @Test
    void resolutionChangesTheCommunities() {
        Topology topology = randomGraph(300, 900, 3);
        CommunityResult coarse = Communities.louvain(topology, 42, 0.2);
        CommunityResult fine = Communities.louvain(topology, 42, 5);
        assertTrue(coarse.count() < fine.count(), coarse + " vs " + fine);
    }

    @Test
    void directedPairIsOneEdgeOfSummedWeight() {
        Topology directed =
                EdgeListTopologies.of(
                        true,
                        4,
                        new int[] {0, 1, 1, 0, 1, 2, 2, 3, 3, 2},
                        new double[] {1, 2, 1, 4, 1});
        Topology undirected =
                EdgeListTopologies.of(
                        false, 4, new int[] {0, 1, 1, 2, 2, 3}, new double[] {3, 1, 5});
        CommunityResult a = Communities.louvain(directed, 9);
        CommunityResult b = Communities.louvain(undirected, 9);
        assertArrayEquals(new int[] {0, 0, 1, 1}, a.labels().toArray());
        assertArrayEquals(a.labels().toArray(), b.labels().toArray());
        // m = 9: {0,1} 3 inside, degree 7; {2,3} 5 inside, degree 11
        double expected = 3.0 / 9 - Math.pow(7.0 / 18, 2) + 5.0 / 9 - Math.pow(11.0 / 18, 2);
        assertEquals(expected, a.modularity(), 1e-12);
        assertEquals(a.modularity(), b.modularity(), 1e-12);
    }

    @Test
    void modularityCountsASelfLoopOnceInsideAndTwiceInTheDegree() {
        // 0-1 weighs 1, 1-2 weighs 3, a loop at 2 weighs 2: m = 6, degrees 1, 4, 7
        Topology topology =
                EdgeListTopologies.of(
                        false, 3, new int[] {0, 1, 1, 2, 2, 2}, new double[] {1, 3, 2});
        WeightedUndirected graph = WeightedUndirected.of(topology, "test");
        assertArrayEquals(new double[] {1, 4, 7}, graph.degree);
        double q = graph.modularity(new int[] {0, 0, 1}, 2, 1.0);
        assertEquals(1.0 / 6 - Math.pow(5.0 / 12, 2) + 2.0 / 6 - Math.pow(7.0 / 12, 2), q, 1e-12);
    }

    @Test
    void badWeightsAndResolutionsAreRefused() {
        Topology negative = EdgeListTopologies.of(true, 2, new int[] {0, 1}, new double[] {-2.5});
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> Communities.louvain(negative, 1));
        assertTrue(
                e.getMessage().contains("\"v0\" -> \"v1\"")
                        && e.getMessage().contains("\"w\"")
                        && e.getMessage().contains("-2.5"),
                e.getMessage());
        Topology nan = EdgeListTopologies.of(false, 2, new int[] {0, 1}, new double[] {Double.NaN});
        assertThrows(IllegalArgumentException.class, () -> Communities.louvain(nan, 1));
        Topology fine = EdgeListTopologies.undirected(2, 0, 1);
        for (double resolution : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> Communities.louvain(fine, 1, resolution));
            assertTrue(e.getMessage().contains("resolution is " + resolution), e.getMessage());
        }
    }

    @Test
    void interruptStopsBoth() {
        Topology topology = randomGraph(300, 900, 3);
        try {
            Thread.currentThread().interrupt();
            assertThrows(
                    CancellationException.class, () -> Communities.labelPropagation(topology, 5));
            assertTrue(Thread.currentThread().isInterrupted());
            assertThrows(CancellationException.class, () -> Communities.louvain(topology, 5));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void differentSeedsMayDifferButEachIsStable() {
        Topology topology = randomGraph(300, 900, 3);
        int[] first = Communities.louvain(topology, 1).labels().toArray();
        boolean anyDiffers = false;
        for (long seed = 2; seed < 12; seed++) {
            anyDiffers |=
                    !java.util.Arrays.equals(
                            first, Communities.louvain(topology, seed).labels().toArray());
        }
        assertTrue(anyDiffers, "the seed is not used");
        assertNotEquals(0, first.length);
    }

    /** A seeded random undirected graph of {@code n} nodes and about {@code m} edges. */
    static Topology randomGraph(int n, int m, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] edges = new int[2 * m];
        for (int e = 0; e < m; e++) {
            int u = random.nextInt(n);
            // mostly local edges, so that there are communities to find
            int v = random.nextInt(10) < 8 ? (u + 1 + random.nextInt(5)) % n : random.nextInt(n);
            edges[2 * e] = u;
            edges[2 * e + 1] = v == u ? (u + 1) % n : v;
        }
        return EdgeListTopologies.undirected(n, edges);
    }
}
