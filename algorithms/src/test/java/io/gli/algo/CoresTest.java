package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class CoresTest {
    /**
     * Core numbers by the definition, peeling: for k = 1, 2, ..., remove nodes of degree below k
     * until none is left; a node removed while peeling for k has core number k - 1.
     */
    private static int[] byPeeling(Topology topology) {
        boolean[][] joined = RankTopologies.simpleMatrix(topology);
        int n = joined.length;
        boolean[] removed = new boolean[n];
        int[] core = new int[n];
        int left = n;
        for (int k = 1; left > 0; k++) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int v = 0; v < n; v++) {
                    if (removed[v]) {
                        continue;
                    }
                    int degree = 0;
                    for (int w = 0; w < n; w++) {
                        if (joined[v][w] && !removed[w]) {
                            degree++;
                        }
                    }
                    if (degree < k) {
                        removed[v] = true;
                        core[v] = k - 1;
                        left--;
                        changed = true;
                    }
                }
            }
        }
        return core;
    }

    @Test
    void handCheckedSmallGraph() {
        // K4 a b c d, with e hanging off d and f alone
        Topology topology = RankTopologies.of("a b c d e f", "a-b a-c a-d b-c b-d c-d d-e");
        assertArrayEquals(new int[] {3, 3, 3, 3, 1, 0}, Cores.coreNumbers(topology).toArray());
    }

    @Test
    void karateClubAsNetworkX() {
        assertArrayEquals(
                new int[] {
                    4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 2,
                    3, 3, 3, 4, 3, 4, 4
                },
                Cores.coreNumbers(RankTopologies.karate()).toArray());
    }

    @Test
    void directedGraphsUseTheUnderlyingSimpleGraph() {
        // a triangle with one pair joined both ways and a self-loop: the 2-core, as undirected
        Topology topology = RankTopologies.of("a b c d", "a>b b>a b>c c>a a>a c>d");
        assertArrayEquals(new int[] {2, 2, 2, 1}, Cores.coreNumbers(topology).toArray());
    }

    @Test
    void randomGraphsAgreeWithPeeling() {
        for (boolean directed : new boolean[] {true, false}) {
            for (long seed = 1; seed <= 4; seed++) {
                Topology topology = RankTopologies.random(120, 700, directed, true, seed);
                assertArrayEquals(
                        byPeeling(topology),
                        Cores.coreNumbers(topology).toArray(),
                        "seed " + seed + ", directed " + directed);
            }
        }
    }

    @Test
    void longPathRunsWithoutRecursion() {
        NodeInts cores = Cores.coreNumbers(RankTopologies.path(10_000_000, false));
        assertEquals(1, cores.get(0));
        assertEquals(1, cores.get(9_999_999));
        assertEquals(0, Cores.coreNumbers(RankTopologies.path(1, false)).get(0));
        assertEquals(0, Cores.coreNumbers(RankTopologies.path(0, false)).size());
    }

    @Test
    void interruptCancels() {
        Topology topology = RankTopologies.random(10_000, 50_000, false, false, 3);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Cores.coreNumbers(topology));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
        } finally {
            Thread.interrupted();
        }
    }
}
