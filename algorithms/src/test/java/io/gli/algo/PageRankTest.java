package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PageRankTest {
    /** Close enough to NetworkX's figures: same iterations, the same sums up to rounding. */
    private static final double NETWORKX = 1e-12;

    /** A directed graph with a self-loop, a dangling node (b has out-edges; e has none). */
    private static final String NODES = "a b c d e";

    private static final String DIRECTED = "a>b:1 a>c:3 b>c:2 c>a:1 d>c:0.5 d>d:2";
    private static final String UNDIRECTED = "a-b:1 a-c:3 b-c:2 c-d:0.5 d-d:2";

    private static void assertRanks(
            PageRankResult result, int iterations, double tolerance, double... expected) {
        assertTrue(result.converged(), result::toString);
        assertEquals(iterations, result.iterations(), "iterations");
        assertArrayEquals(expected, result.ranks().toArray(), tolerance);
        assertTrue(result.error() < expected.length * 1e-6, "error " + result.error());
    }

    // ---- hand-checked

    @Test
    void cycleIsUniformAtOnce() {
        PageRankResult result = PageRank.builder().run(RankTopologies.of("a b c", "a>b b>c c>a"));
        assertRanks(result, 1, 0, 1 / 3.0, 1 / 3.0, 1 / 3.0);
        assertEquals(0, result.error());
    }

    @Test
    void danglingRankIsSpreadEvenly() {
        // x_a = 0.85 * x_b / 2 + 0.075 and x_a + x_b = 1
        double b = 0.925 / 1.425;
        assertRanks(PageRank.builder().run(RankTopologies.of("a b", "a>b")), 16, 1e-6, 1 - b, b);
    }

    @Test
    void starCentreHoldsMost() {
        // x_c = 0.85 * 3 x_l + 0.0375, x_l = 0.85 x_c / 3 + 0.0375, x_c + 3 x_l = 1
        double centre = 0.8875 / 1.85;
        double leaf = (1 - centre) / 3;
        PageRankResult result = PageRank.builder().run(RankTopologies.of("c x y z", "c-x y-c c-z"));
        assertArrayEquals(new double[] {centre, leaf, leaf, leaf}, result.ranks().toArray(), 1e-6);
        assertEquals(centre, result.ranks().get("c"), 1e-6);
    }

    @Test
    void weightsSplitTheRank() {
        // a passes 1/4 to b and 3/4 to c; both pass everything back
        double a = 0.135 / 0.2775;
        PageRankResult result =
                PageRank.builder()
                        .weighted(true)
                        .run(RankTopologies.of("a b c", "a>b:1 a>c:3 b>a:2 c>a:5", true));
        assertArrayEquals(
                new double[] {a, 0.2125 * a + 0.05, 0.6375 * a + 0.05},
                result.ranks().toArray(),
                1e-6);
    }

    @Test
    void selfLoopIsAnOutEdge() {
        // a keeps half of its passed rank: x_a = 0.85 (x_a / 2 + x_b) + 0.075
        double a = 0.925 / 1.425;
        PageRankResult result = PageRank.builder().run(RankTopologies.of("a b", "a>a a>b b>a"));
        assertArrayEquals(new double[] {a, 1 - a}, result.ranks().toArray(), 1e-6);
    }

    @Test
    void danglingRankFollowsThePersonalization() {
        // all jumps and b's dangling rank go to a: x_a = 0.85 x_b + 0.15, x_b = 0.85 x_a
        double a = 0.15 / (1 - 0.85 * 0.85);
        PageRankResult result =
                PageRank.builder()
                        .personalization(Map.of("a", 2.0, "b", 0.0))
                        .run(RankTopologies.of("a b", "a>b"));
        assertArrayEquals(new double[] {a, 0.85 * a}, result.ranks().toArray(), 1e-6);
    }

    // ---- NetworkX 3.6 figures (nx.pagerank on the same graphs), iteration counts included

    @Test
    void directedAsNetworkX() {
        assertRanks(
                PageRank.builder().run(RankTopologies.of(NODES, DIRECTED, true)),
                24,
                NETWORKX,
                0.3487926189183095,
                0.18438181576242232,
                0.36782085051193214,
                0.06286013649408333,
                0.03614457831325302);
    }

    @Test
    void weightedDirectedAsNetworkX() {
        assertRanks(
                PageRank.builder().weighted(true).run(RankTopologies.of(NODES, DIRECTED, true)),
                27,
                NETWORKX,
                0.35884797400210333,
                0.1123995715630157,
                0.37965181282706206,
                0.11295606329456617,
                0.03614457831325302);
    }

    @Test
    void personalizedAsNetworkX() {
        assertRanks(
                PageRank.builder()
                        .personalization(Map.of("a", 1.0, "e", 3.0))
                        .run(RankTopologies.of(NODES, DIRECTED)),
                25,
                NETWORKX,
                0.3118849561640741,
                0.13255117899501792,
                0.2452204652459098,
                1.025069347155565e-10,
                0.3103433994924911);
    }

    @Test
    void undirectedAsNetworkX() {
        assertRanks(
                PageRank.builder().run(RankTopologies.of(NODES, UNDIRECTED)),
                13,
                NETWORKX,
                0.21700817480230955,
                0.21700817480230955,
                0.3128308972635891,
                0.21700817480230955,
                0.03614457832948221);
    }

    @Test
    void weightedUndirectedAsNetworkX() {
        assertRanks(
                PageRank.builder().weighted(true).run(RankTopologies.of(NODES, UNDIRECTED, true)),
                22,
                NETWORKX,
                0.24512475902203326,
                0.19140019944939624,
                0.33377504427765387,
                0.19355541893766356,
                0.036144578313253024);
    }

    @Test
    void dampingAsNetworkX() {
        PageRankResult result =
                PageRank.builder().damping(0.5).run(RankTopologies.of(NODES, DIRECTED));
        assertArrayEquals(
                new double[] {
                    0.26210822297762726,
                    0.176637994753846,
                    0.30199451638649955,
                    0.1481481547708272,
                    0.1111111111112
                },
                result.ranks().toArray(),
                NETWORKX);
    }

    // ---- stopping

    @Test
    void notConvergedReturnsTheLastRanks() {
        PageRankResult result =
                PageRank.builder().maxIterations(2).run(RankTopologies.of("a b", "a>b"));
        assertFalse(result.converged());
        assertEquals(2, result.iterations());
        assertTrue(result.error() > 0);
        assertEquals(1, result.ranks().sum(), 1e-12);
    }

    @Test
    void zeroToleranceRunsEveryIteration() {
        PageRankResult result =
                PageRank.builder()
                        .tolerance(0)
                        .maxIterations(7)
                        .run(RankTopologies.of(NODES, DIRECTED));
        assertEquals(7, result.iterations());
        assertFalse(result.converged());
    }

    @Test
    void emptyTopologyHasNoRanks() {
        PageRankResult result = PageRank.builder().run(RankTopologies.path(0, true));
        assertEquals(0, result.ranks().size());
        assertEquals(0, result.iterations());
        assertTrue(result.converged());
    }

    @Test
    void zeroDampingGivesThePersonalization() {
        PageRankResult result =
                PageRank.builder()
                        .damping(0)
                        .personalization(Map.of("b", 1.0, "c", 3.0))
                        .run(RankTopologies.of(NODES, DIRECTED));
        assertArrayEquals(new double[] {0, 0.25, 0.75, 0, 0}, result.ranks().toArray(), 0);
    }

    // ---- determinism and size

    @Test
    void ranksDoNotDependOnTheThreadCount() {
        // 20,000 nodes: five chunks, so that threads share the work
        for (boolean directed : new boolean[] {true, false}) {
            Topology topology = RankTopologies.random(20_000, 80_000, directed, true, 17);
            for (boolean weighted : new boolean[] {false, true}) {
                PageRank.Builder builder = PageRank.builder().weighted(weighted).tolerance(0);
                double[] one = builder.threads(1).maxIterations(30).run(topology).ranks().toArray();
                for (int threads : new int[] {2, 3, 8}) {
                    assertArrayEquals(
                            one,
                            builder.threads(threads).run(topology).ranks().toArray(),
                            0,
                            threads + " threads, directed " + directed + ", weighted " + weighted);
                }
            }
        }
    }

    @Test
    void longPathRunsInLinearMemory() {
        Topology path = RankTopologies.path(10_000_000, true);
        PageRankResult result =
                PageRank.builder().tolerance(0).maxIterations(3).threads(2).run(path);
        assertEquals(3, result.iterations());
        // node 1 is reached by node 0 only; every node gets its jump and a share of the sink
        assertTrue(result.ranks().get(1) > result.ranks().get(0));
        assertEquals(1, result.ranks().sum(), 1e-9);
    }

    // ---- refusals

    private static void assertRefused(
            Class<? extends Throwable> type, Executable call, String... named) {
        Throwable thrown = assertThrows(type, call);
        for (String part : named) {
            assertTrue(
                    thrown.getMessage().contains(part),
                    () -> "\"" + thrown.getMessage() + "\" should name " + part);
        }
    }

    @Test
    void badOptionsAreRefusedNamingThem() {
        PageRank.Builder builder = PageRank.builder();
        for (double damping : new double[] {-0.01, 1.01, Double.NaN}) {
            assertRefused(
                    IllegalArgumentException.class,
                    () -> builder.damping(damping),
                    "damping",
                    String.valueOf(damping),
                    "[0, 1]");
        }
        for (double tolerance : new double[] {-1e-9, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertRefused(
                    IllegalArgumentException.class,
                    () -> builder.tolerance(tolerance),
                    "tolerance",
                    String.valueOf(tolerance));
        }
        assertRefused(
                IllegalArgumentException.class,
                () -> builder.maxIterations(0),
                "maxIterations",
                "0");
        assertRefused(IllegalArgumentException.class, () -> builder.threads(0), "threads", "0");
        // nothing refused changed the builder: NetworkX's defaults still apply
        assertRanks(
                builder.run(RankTopologies.of(NODES, DIRECTED)),
                24,
                NETWORKX,
                0.3487926189183095,
                0.18438181576242232,
                0.36782085051193214,
                0.06286013649408333,
                0.03614457831325302);
    }

    @Test
    void badPersonalizationsAreRefused() {
        PageRank.Builder builder = PageRank.builder();
        assertRefused(
                IllegalArgumentException.class,
                () -> builder.personalization(Map.of("a", 1.0, "b", -2.0)),
                "\"b\"",
                "-2.0");
        assertRefused(
                IllegalArgumentException.class,
                () -> builder.personalization(Map.of("a", Double.NaN)),
                "\"a\"",
                "NaN");
        assertRefused(
                IllegalArgumentException.class,
                () -> builder.personalization(Map.of("a", 0.0, "b", 0.0)),
                "all 0");
        assertRefused(IllegalArgumentException.class, () -> builder.personalization(Map.of()));
        Map<String, Double> nullWeight = new HashMap<>();
        nullWeight.put("a", null);
        assertRefused(
                NullPointerException.class, () -> builder.personalization(nullWeight), "\"a\"");
        Topology topology = RankTopologies.of(NODES, DIRECTED);
        PageRank.Builder unknown = PageRank.builder().personalization(Map.of("a", 1.0, "zz", 1.0));
        assertRefused(NodeNotFoundException.class, () -> unknown.run(topology), "zz");
    }

    @Test
    void weightedNeedsGoodWeights() {
        PageRank.Builder weighted = PageRank.builder().weighted(true);
        assertRefused(
                IllegalArgumentException.class,
                () -> weighted.run(RankTopologies.of(NODES, DIRECTED)),
                "graph.topology(weightKey)");
        for (String weight : List.of("-1.0", "NaN", "Infinity")) {
            assertRefused(
                    IllegalArgumentException.class,
                    () -> weighted.run(RankTopologies.of("a b c", "a>b c>a:" + weight, true)),
                    "\"c\" -> \"a\"",
                    weight,
                    "\"w\"");
        }
        // unweighted runs ignore the weights, bad or not
        assertEquals(
                3,
                PageRank.builder()
                        .run(RankTopologies.of("a b c", "a>b c>a:-1", true))
                        .ranks()
                        .size());
    }

    @Test
    void allZeroOutWeightsMakeANodeDangling() {
        // as NetworkX: b's only out-edge weighs 0, so b is dangling, as if b > a were absent
        assertArrayEquals(
                PageRank.builder().run(RankTopologies.of("a b", "a>b")).ranks().toArray(),
                PageRank.builder()
                        .weighted(true)
                        .run(RankTopologies.of("a b", "a>b b>a:0", true))
                        .ranks()
                        .toArray(),
                1e-15);
    }

    @Test
    void interruptCancels() {
        Topology topology = RankTopologies.random(10_000, 30_000, true, false, 3);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> PageRank.builder().run(topology));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
        } finally {
            Thread.interrupted();
        }
    }
}
