package io.gli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The algorithm rows' graphs: the same seed draws the same graph, edges are distinct and loop-free,
 * and RMAT is as skewed as its quadrant probabilities make it, where uniform is not.
 */
class GeneratedGraphTest {
    private static final GraphSpec RMAT = new GraphSpec(GraphSpec.Shape.RMAT, 14, 8);
    private static final GraphSpec UNIFORM = new GraphSpec(GraphSpec.Shape.UNIFORM, 14, 8);

    @Test
    void theSameSeedDrawsTheSameGraph() {
        for (GraphSpec spec : new GraphSpec[] {RMAT, UNIFORM}) {
            GeneratedGraph once = GeneratedGraph.generate(spec, 7);
            GeneratedGraph again = GeneratedGraph.generate(spec, 7);
            GeneratedGraph other = GeneratedGraph.generate(spec, 8);
            assertArrayEquals(edges(once), edges(again), spec.toString());
            assertArrayEquals(weights(once), weights(again), spec.toString());
            assertFalse(Arrays.equals(edges(once), edges(other)), spec.toString());
        }
    }

    @Test
    void edgesAreDistinctLoopFreeSortedAndWeightedInUnitInterval() {
        for (GraphSpec spec : new GraphSpec[] {RMAT, UNIFORM}) {
            GeneratedGraph graph = spec.generate();
            long[] pairs = edges(graph);
            assertTrue(pairs.length > 0 && pairs.length <= spec.generatedEdges());
            for (int i = 0; i < pairs.length; i++) {
                assertTrue(graph.source(i) != graph.target(i), "self-loop at " + i);
                assertTrue(i == 0 || pairs[i - 1] < pairs[i], "repeat or disorder at " + i);
                assertTrue(graph.target(i) >= 0 && graph.target(i) < spec.nodes());
                assertTrue(graph.weight(i) > 0 && graph.weight(i) <= 1);
            }
            GeneratedGraph undirected = graph.undirected();
            assertTrue(undirected.edgeCount() <= graph.edgeCount());
            long[] undirectedPairs = edges(undirected);
            for (int i = 0; i < undirectedPairs.length; i++) {
                assertTrue(undirected.source(i) < undirected.target(i));
                assertTrue(i == 0 || undirectedPairs[i - 1] < undirectedPairs[i]);
            }
        }
    }

    @Test
    void rmatIsSkewedAndRepeatsPairsWhereUniformDoesNot() {
        GeneratedGraph rmat = RMAT.generate();
        GeneratedGraph uniform = UNIFORM.generate();
        int rmatMax = Arrays.stream(rmat.outDegrees()).max().orElseThrow();
        int uniformMax = Arrays.stream(uniform.outDegrees()).max().orElseThrow();
        // The mean out-degree is about 8 in both; RMAT's hubs have hundreds of edges.
        assertTrue(rmatMax > 20 * uniformMax, rmatMax + " vs " + uniformMax);
        assertTrue(uniformMax < 40, "uniform max degree " + uniformMax);
        // RMAT leaves a large share of its nodes without any edge; uniform almost none.
        assertTrue(isolated(rmat) > RMAT.nodes() / 5, "rmat isolated " + isolated(rmat));
        assertTrue(isolated(uniform) < UNIFORM.nodes() / 100, "uniform " + isolated(uniform));
        // Hub pairs repeat in RMAT, so many drawn edges are dropped; uniform keeps nearly all.
        assertTrue(rmat.edgeCount() < 0.95 * RMAT.generatedEdges(), "" + rmat.edgeCount());
        assertTrue(uniform.edgeCount() > 0.999 * UNIFORM.generatedEdges());
        assertEquals(rmat.hub(), argMax(rmat.outDegrees()));
    }

    @Test
    void specsReadBackAndRejectNonsense() {
        assertEquals(RMAT, GraphSpec.parse(RMAT.toString()));
        assertEquals("uniform/14/8", UNIFORM.toString());
        assertThrows(IllegalArgumentException.class, () -> GraphSpec.parse("rmat/14"));
        assertThrows(IllegalArgumentException.class, () -> GraphSpec.parse("grid/14/8"));
        assertThrows(IllegalArgumentException.class, () -> GraphSpec.parse("rmat/x/8"));
        assertThrows(
                IllegalArgumentException.class, () -> new GraphSpec(GraphSpec.Shape.RMAT, 0, 8));
        assertThrows(
                IllegalArgumentException.class, () -> new GraphSpec(GraphSpec.Shape.RMAT, 28, 16));
    }

    private static long[] edges(GeneratedGraph graph) {
        long[] pairs = new long[graph.edgeCount()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = (long) graph.source(i) << 32 | graph.target(i);
        }
        return pairs;
    }

    private static double[] weights(GeneratedGraph graph) {
        double[] weights = new double[graph.edgeCount()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = graph.weight(i);
        }
        return weights;
    }

    private static int isolated(GeneratedGraph graph) {
        int[] out = graph.outDegrees();
        int[] in = graph.inDegrees();
        int count = 0;
        for (int v = 0; v < out.length; v++) {
            if (out[v] == 0 && in[v] == 0) {
                count++;
            }
        }
        return count;
    }

    private static int argMax(int[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
