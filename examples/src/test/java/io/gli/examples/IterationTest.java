package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Graph;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IterationTest {
    @Test
    void thePassVisitsEveryNodeOnceAndSumsItsValue() {
        int nodes = 5_000;

        Iteration.Result result = Iteration.sumValues(Iteration.build(nodes));

        assertEquals(nodes, result.nodesVisited());
        assertEquals((long) nodes * (nodes - 1) / 2, result.valueSum());
    }

    @Test
    void categoriesCycleThroughAHundredValues() {
        Graph graph = Iteration.build(250);

        assertEquals(42L, graph.nodeLong("node_142", "category").orElseThrow());
        assertEquals(3, graph.findNodes(Map.of("category", 42)).size());
    }
}
