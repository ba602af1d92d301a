package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Components;
import io.gli.algo.ComponentsResult;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Connected, weak and strong components on every backend: the same labels as the kit's {@link
 * ComponentReference} (by definition, over the graph's ID-level reads) on every {@link GraphShapes}
 * shape; the same from the backend's topology as from the kit's ({@link KitTopology}); sizes, the
 * largest and the member lists consistent with the labels; hand-checked partitions on small graphs.
 */
public class ComponentTests {

    private static Map<String, Integer> byId(ComponentsResult result) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (int v = 0; v < result.topology().nodeCount(); v++) {
            labels.put(result.topology().id(v), result.labels().get(v));
        }
        return labels;
    }

    private static void assertSameAsReference(List<GraphShapes.Shape> shapes) {
        for (GraphShapes.Shape shape : shapes) {
            Graph graph = shape.graph();
            Topology topology = graph.topology();
            Topology kit = KitTopology.of(graph, null);
            check(
                    shape + ", weak",
                    Components::weak,
                    topology,
                    kit,
                    ComponentReference.weak(graph));
            check(
                    shape + ", strong",
                    Components::strong,
                    topology,
                    kit,
                    graph.isDirected()
                            ? ComponentReference.strong(graph)
                            : ComponentReference.weak(graph));
            if (!graph.isDirected()) {
                check(
                        shape + ", connected",
                        Components::connected,
                        topology,
                        kit,
                        ComponentReference.weak(graph));
            }
        }
    }

    private static void check(
            String what,
            Function<Topology, ComponentsResult> algorithm,
            Topology topology,
            Topology kit,
            Map<String, Integer> expected) {
        ComponentsResult result = algorithm.apply(topology);
        assertEquals(expected, byId(result), what);
        assertArrayEquals(
                algorithm.apply(kit).labels().toArray(),
                result.labels().toArray(),
                "kit's topology, " + what);
        assertConsistent(result, what);
    }

    /** Count, sizes, largest and member lists agree with the labels. */
    private static void assertConsistent(ComponentsResult result, String what) {
        Topology topology = result.topology();
        List<List<String>> members = new ArrayList<>();
        for (int label = 0; label < result.count(); label++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < topology.nodeCount(); v++) {
            members.get(result.labels().get(v)).add(topology.id(v));
        }
        assertEquals(members, result.components(), "members of " + what);
        int largest = -1;
        for (int label = 0; label < result.count(); label++) {
            assertEquals(members.get(label).size(), result.size(label), "size on " + what);
            if (largest < 0 || members.get(label).size() > members.get(largest).size()) {
                largest = label;
            }
        }
        assertEquals(largest, result.largest(), "largest on " + what);
    }

    @GraphTest
    void componentsMatchTheReferenceOnEveryShape(Fixture fixture) {
        assertSameAsReference(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void componentsMatchTheReferenceWithSelfLoops(Fixture fixture) {
        assertSameAsReference(GraphShapes.withLoops(fixture));
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void strongComponentsOfTwoJoinedCycles(Fixture fixture) {
        // cycles (a b c) and (d e) joined by c -> d, a tail f -> a, g alone
        Graph graph = HandGraphs.of(fixture, "f d a e b g c", "a>b b>c c>a c>d d>e e>d f>a");
        ComponentsResult strong = Components.strong(graph.topology());
        assertEquals(
                List.of(List.of("f"), List.of("d", "e"), List.of("a", "b", "c"), List.of("g")),
                strong.components());
        assertArrayEquals(new int[] {0, 1, 2, 1, 2, 3, 2}, strong.labels().toArray());
        assertEquals(2, strong.largest());
        ComponentsResult weak = Components.weak(graph.topology());
        assertEquals(
                List.of(List.of("f", "d", "a", "e", "b", "c"), List.of("g")), weak.components());
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Components.connected(graph.topology()));
        assertTrue(e.getMessage().contains("Components.weak"), e.getMessage());
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void connectedComponentsOfAnUndirectedGraph(Fixture fixture) {
        Graph graph = HandGraphs.of(fixture, "a b c d e f", "e>b c>f");
        ComponentsResult connected = Components.connected(graph.topology());
        assertArrayEquals(new int[] {0, 1, 2, 3, 1, 2}, connected.labels().toArray());
        assertEquals(4, connected.count());
        assertEquals(1, connected.largest(), "of sizes 1 2 2 1, the lowest label of the largest");
        assertEquals(
                List.of(List.of("a"), List.of("b", "e"), List.of("c", "f"), List.of("d")),
                connected.components());
        assertArrayEquals(
                connected.labels().toArray(),
                Components.strong(graph.topology()).labels().toArray());
    }
}
