package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class TrianglesTest {
    /** Counted by hand over every triple of the simple matrix: obviously right, O(n^3). */
    private static long[] bruteForce(Topology topology) {
        boolean[][] joined = RankTopologies.simpleMatrix(topology);
        int n = joined.length;
        long[] counts = new long[n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = b + 1; c < n; c++) {
                    if (joined[a][b] && joined[b][c] && joined[a][c]) {
                        counts[a]++;
                        counts[b]++;
                        counts[c]++;
                    }
                }
            }
        }
        return counts;
    }

    @Test
    void handCountedSmallGraphs() {
        // two triangles sharing the edge b-c, and a pendant d-e
        Topology topology = RankTopologies.of("a b c d e", "a-b b-c c-a b-d c-d d-e");
        assertArrayEquals(new long[] {1, 2, 2, 1, 0}, Triangles.perNode(topology).toArray());
        assertEquals(2, Triangles.total(topology));
        // K4: each node in 3 triangles, 4 in all
        Topology k4 = RankTopologies.of("a b c d", "a-b a-c a-d b-c b-d c-d");
        assertArrayEquals(new long[] {3, 3, 3, 3}, Triangles.perNode(k4).toArray());
        assertEquals(4, Triangles.total(k4));
        assertEquals(0, Triangles.total(RankTopologies.path(0, false)));
    }

    @Test
    void karateClubAsNetworkX() {
        Topology karate = RankTopologies.karate();
        assertArrayEquals(
                new long[] {
                    18, 12, 11, 10, 2, 3, 3, 6, 5, 0, 2, 0, 1, 6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1,
                    1, 1, 1, 1, 4, 3, 3, 13, 15
                },
                Triangles.perNode(karate).toArray());
        assertEquals(45, Triangles.total(karate));
    }

    @Test
    void directedGraphsCountTheUnderlyingSimpleGraph() {
        // a cycle one way, a pair both ways and a self-loop: one triangle, as if undirected
        Topology topology = RankTopologies.of("a b c", "a>b b>c c>a a>c a>a");
        assertArrayEquals(new long[] {1, 1, 1}, Triangles.perNode(topology).toArray());
        assertEquals(1, Triangles.total(topology));
    }

    @Test
    void randomGraphsAgreeWithBruteForce() {
        for (boolean directed : new boolean[] {true, false}) {
            for (long seed = 1; seed <= 4; seed++) {
                Topology topology = RankTopologies.random(150, 1500, directed, true, seed);
                long[] expected = bruteForce(topology);
                long[] actual = Triangles.perNode(topology, 2).toArray();
                assertArrayEquals(expected, actual, "seed " + seed + ", directed " + directed);
                long sum = 0;
                for (long count : expected) {
                    sum += count;
                }
                assertEquals(sum / 3, Triangles.total(topology, 2));
            }
        }
    }

    @Test
    void countsDoNotDependOnTheThreadCount() {
        // 30,000 nodes: eight chunks; skewed degrees, so some chunks take much longer
        Topology topology = RankTopologies.random(30_000, 300_000, false, false, 5);
        long[] one = Triangles.perNode(topology, 1).toArray();
        long total = Triangles.total(topology, 1);
        long sum = 0;
        for (long count : one) {
            sum += count;
        }
        assertEquals(sum, 3 * total);
        assertTrue(total > 1000, "the graph should have triangles: " + total);
        for (int threads : new int[] {2, 3, 7}) {
            assertArrayEquals(one, Triangles.perNode(topology, threads).toArray());
            assertEquals(total, Triangles.total(topology, threads));
        }
    }

    @Test
    void longPathHasNone() {
        Topology path = RankTopologies.path(10_000_000, false);
        assertEquals(0, Triangles.total(path, 2));
        NodeLongs perNode = Triangles.perNode(path, 2);
        assertEquals(0, perNode.get(5_000_000));
        assertEquals(10_000_000, perNode.size());
    }

    @Test
    void badThreadCountsAreRefused() {
        Topology topology = RankTopologies.path(3, false);
        IllegalArgumentException perNode =
                assertThrows(IllegalArgumentException.class, () -> Triangles.perNode(topology, 0));
        assertTrue(perNode.getMessage().contains("threads is 0"), perNode.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Triangles.total(topology, -1));
    }

    @Test
    void interruptCancels() {
        Topology topology = RankTopologies.random(10_000, 50_000, false, false, 3);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Triangles.perNode(topology, 1));
            assertThrows(CancellationException.class, () -> Triangles.total(topology, 2));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
        } finally {
            Thread.interrupted();
        }
    }
}
