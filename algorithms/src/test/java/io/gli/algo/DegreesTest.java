package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import org.junit.jupiter.api.Test;

class DegreesTest {
    @Test
    void directedDegreesAsTheGraphCountsThem() {
        // a pair joined both ways is one neighbor; a self-loop makes a node its own neighbor
        Topology topology = RankTopologies.of("a b c d", "a>b b>a a>c c>c d>a");
        assertArrayEquals(new int[] {2, 1, 1, 1}, Degrees.of(topology, Direction.OUT).toArray());
        assertArrayEquals(new int[] {2, 1, 2, 0}, Degrees.of(topology, Direction.IN).toArray());
        assertArrayEquals(new int[] {3, 1, 2, 1}, Degrees.of(topology, Direction.BOTH).toArray());
    }

    @Test
    void undirectedDegreesAgreeInEveryDirection() {
        Topology topology = RankTopologies.of("a b c d", "a-b a-c c-c");
        for (Direction direction : Direction.values()) {
            assertArrayEquals(
                    new int[] {2, 1, 2, 0},
                    Degrees.of(topology, direction).toArray(),
                    direction.toString());
        }
    }

    @Test
    void statsSummarizeTheDistribution() {
        // a star: centre of degree 9, nine leaves of degree 1, one isolated node
        StringBuilder nodes = new StringBuilder("c x");
        StringBuilder edges = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            nodes.append(" l").append(i);
            edges.append(i == 1 ? "" : " ").append("c-l").append(i);
        }
        DegreeStats stats =
                Degrees.stats(
                        RankTopologies.of(nodes.toString(), edges.toString()), Direction.BOTH);
        assertEquals(0, stats.min());
        assertEquals(9, stats.max());
        assertEquals(18, stats.total());
        assertEquals(11, stats.nodeCount());
        assertEquals(18 / 11.0, stats.mean(), 0);
        assertEquals(1, stats.count(0));
        assertEquals(9, stats.count(1));
        assertEquals(0, stats.count(2));
        assertEquals(1, stats.count(9));
        assertEquals(0, stats.count(1000));
        // buckets: {0}, {1}, {2, 3}, {4..7}, {8..15}
        assertArrayEquals(new long[] {1, 9, 0, 0, 1}, stats.histogram());
        assertEquals(8, DegreeStats.bucketLow(4));
        assertEquals(15, DegreeStats.bucketHigh(4));
        assertEquals(4, DegreeStats.bucketOf(9));
        assertEquals(31, DegreeStats.bucketOf(Integer.MAX_VALUE));
        assertEquals(Integer.MAX_VALUE, DegreeStats.bucketHigh(31));
        assertEquals(Direction.BOTH, stats.direction());
    }

    @Test
    void emptyTopologyStats() {
        DegreeStats stats = Degrees.stats(RankTopologies.path(0, true), Direction.OUT);
        assertEquals(0, stats.min());
        assertEquals(0, stats.max());
        assertTrue(Double.isNaN(stats.mean()));
        assertArrayEquals(new long[] {0}, stats.histogram());
    }

    @Test
    void badArgumentsAreRefusedNamingThem() {
        DegreeStats stats = Degrees.stats(RankTopologies.path(3, true), Direction.OUT);
        IllegalArgumentException count =
                assertThrows(IllegalArgumentException.class, () -> stats.count(-1));
        assertTrue(count.getMessage().contains("degree is -1"), count.getMessage());
        IllegalArgumentException bucket =
                assertThrows(IllegalArgumentException.class, () -> DegreeStats.bucketLow(32));
        assertTrue(bucket.getMessage().contains("bucket is 32"), bucket.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DegreeStats.bucketOf(-3));
        assertThrows(
                NullPointerException.class, () -> Degrees.of(RankTopologies.path(3, true), null));
    }

    @Test
    void longPath() {
        Topology path = RankTopologies.path(10_000_000, true);
        DegreeStats stats = Degrees.stats(path, Direction.BOTH);
        assertEquals(1, stats.min());
        assertEquals(2, stats.max());
        assertEquals(2, stats.count(1));
        assertEquals(0, Degrees.of(path, Direction.IN).get(0));
    }
}
