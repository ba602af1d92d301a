package io.gli.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Topology;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ClusteringTest {
    @Test
    void handComputedSmallGraph() {
        // a: 1 of its 1 neighbor pairs joined; b: 2 of 3; d: 1 of 3; e: one neighbor
        Topology topology = RankTopologies.of("a b c d e", "a-b b-c c-a b-d c-d d-e");
        assertArrayEquals(
                new double[] {1, 2 / 3.0, 2 / 3.0, 1 / 3.0, 0},
                Clustering.local(topology).toArray(),
                0);
        assertEquals((1 + 2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 5, Clustering.average(topology), 1e-15);
    }

    @Test
    void karateClubAsNetworkXExactly() {
        Topology karate = RankTopologies.karate();
        assertArrayEquals(
                new double[] {
                    0.15,
                    0.3333333333333333,
                    0.24444444444444444,
                    0.6666666666666666,
                    0.6666666666666666,
                    0.5,
                    0.5,
                    1.0,
                    0.5,
                    0,
                    0.6666666666666666,
                    0,
                    1.0,
                    0.6,
                    1.0,
                    1.0,
                    1.0,
                    1.0,
                    1.0,
                    0.3333333333333333,
                    1.0,
                    1.0,
                    1.0,
                    0.4,
                    0.3333333333333333,
                    0.3333333333333333,
                    1.0,
                    0.16666666666666666,
                    0.3333333333333333,
                    0.6666666666666666,
                    0.5,
                    0.2,
                    0.19696969696969696,
                    0.11029411764705882
                },
                Clustering.local(karate).toArray(),
                0);
        assertEquals(0.5706384782076823, Clustering.average(karate), 0);
    }

    @Test
    void selfLoopsAndDirectionsAreIgnored() {
        Topology directed = RankTopologies.of("a b c d", "a>b b>a b>c c>a c>c a>d");
        Topology undirected = RankTopologies.of("a b c d", "a-b b-c c-a a-d");
        assertArrayEquals(
                Clustering.local(undirected).toArray(), Clustering.local(directed).toArray(), 0);
        assertArrayEquals(new double[] {1 / 3.0, 1, 1, 0}, Clustering.local(directed).toArray(), 0);
    }

    @Test
    void emptyTopologyAveragesToNaN() {
        assertTrue(Double.isNaN(Clustering.average(RankTopologies.path(0, false))));
        assertEquals(0, Clustering.average(RankTopologies.path(1, false)));
    }

    @Test
    void valuesDoNotDependOnTheThreadCount() {
        Topology topology = RankTopologies.random(20_000, 120_000, true, true, 8);
        double[] one = Clustering.local(topology, 1).toArray();
        double average = Clustering.average(topology, 1);
        for (int threads : new int[] {2, 5}) {
            assertArrayEquals(one, Clustering.local(topology, threads).toArray(), 0);
            assertEquals(average, Clustering.average(topology, threads), 0);
        }
    }

    @Test
    void badThreadCountsAndInterruptsAreRefused() {
        Topology topology = RankTopologies.random(10_000, 50_000, false, false, 3);
        assertThrows(IllegalArgumentException.class, () -> Clustering.local(topology, 0));
        assertThrows(IllegalArgumentException.class, () -> Clustering.average(topology, 0));
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Clustering.local(topology, 1));
            assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
        } finally {
            Thread.interrupted();
        }
    }
}
