package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Graph;
import org.junit.jupiter.api.Test;

/**
 * Which backend a graph gets when none is named, with both backends on the class path: the
 * optimized one, except for graphs expected to stay small, which the simple one builds faster.
 */
class BackendChoiceTest {

    private static String chosen(long nodes, long edges) {
        return Graph.builder().expectedNodes(nodes).expectedEdges(edges).open().options().backend();
    }

    @Test
    void withoutSizesTheOptimizedBackend() {
        assertEquals(OptimizedBackend.NAME, Graph.open().options().backend());
        assertEquals(OptimizedBackend.NAME, chosen(0, 0));
        assertEquals(OptimizedBackend.NAME, chosen(0, 5_000));
    }

    @Test
    void smallExpectedGraphsTheSimpleBackend() {
        assertEquals("simple", chosen(1, 0));
        assertEquals("simple", chosen(5_000, 20_000));
        assertEquals("simple", chosen(10_000, 50_000));
    }

    @Test
    void beyondEitherLimitTheOptimizedBackend() {
        assertEquals(OptimizedBackend.NAME, chosen(10_001, 0));
        assertEquals(OptimizedBackend.NAME, chosen(10_000, 50_001));
        assertEquals(OptimizedBackend.NAME, chosen(1_000_000, 5_000_000));
    }

    @Test
    void aNamedBackendIsTakenWhateverTheSizes() {
        assertEquals(
                OptimizedBackend.NAME,
                Graph.builder()
                        .backend(OptimizedBackend.NAME)
                        .expectedNodes(10)
                        .open()
                        .options()
                        .backend());
        assertEquals(
                "simple",
                Graph.builder()
                        .backend("simple")
                        .expectedNodes(10_000_000)
                        .open()
                        .options()
                        .backend());
    }
}
