package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.BackendInfo;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Clustering;
import io.gli.algo.Cores;
import io.gli.algo.Degrees;
import io.gli.algo.Direction;
import io.gli.algo.NodeDoubles;
import io.gli.algo.NodeInts;
import io.gli.algo.NodeLongs;
import io.gli.algo.PageRank;
import io.gli.algo.PageRankResult;
import io.gli.algo.Triangles;
import io.gli.tck.BackendArguments;
import io.gli.tck.ModelPropertyTests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Property-based checks of the ranking family: jqwik draws small graphs (up to 12 nodes, any edges,
 * self-loops included), each is built on every backend under test, and PageRank, degrees,
 * triangles, clustering and cores must agree with the kit's {@link RankReferences} and be the same,
 * bit for bit, on every backend. jqwik shrinks a failing graph to a minimal one.
 */
public class RankPropertyTests {
    private static final int TRIES = 100;

    /** A drawn graph: {@code nodes} nodes {@code "v0"...}, edges as index pairs. */
    record Drawn(int nodes, List<int[]> edges) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(nodes + " nodes:");
            for (int[] edge : edges) {
                text.append(' ').append(edge[0]).append('>').append(edge[1]);
            }
            return text.toString();
        }
    }

    @Provide
    Arbitrary<Drawn> graphs() {
        return Arbitraries.integers()
                .between(0, 12)
                .flatMap(
                        n ->
                                n == 0
                                        ? Arbitraries.just(new Drawn(0, List.of()))
                                        : Combinators.combine(
                                                        Arbitraries.integers().between(0, n - 1),
                                                        Arbitraries.integers().between(0, n - 1))
                                                .as((a, b) -> new int[] {a, b})
                                                .list()
                                                .ofMaxSize(3 * n)
                                                .map(edges -> new Drawn(n, edges)));
    }

    @Property(tries = TRIES)
    @AddLifecycleHook(ModelPropertyTests.SkipUnlessEveryCapability.class)
    void directedGraphsAgreeWithTheReferences(@ForAll("graphs") Drawn drawn) {
        check(true, drawn);
    }

    @Property(tries = TRIES)
    @AddLifecycleHook(ModelPropertyTests.SkipUnlessEveryCapability.class)
    void undirectedGraphsAgreeWithTheReferences(@ForAll("graphs") Drawn drawn) {
        check(false, drawn);
    }

    private static Graph build(BackendInfo backend, boolean directed, Drawn drawn) {
        Graph graph =
                directed
                        ? Graph.builder().backend(backend.name()).directed().open()
                        : Graph.builder().backend(backend.name()).undirected().open();
        for (int v = 0; v < drawn.nodes(); v++) {
            graph.addNode("v" + v);
        }
        int weight = 1;
        for (int[] edge : drawn.edges()) {
            String source = "v" + edge[0];
            String target = "v" + edge[1];
            if (!graph.hasEdge(source, target)) {
                graph.addEdge(source, target, Map.of(GraphShapes.WEIGHT, (long) weight));
                weight = weight % 5 + 1;
            }
        }
        return graph;
    }

    private static void check(boolean directed, Drawn drawn) {
        List<double[]> ranks = new ArrayList<>();
        List<long[]> triangles = new ArrayList<>();
        List<int[]> cores = new ArrayList<>();
        for (BackendInfo backend :
                BackendArguments.backendsUnderTest(
                        Optional.ofNullable(
                                System.getProperty(BackendArguments.BACKENDS_PARAMETER)))) {
            Graph graph = build(backend, directed, drawn);
            String name = backend.name() + ", " + drawn;
            Topology topology = graph.topology(GraphShapes.WEIGHT);

            PageRankResult result = PageRank.builder().weighted(true).run(topology);
            RankReferences.PageRankRun expected =
                    RankReferences.pageRank(graph, 0.85, 1e-6, 100, null, GraphShapes.WEIGHT);
            assertEquals(expected.iterations(), result.iterations(), name + ": iterations");
            for (Map.Entry<String, Double> entry : expected.ranks().entrySet()) {
                assertEquals(
                        entry.getValue(),
                        result.ranks().get(entry.getKey()),
                        1e-12,
                        name + ": rank of " + entry.getKey());
            }
            ranks.add(result.ranks().toArray());

            for (String id : graph.nodes()) {
                assertEquals(
                        graph.degree(id),
                        Degrees.of(topology, Direction.BOTH).get(id),
                        name + ": degree of " + id);
            }

            Map<String, Long> expectedTriangles = RankReferences.triangles(graph);
            Map<String, Double> expectedClustering = RankReferences.clustering(graph);
            Map<String, Integer> expectedCores = RankReferences.cores(graph);
            NodeLongs perNode = Triangles.perNode(topology, 2);
            NodeDoubles clustering = Clustering.local(topology, 2);
            NodeInts coreNumbers = Cores.coreNumbers(topology);
            for (String id : graph.nodes()) {
                assertEquals(
                        expectedTriangles.get(id), perNode.get(id), name + ": triangles at " + id);
                assertEquals(
                        expectedClustering.get(id),
                        clustering.get(id),
                        0,
                        name + ": clustering of " + id);
                assertEquals(expectedCores.get(id), coreNumbers.get(id), name + ": core of " + id);
            }
            triangles.add(perNode.toArray());
            cores.add(coreNumbers.toArray());
        }
        for (int b = 1; b < ranks.size(); b++) {
            assertArrayEquals(ranks.get(0), ranks.get(b), 0, "ranks differ between backends");
            assertArrayEquals(triangles.get(0), triangles.get(b), "triangles differ");
            assertArrayEquals(cores.get(0), cores.get(b), "cores differ");
        }
    }
}
