package io.gli.tck.algo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gli.Capability;
import io.gli.Graph;
import io.gli.Topology;
import io.gli.algo.Clustering;
import io.gli.algo.NodeDoubles;
import io.gli.algo.NodeLongs;
import io.gli.algo.Triangles;
import io.gli.tck.Fixture;
import io.gli.tck.GraphTest;
import io.gli.tck.Requires;
import io.gli.tck.algo.GraphShapes.Shape;
import java.util.List;
import java.util.Map;

/**
 * Triangles and clustering on every backend: the kit's reference (joined pairs among each node's
 * neighbors, in sets; self-loops and directions ignored) on every shape, exactly; the same from the
 * backend's topology and the kit's; hand-counted small graphs.
 */
public class TriangleTests {
    private static void checkShapes(List<Shape> shapes) {
        for (Shape shape : shapes) {
            Graph graph = shape.graph();
            String name = shape.name();
            Topology topology = graph.topology();
            NodeLongs triangles = Triangles.perNode(topology, 2);
            NodeDoubles clustering = Clustering.local(topology, 2);
            Map<String, Long> expectedTriangles = RankReferences.triangles(graph);
            Map<String, Double> expectedClustering = RankReferences.clustering(graph);
            long sum = 0;
            double clusteringSum = 0;
            for (String id : graph.nodes()) {
                assertEquals(
                        expectedTriangles.get(id),
                        triangles.get(id),
                        name + ": triangles at " + id);
                assertEquals(
                        expectedClustering.get(id),
                        clustering.get(id),
                        0,
                        name + ": clustering of " + id);
                sum += expectedTriangles.get(id);
                clusteringSum += expectedClustering.get(id);
            }
            assertEquals(sum / 3, Triangles.total(topology), name + ": total");
            assertEquals(
                    graph.nodeCount() == 0 ? Double.NaN : clusteringSum / graph.nodeCount(),
                    Clustering.average(topology),
                    0,
                    name + ": average clustering");
            Topology kit = KitTopology.of(graph, null);
            assertArrayEquals(
                    Triangles.perNode(kit, 1).toArray(), triangles.toArray(), name + ": kit's");
            assertArrayEquals(
                    Clustering.local(kit, 1).toArray(), clustering.toArray(), 0, name + ": kit's");
        }
    }

    @GraphTest
    void trianglesAndClusteringAreTheReferences(Fixture fixture) {
        checkShapes(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsAreIgnored(Fixture fixture) {
        checkShapes(GraphShapes.withLoops(fixture));
    }

    @GraphTest
    void handCountedSmallGraph(Fixture fixture) {
        // two triangles on the edge b-c, and a pendant d-e; on a directed graph, as undirected
        Graph graph = RankReferences.graph(fixture, "a b c d e", "a>b b>c c>a b>d d>c d>e");
        Topology topology = graph.topology();
        assertArrayEquals(new long[] {1, 2, 2, 1, 0}, Triangles.perNode(topology).toArray());
        assertEquals(2, Triangles.total(topology));
        assertArrayEquals(
                new double[] {1, 2 / 3.0, 2 / 3.0, 1 / 3.0, 0},
                Clustering.local(topology).toArray(),
                0);
        assertEquals(8 / 15.0, Clustering.average(topology), 1e-15);
    }
}
