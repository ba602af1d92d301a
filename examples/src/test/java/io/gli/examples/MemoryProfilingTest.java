package io.gli.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Graph;
import io.gli.MemoryProfile;
import io.gli.MemoryProfile.Category;
import io.gli.MemoryProfile.Owner;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryProfilingTest {
    private static final int NODES = 3_000;

    // Each run asks for two garbage collections: build each backend's graph once for all tests.
    private static final Map<String, MemoryProfiling.Result> RESULTS = new ConcurrentHashMap<>();

    private static MemoryProfiling.Result run(String backend) {
        return RESULTS.computeIfAbsent(
                backend, name -> MemoryProfiling.run(Graph.open(name), NODES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optimized", "simple"})
    void theProfileAccountsForEveryNodeOfTheGraph(String backend) {
        MemoryProfiling.Result result = run(backend);

        MemoryProfile profile = result.profile();
        assertEquals(backend, profile.backend());
        assertEquals(NODES, profile.nodeCount());
        assertEquals(0, profile.edgeCount());
        assertTrue(profile.bytesPerNode() > 0);
        assertTrue(profile.bytes(Category.NODE_ATTRIBUTES) > 0, "the attributes cost something");
        assertEquals(0, profile.bytes(Category.EDGE_ATTRIBUTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"optimized", "simple"})
    void theCategoriesAddUpToTheTotalAndToThePerNodeFigure(String backend) {
        MemoryProfile profile = run(backend).profile();

        long sum = 0;
        long nodeOwned = 0;
        for (Map.Entry<Category, Long> entry : profile.byCategory().entrySet()) {
            sum += entry.getValue();
            if (entry.getKey().owner() == Owner.NODES) {
                nodeOwned += entry.getValue();
            }
        }
        assertEquals(profile.totalBytes(), sum);
        assertEquals((double) nodeOwned / NODES, profile.bytesPerNode(), 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"optimized", "simple"})
    void theNodesCarryTheGuidesAttributes(String backend) {
        Graph graph = run(backend).graph();

        assertEquals(
                Map.of(
                        "value",
                        1013L,
                        "category",
                        13L,
                        "metadata",
                        Map.of("created", "2025-06-01")),
                graph.nodeAttributes("node_1013"));
    }
}
