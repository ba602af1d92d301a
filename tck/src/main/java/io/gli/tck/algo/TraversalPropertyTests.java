package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gli.BackendInfo;
import io.gli.Capability;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.BfsResult;
import io.gli.algo.Components;
import io.gli.algo.CycleException;
import io.gli.algo.DijkstraResult;
import io.gli.algo.Direction;
import io.gli.algo.ShortestPaths;
import io.gli.algo.TopologicalSort;
import io.gli.algo.Traversal;
import io.gli.tck.BackendArguments;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Property-based form of the traversal family's kit tests: jqwik draws small random graphs (up to a
 * dozen nodes added in a random order, random edges and self-loops, weights 1 to 9), builds each on
 * every backend under test, and demands that searches, components, Dijkstra and topological sort
 * agree with the kit's references; a failing graph is shrunk to a minimal one. The backends under
 * test are named by the system property {@value BackendArguments#BACKENDS_PARAMETER} or, without
 * it, are every backend discovered (as in {@code ModelPropertyTests}).
 */
public class TraversalPropertyTests {
    private static final int TRIES = 100;
    private static final int MAX_NODES = 12;

    /** A graph to build: nodes in the order added, edges as node numbers with a weight. */
    record Drawn(List<Integer> nodes, List<int[]> edges) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("nodes " + nodes + ", edges");
            for (int[] edge : edges) {
                text.append(' ').append(edge[0]).append('>').append(edge[1]).append(':');
                text.append(edge[2]);
            }
            return text.toString();
        }
    }

    @Provide
    Arbitrary<Drawn> graphs() {
        return Arbitraries.integers()
                .between(0, MAX_NODES)
                .flatMap(
                        n -> {
                            List<Integer> numbers = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                numbers.add(i);
                            }
                            Arbitrary<List<Integer>> order = Arbitraries.shuffle(numbers);
                            if (n == 0) {
                                return order.map(nodes -> new Drawn(nodes, List.of()));
                            }
                            Arbitrary<int[]> edge =
                                    Combinators.combine(
                                                    Arbitraries.integers().between(0, n - 1),
                                                    Arbitraries.integers().between(0, n - 1),
                                                    Arbitraries.integers().between(1, 9))
                                            .as((a, b, w) -> new int[] {a, b, w});
                            return Combinators.combine(order, edge.list().ofMaxSize(3 * n))
                                    .as(Drawn::new);
                        });
    }

    @Property(tries = TRIES)
    @AddLifecycleHook(SkipUnlessLoopsAndBothDirections.class)
    void directedGraphsAgreeWithTheReferences(@ForAll("graphs") Drawn drawn) {
        for (BackendInfo backend : backendsUnderTest()) {
            check(build(Graph.builder().backend(backend.name()).open(), drawn), backend);
        }
    }

    @Property(tries = TRIES)
    @AddLifecycleHook(SkipUnlessLoopsAndBothDirections.class)
    void undirectedGraphsAgreeWithTheReferences(@ForAll("graphs") Drawn drawn) {
        for (BackendInfo backend : backendsUnderTest()) {
            check(
                    build(Graph.builder().backend(backend.name()).undirected().open(), drawn),
                    backend);
        }
    }

    private static Graph build(Graph graph, Drawn drawn) {
        for (int v : drawn.nodes()) {
            graph.addNode("v" + v);
        }
        for (int[] edge : drawn.edges()) {
            String source = "v" + edge[0];
            String target = "v" + edge[1];
            if (!graph.hasEdge(source, target)) {
                graph.addEdge(source, target, Map.of(GraphShapes.WEIGHT, (long) edge[2]));
            }
        }
        return graph;
    }

    private static void check(Graph graph, BackendInfo backend) {
        String on = " on " + backend.name();
        Topology topology = graph.topology(GraphShapes.WEIGHT);
        assertEquals(
                ComponentReference.weak(graph),
                labels(topology, Components.weak(topology).labels().toArray()),
                "weak components" + on);
        assertEquals(
                graph.isDirected()
                        ? ComponentReference.strong(graph)
                        : ComponentReference.weak(graph),
                labels(topology, Components.strong(topology).labels().toArray()),
                "strong components" + on);
        assertEquals(
                SearchReference.dfs(graph, graph.nodes(), Direction.BOTH).postorder(),
                Traversal.dfs(topology, Direction.BOTH).postorderIds(),
                "DFS forest" + on);
        if (graph.nodeCount() == 0) {
            return;
        }
        String source = graph.nodes().get(0);
        for (Direction direction : Direction.values()) {
            BfsResult bfs = Traversal.bfs(topology, source, direction);
            assertEquals(
                    SearchReference.bfs(graph, List.of(source), direction).order(),
                    TraversalTests.ids(topology, bfs.order()),
                    "BFS " + direction + on);
        }
        DijkstraResult dijkstra = ShortestPaths.dijkstra(topology, source);
        Map<String, Double> distances = new LinkedHashMap<>();
        for (int v = 0; v < topology.nodeCount(); v++) {
            if (dijkstra.distances().isPresent(v)) {
                distances.put(topology.id(v), dijkstra.distances().get(v));
            }
        }
        PathReference.Dijkstra expected = PathReference.dijkstra(graph, source, GraphShapes.WEIGHT);
        assertEquals(
                new LinkedHashMap<>(expected.distances())
                        .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(),
                distances.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(),
                "Dijkstra" + on);
        if (graph.isDirected()) {
            Optional<List<String>> order = OrderReference.kahn(graph);
            if (order.isPresent()) {
                assertEquals(order.get(), TopologicalSort.sort(topology), "order" + on);
            } else {
                CycleException e =
                        assertThrows(CycleException.class, () -> TopologicalSort.sort(topology));
                TopologicalSortTests.assertRealCycle(graph, e.cycle(), "the graph" + on);
            }
        }
    }

    private static Map<String, Integer> labels(Topology topology, int[] labels) {
        Map<String, Integer> byId = new LinkedHashMap<>();
        for (int v = 0; v < labels.length; v++) {
            byId.put(topology.id(v), labels[v]);
        }
        return byId;
    }

    private static List<BackendInfo> backendsUnderTest() {
        return BackendArguments.backendsUnderTest(
                Optional.ofNullable(System.getProperty(BackendArguments.BACKENDS_PARAMETER)));
    }

    /**
     * The graphs are directed and undirected and have self-loops; a backend under test lacking one
     * of those is covered by the fixture-based tests, and these properties are reported as skipped,
     * never as passed.
     */
    public static final class SkipUnlessLoopsAndBothDirections implements SkipExecutionHook {
        private static final Set<Capability> NEEDED =
                EnumSet.of(Capability.DIRECTED, Capability.UNDIRECTED, Capability.SELF_LOOPS);

        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            for (BackendInfo backend : backendsUnderTest()) {
                if (!backend.capabilities().containsAll(NEEDED)) {
                    return SkipResult.skip("backend " + backend.name() + " lacks one of " + NEEDED);
                }
            }
            return SkipResult.doNotSkip();
        }
    }
}
