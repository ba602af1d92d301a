package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Graph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchOperationsTest {
    private static final int NODES = 2_000;

    @Test
    void theThreeWaysBuildTheSameGraph() {
        BatchOperations.Result result = BatchOperations.run(NODES);

        assertExpectedNodes(result.individual());
        assertSameGraph(result.individual(), result.batched());
        assertSameGraph(result.individual(), result.bulk());
    }

    private static void assertExpectedNodes(Graph graph) {
        assertEquals(NODES, graph.nodeCount());
        for (int i = 0; i < NODES; i += 97) {
            assertEquals(Map.of("value", (long) i), graph.nodeAttributes("node_" + i));
        }
        assertEquals("node_" + (NODES - 1), graph.nodes().get(NODES - 1));
    }

    private static void assertSameGraph(Graph expected, Graph actual) {
        assertEquals(expected.nodes(), actual.nodes());
        for (String id : expected.nodes()) {
            assertEquals(expected.nodeAttributes(id), actual.nodeAttributes(id), id);
        }
        assertEquals(expected.edges(), actual.edges());
    }
}
