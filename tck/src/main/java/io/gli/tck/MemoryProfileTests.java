package io.gli.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.MemoryProfile;
import io.gli.MemoryProfile.Category;
import io.gli.MemoryProfile.Owner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * {@link Graph#memoryProfile()}: the backend's own accounting agrees with JOL's measurement of
 * everything reachable from the graph within 10%, for graph shapes that stress each category, and
 * its figures are consistent with each other.
 */
public class MemoryProfileTests {
    /**
     * Large enough that the fixed overhead of a graph does not dominate, small enough to walk fast.
     */
    private static final int NODES = 4_000;

    private static final double TOLERANCE = 0.10;

    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon"};

    private static Graph withNodes(Fixture fixture, IntFunction<Map<String, Object>> attributes) {
        Graph graph = fixture.open();
        for (int i = 0; i < NODES; i++) {
            graph.addNode("node_" + (100_000 + i), attributes.apply(i));
        }
        return graph;
    }

    private static void addRandomEdges(
            Graph graph, int count, IntFunction<Map<String, Object>> attributes) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> ids = graph.nodes();
        int added = 0;
        while (added < count) {
            String source = ids.get(random.nextInt(ids.size()));
            String target = ids.get(random.nextInt(ids.size()));
            if (!source.equals(target) && !graph.hasEdge(source, target)) {
                graph.addEdge(source, target, attributes.apply(added));
                added++;
            }
        }
    }

    /**
     * Values that differ per element, strings arriving as distinct objects as parsed input does.
     */
    private static Map<String, Object> fiveAttributes(int i) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("id", 1_000_000L + i);
        attributes.put("score", i * 0.37);
        attributes.put("active", i % 3 == 0);
        attributes.put("word", new String(WORDS[i % WORDS.length]));
        attributes.put("label", "label-" + (i % 50));
        return attributes;
    }

    /**
     * Measures the graph the backend opened: a decorator under test (see {@link GraphDecorator})
     * forwards the profile, and its own state is not the backend's to account for.
     */
    private static void assertAgreesWithJol(Fixture fixture, Graph graph) {
        MemoryProfile profile = graph.memoryProfile();
        long measured = new RetainedSize().of(fixture.undecorated(graph));
        long reported = profile.totalBytes();
        assertTrue(
                Math.abs(reported - measured) <= TOLERANCE * measured,
                () ->
                        "reported "
                                + reported
                                + " bytes, JOL measured "
                                + measured
                                + " ("
                                + String.format("%+.1f%%", 100.0 * (reported - measured) / measured)
                                + ")\n"
                                + profile);
        assertConsistent(graph, profile);
    }

    private static void assertConsistent(Graph graph, MemoryProfile profile) {
        assertEquals(graph.nodeCount(), profile.nodeCount());
        assertEquals(graph.edgeCount(), profile.edgeCount());
        long nodeBytes = 0;
        long edgeBytes = 0;
        long total = 0;
        for (Category category : Category.values()) {
            long bytes = profile.bytes(category);
            assertTrue(bytes >= 0, category + " is negative: " + bytes);
            total += bytes;
            nodeBytes += category.owner() == Owner.NODES ? bytes : 0;
            edgeBytes += category.owner() == Owner.EDGES ? bytes : 0;
        }
        assertEquals(total, profile.totalBytes());
        assertEquals(
                profile.nodeCount() == 0 ? 0 : (double) nodeBytes / profile.nodeCount(),
                profile.bytesPerNode(),
                1e-9);
        assertEquals(
                profile.edgeCount() == 0 ? 0 : (double) edgeBytes / profile.edgeCount(),
                profile.bytesPerEdge(),
                1e-9);
        assertEquals(profile.byCategory().keySet().size(), Category.values().length);
        assertTrue(profile.toString().contains("total"), profile::toString);
    }

    @GraphTest
    @Requires(Capability.MEMORY_PROFILE)
    void nodesWithoutAttributes(Fixture fixture) {
        Graph graph = withNodes(fixture, i -> Map.of());
        assertAgreesWithJol(fixture, graph);
        MemoryProfile profile = graph.memoryProfile();
        assertTrue(
                profile.bytes(Category.IDS) >= NODES * 11L,
                () -> "every ID has 11 characters\n" + profile);
        assertEquals(0.0, profile.bytesPerEdge());
    }

    @GraphTest
    @Requires(Capability.MEMORY_PROFILE)
    void nodesWithFiveAttributes(Fixture fixture) {
        Graph graph = withNodes(fixture, MemoryProfileTests::fiveAttributes);
        assertAgreesWithJol(fixture, graph);
        MemoryProfile profile = graph.memoryProfile();
        assertTrue(profile.bytes(Category.NODE_ATTRIBUTES) > 0, profile::toString);
    }

    @GraphTest
    @Requires(Capability.MEMORY_PROFILE)
    void nodesSharingOneAttributeSet(Fixture fixture) {
        Graph graph =
                withNodes(
                        fixture,
                        i -> {
                            Map<String, Object> shared = new LinkedHashMap<>();
                            shared.put("type", new String("user"));
                            shared.put("status", new String("active"));
                            shared.put("level", 1L);
                            return shared;
                        });
        assertAgreesWithJol(fixture, graph);
    }

    @GraphTest
    @Requires(Capability.MEMORY_PROFILE)
    void edgesWithoutAttributes(Fixture fixture) {
        Graph graph = withNodes(fixture, i -> Map.of());
        addRandomEdges(graph, 3 * NODES, i -> Map.of());
        assertAgreesWithJol(fixture, graph);
        MemoryProfile profile = graph.memoryProfile();
        assertTrue(profile.bytes(Category.ADJACENCY) > 0, profile::toString);
        assertTrue(profile.bytesPerEdge() > 0, profile::toString);
    }

    @GraphTest
    @Requires(Capability.MEMORY_PROFILE)
    void edgesWithThreeAttributes(Fixture fixture) {
        Graph graph = withNodes(fixture, i -> Map.of("rank", (long) i));
        addRandomEdges(
                graph,
                2 * NODES,
                i ->
                        Map.of(
                                "weight",
                                i * 0.001,
                                "kind",
                                new String(WORDS[i % 4]),
                                "since",
                                2000L + i % 25));
        assertAgreesWithJol(fixture, graph);
        MemoryProfile profile = graph.memoryProfile();
        assertTrue(profile.bytes(Category.EDGE_ATTRIBUTES) > 0, profile::toString);
    }

    @GraphTest
    @Requires({Capability.MEMORY_PROFILE, Capability.NESTED_VALUES})
    void nestedValues(Fixture fixture) {
        Graph graph =
                withNodes(
                        fixture,
                        i ->
                                Map.of(
                                        "tags",
                                        List.of("t" + i % 7, "u" + i % 11, "v"),
                                        "meta",
                                        Map.of("k", (long) i, "j", "x")));
        assertAgreesWithJol(fixture, graph);
    }

    @GraphTest
    @Requires({Capability.MEMORY_PROFILE, Capability.REMOVAL})
    void afterRemovals(Fixture fixture) {
        Graph graph = withNodes(fixture, MemoryProfileTests::fiveAttributes);
        addRandomEdges(graph, 2 * NODES, i -> Map.of());
        List<String> ids = graph.nodes();
        for (int i = 0; i < ids.size(); i += 4) {
            graph.removeNode(ids.get(i));
        }
        assertAgreesWithJol(fixture, graph);
    }

    @GraphTest
    @Requires(Capability.MEMORY_PROFILE)
    void emptyGraph(Fixture fixture) {
        Graph graph = fixture.open();
        MemoryProfile profile = graph.memoryProfile();
        assertConsistent(graph, profile);
        assertEquals(0.0, profile.bytesPerNode());
        assertEquals(0.0, profile.bytesPerEdge());
        assertTrue(profile.totalBytes() > 0, "even an empty graph holds its store: " + profile);
        assertEquals(fixture.backend().name(), profile.backend());
    }

    @GraphTest
    @RequiresLacking(Capability.MEMORY_PROFILE)
    void refusedWhenLacking(Fixture fixture) {
        Graph graph = fixture.open();
        UnsupportedOperationException e =
                assertThrows(UnsupportedOperationException.class, graph::memoryProfile);
        assertTrue(e.getMessage().contains(Capability.MEMORY_PROFILE.name()), e.getMessage());
    }
}
