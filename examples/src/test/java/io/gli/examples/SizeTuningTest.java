package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.GraphOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SizeTuningTest {
    @Test
    void aSmallGraphGoesToSimpleWithItsExpectedCounts() {
        int nodes = 1_500;

        SizeTuning.Result result = SizeTuning.run(nodes);

        GraphOptions options = result.graph().options();
        assertEquals(nodes, options.expectedNodes());
        assertEquals(2L * nodes, options.expectedEdges());
        assertEquals("simple", options.backend());
        assertTrue(
                result.reason()
                        .startsWith("the highest bid for 1,500 nodes and 3,000 edges (simple "),
                result.reason());
    }

    @Test
    void aLargerGraphGoesToOptimized() {
        SizeTuning.Result result = SizeTuning.run(30_000);

        assertEquals("optimized", result.graph().options().backend());
        assertTrue(result.reason().contains("(optimized 100, simple 10)"), result.reason());
        assertEquals(30_000, result.graph().nodeCount());
    }

    @Test
    void theGraphIsFilledWithTheNodesAndAboutTwiceAsManyEdges() {
        SizeTuning.Result result = SizeTuning.run(1_500);

        assertEquals(1_500, result.graph().nodeCount());
        assertEquals(2 * 1_500 - 3, result.graph().edgeCount());
        assertEquals(List.of("node_11", "node_12"), result.graph().successors("node_10"));
        assertEquals(result.graph().nodeCount(), result.profile().nodeCount());
        assertEquals(result.graph().edgeCount(), result.profile().edgeCount());
    }

    @Test
    void tinyGraphsHaveNoEdgesBeyondTheirEnd() {
        assertEquals(0, SizeTuning.run(1).graph().edgeCount());
        assertEquals(1, SizeTuning.run(2).graph().edgeCount());
    }

    @Test
    void theTiersAreTheGuides() {
        assertEquals("small", SizeTuning.tier(999));
        assertEquals("medium", SizeTuning.tier(1_000));
        assertEquals("medium", SizeTuning.tier(99_999));
        assertEquals("large", SizeTuning.tier(100_000));
    }
}
