package io.gli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link Topology}'s constructor takes arrays of the documented shape and refuses any other with an
 * {@link IllegalArgumentException} saying what is wrong, so that a faulty backend fails when it
 * builds a picture and not inside an algorithm.
 */
class TopologyConstructorTest {
    /** a to b, a to c, c to a: out-lists a [b, c], b [], c [a]; in-lists a [c], b [a], c [a]. */
    private static final List<String> IDS = List.of("a", "b", "c");

    private static int[] outOffsets() {
        return new int[] {0, 2, 2, 3};
    }

    private static int[] outTargets() {
        return new int[] {1, 2, 0};
    }

    private static int[] inOffsets() {
        return new int[] {0, 1, 2, 3};
    }

    private static int[] inSources() {
        return new int[] {2, 0, 0};
    }

    private static Topology directed(
            int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources) {
        return new Topology(
                true, IDS, 3, outOffsets, outTargets, inOffsets, inSources, null, null, null);
    }

    /** The call is refused as an invalid topology, the message containing {@code problem}. */
    private static void assertRefused(String problem, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(
                e.getMessage().startsWith("the backend built an invalid topology"), e::getMessage);
        assertTrue(e.getMessage().contains(problem), e::getMessage);
    }

    @Test
    void takesArraysOfTheDocumentedShape() {
        Topology t = directed(outOffsets(), outTargets(), inOffsets(), inSources());
        assertTrue(t.isDirected());
        assertEquals(3, t.nodeCount());
        assertEquals(3, t.edgeCount());
        assertEquals(2, t.outDegree(0));
        assertEquals(0, t.outDegree(1));
        assertEquals(0, t.outTarget(t.outBegin(2)));
        assertEquals(2, t.inSource(t.inBegin(0)));
        assertEquals(2, t.indexOf("c"));
        assertEquals(-1, t.indexOf("d"));
        assertFalse(t.hasWeights());
    }

    @Test
    void anUndirectedPictureSharesItsListsBetweenTheDirections() {
        // a - b, b - b (a self-loop, once)
        Topology t =
                new Topology(
                        false,
                        List.of("a", "b"),
                        2,
                        new int[] {0, 1, 3},
                        new int[] {1, 0, 1},
                        null,
                        null,
                        "w",
                        new double[] {1, 1, 2.5},
                        null);
        assertEquals(t.outBegin(1), t.inBegin(1));
        assertEquals(t.outEnd(1), t.inEnd(1));
        assertEquals(2.5, t.inWeight(2));
        assertEquals(3, t.outEntries());
    }

    @Test
    void refusesMissingLists() {
        assertRefused(
                "out-lists are missing",
                () -> directed(null, outTargets(), inOffsets(), inSources()));
        assertRefused(
                "out-lists are missing",
                () -> directed(outOffsets(), null, inOffsets(), inSources()));
        assertRefused(
                "in-lists are missing",
                () -> directed(outOffsets(), outTargets(), null, inSources()));
        assertRefused(
                "in-lists are missing",
                () -> directed(outOffsets(), outTargets(), inOffsets(), null));
        assertThrows(
                NullPointerException.class,
                () ->
                        new Topology(
                                true,
                                null,
                                3,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                inSources(),
                                null,
                                null,
                                null));
    }

    @Test
    void refusesOffsetsOfTheWrongLengthOrRange() {
        String problem = "out-offsets must run from 0 to the number of entries";
        assertRefused(
                problem,
                () -> directed(new int[] {0, 2, 3}, outTargets(), inOffsets(), inSources()));
        assertRefused(
                problem,
                () -> directed(new int[] {0, 2, 2, 3, 3}, outTargets(), inOffsets(), inSources()));
        assertRefused(
                problem,
                () -> directed(new int[] {1, 2, 2, 3}, outTargets(), inOffsets(), inSources()));
        assertRefused(
                problem,
                () -> directed(new int[] {0, 2, 2, 2}, outTargets(), inOffsets(), inSources()));
        assertRefused(
                "in-offsets must run from 0",
                () -> directed(outOffsets(), outTargets(), new int[] {0, 1, 2, 4}, inSources()));
    }

