package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StringInterningTest {
    private static final int REPEATS = 300;

    @Test
    void everyCategoryGetsItsShareAndReadsBack() {
        StringInterning.Result result = StringInterning.run("optimized", REPEATS);

        assertEquals(3 * REPEATS, result.graph().nodeCount());
        assertEquals(
                Map.of("user", REPEATS, "admin", REPEATS, "guest", REPEATS),
                result.nodesPerCategory());
        assertEquals(
                Map.of("category", "admin", "type", "person", "status", "active", "index", 4L),
                result.graph().nodeAttributes("node_4"));
    }

    @Test
    void repeatedStringsCostTheOptimizedBackendFarLessThanSimple() {
        double optimized =
                MemoryFigures.nodeAttributeBytesPerNode(
                        StringInterning.run("optimized", REPEATS).profile());
        double simple =
                MemoryFigures.nodeAttributeBytesPerNode(
                        StringInterning.run("simple", REPEATS).profile());

        // Memory profiles are deterministic accounting, so a generous ratio is a stable check.
        assertTrue(optimized > 0, "each node's unique index has to be stored somewhere");
        assertTrue(
                optimized * 4 <= simple,
                "optimized " + optimized + " B per node, simple " + simple);
    }
}