    @Test
    void refusesDecreasingOffsets() {
        assertRefused(
                "out-offsets decrease at node 1",
                () -> directed(new int[] {0, 2, 1, 3}, outTargets(), inOffsets(), inSources()));
        assertRefused(
                "in-offsets decrease at node 1",
                () -> directed(outOffsets(), outTargets(), new int[] {0, 3, 2, 3}, inSources()));
    }

    @Test
    void refusesEntriesThatAreNoNodeIndex() {
        assertRefused(
                "out-entry 1 is 3, not a node index",
                () -> directed(outOffsets(), new int[] {1, 3, 0}, inOffsets(), inSources()));
        assertRefused(
                "in-entry 0 is -1, not a node index",
                () -> directed(outOffsets(), outTargets(), inOffsets(), new int[] {-1, 0, 0}));
    }

    @Test
    void refusesADirectedPictureWhoseCountsDisagree() {
        String problem = "one out- and one in-entry per edge";
        assertRefused(
                problem,
                () ->
                        new Topology(
                                true,
                                IDS,
                                4,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                inSources(),
                                null,
                                null,
                                null));
        assertRefused(
                problem,
                () ->
                        directed(
                                outOffsets(),
                                outTargets(),
                                new int[] {0, 1, 1, 2},
                                new int[] {2, 0}));
    }

    @Test
    void refusesInListsOnAnUndirectedPicture() {
        String problem = "an undirected graph has no separate in-lists";
        assertRefused(
                problem,
                () ->
                        new Topology(
                                false,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                null,
                                null,
                                null,
                                null));
        assertRefused(
                problem,
                () ->
                        new Topology(
                                false,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                null,
                                inSources(),
                                null,
                                null,
                                null));
        assertRefused(
                problem,
                () ->
                        new Topology(
                                false,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                null,
                                null,
                                "w",
                                new double[3],
                                new double[3]));
    }

    @Test
    void refusesAnUndirectedPictureThatDoesNotListEachEdgeAtBothEnds() {
        String problem = "lists each edge at both ends, a self-loop once";
        // a - b listed at a only
        assertRefused(
                problem,
                () ->
                        new Topology(
                                false,
                                List.of("a", "b"),
                                1,
                                new int[] {0, 1, 1},
                                new int[] {1},
                                null,
                                null,
                                null,
                                null,
                                null));
        // a self-loop at b listed twice
        assertRefused(
                problem,
                () ->
                        new Topology(
                                false,
                                List.of("a", "b"),
                                1,
                                new int[] {0, 0, 2},
                                new int[] {1, 1},
                                null,
                                null,
                                null,
                                null,
                                null));
    }

    @Test
    void refusesWeightsWithoutAKeyAndAKeyWithoutWeights() {
        String problem = "weights go with a weight key";
        assertRefused(
                problem,
                () ->
                        new Topology(
                                true,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                inSources(),
                                null,
                                new double[3],
                                new double[3]));
        assertRefused(
                problem,
                () ->
                        new Topology(
                                true,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                inSources(),
                                "w",
                                null,
                                null));
        assertRefused(
                problem,
                () ->
                        new Topology(
                                true,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                inSources(),
                                "w",
                                new double[3],
                                null));
        assertRefused(
                problem,
                () ->
                        new Topology(
                                false,
                                List.of("a", "b"),
                                1,
                                new int[] {0, 1, 2},
                                new int[] {1, 0},
                                null,
                                null,
                                "w",
                                null,
                                null));
    }

    @Test
    void refusesWeightsNotAlignedWithTheEntries() {
        assertRefused(
                "out-weights are not aligned",
                () ->
                        new Topology(
                                true,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                inSources(),
                                "w",
                                new double[2],
                                new double[3]));
        assertRefused(
                "in-weights are not aligned",
                () ->
                        new Topology(
                                true,
                                IDS,
                                3,
                                outOffsets(),
                                outTargets(),
                                inOffsets(),
                                inSources(),
                                "w",
                                new double[3],
                                new double[4]));
    }

    @Test
    void weightsReadsWithoutWeightsAreRefused() {
        Topology t = directed(outOffsets(), outTargets(), inOffsets(), inSources());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> t.outWeight(0));
        assertTrue(e.getMessage().contains("topology(weightKey)"), e::getMessage);
        assertThrows(IllegalStateException.class, () -> t.inWeight(0));
    }
}
