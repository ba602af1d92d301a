package io.gli.tck;

import static io.gli.tck.Refusals.assertFailsUnchanged;
import static io.gli.tck.Refusals.assertMessageNames;
import static io.gli.tck.Refusals.assertMessageQuotes;
import static io.gli.tck.TestData.withEdges;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.NodeNotFoundException;
import io.gli.Topology;
import io.gli.WeightException;
import io.gli.tck.algo.GraphShapes;
import io.gli.tck.algo.GraphShapes.Shape;
import io.gli.tck.algo.KitTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topology snapshot ({@link Graph#topology()}, {@link Graph#topology(String)}): node {@code v}
 * is the {@code v}-th of {@link Graph#nodes()}; the out- and in-lists are successors and
 * predecessors (on an undirected graph both are neighbors), in the graph's order, entry for entry
 * what the kit builds from ID-level reads ({@link KitTopology}), after removals and re-additions
 * too; weights are each edge's value as a double; a missing or non-numeric weight is refused with a
 * {@link WeightException} naming the first such edge, changing nothing; the picture is taken in one
 * consistent state and never changes afterwards; its arrays take 8 bytes per node and 8 per edge.
 */
public class TopologyTests {
    private static final String W = GraphShapes.WEIGHT;

    /** Everything a topology holds, as lists per node, so that a difference shows where it is. */
    private record Picture(
            boolean directed,
            long edgeCount,
            int outEntries,
            List<String> ids,
            List<List<Integer>> out,
            List<List<Integer>> in,
            String weightKey,
            List<List<Double>> outWeights,
            List<List<Double>> inWeights) {

        static Picture of(Topology t) {
            List<List<Integer>> out = new ArrayList<>();
            List<List<Integer>> in = new ArrayList<>();
            List<List<Double>> outWeights = new ArrayList<>();
            List<List<Double>> inWeights = new ArrayList<>();
            for (int v = 0; v < t.nodeCount(); v++) {
                List<Integer> outList = new ArrayList<>();
                List<Double> outWeightList = new ArrayList<>();
                for (int i = t.outBegin(v); i < t.outEnd(v); i++) {
                    outList.add(t.outTarget(i));
                    outWeightList.add(t.hasWeights() ? t.outWeight(i) : null);
                }
                List<Integer> inList = new ArrayList<>();
                List<Double> inWeightList = new ArrayList<>();
                for (int i = t.inBegin(v); i < t.inEnd(v); i++) {
                    inList.add(t.inSource(i));
                    inWeightList.add(t.hasWeights() ? t.inWeight(i) : null);
                }
                assertEquals(outList.size(), t.outDegree(v), "outDegree of " + v);
                assertEquals(inList.size(), t.inDegree(v), "inDegree of " + v);
                out.add(outList);
                in.add(inList);
                outWeights.add(outWeightList);
                inWeights.add(inWeightList);
            }
            return new Picture(
                    t.isDirected(),
                    t.edgeCount(),
                    t.outEntries(),
                    List.copyOf(t.ids()),
                    out,
                    in,
                    t.weightKey(),
                    outWeights,
                    inWeights);
        }

        void assertEqualTo(Picture actual, String what) {
            assertAll(
                    what,
                    () -> assertEquals(directed, actual.directed, "directed"),
                    () -> assertEquals(edgeCount, actual.edgeCount, "edgeCount"),
                    () -> assertEquals(outEntries, actual.outEntries, "outEntries"),
                    () -> assertEquals(ids, actual.ids, "node IDs"),
                    () -> assertEquals(out, actual.out, "out-lists"),
                    () -> assertEquals(in, actual.in, "in-lists"),
                    () -> assertEquals(weightKey, actual.weightKey, "weightKey"),
                    () -> assertEquals(outWeights, actual.outWeights, "out-weights"),
                    () -> assertEquals(inWeights, actual.inWeights, "in-weights"));
        }
    }

    /** The graph's pictures, plain and weighted by {@code w}, equal the kit's. */
    private static void assertAsTheKitBuildsIt(Graph graph, String what) {
        Picture.of(KitTopology.of(graph, null)).assertEqualTo(Picture.of(graph.topology()), what);
        Picture.of(KitTopology.of(graph, W))
                .assertEqualTo(Picture.of(graph.topology(W)), what + ", weighted");
    }

    private static void assertEachAsTheKitBuildsIt(List<Shape> shapes) {
        assertAll(shapes.stream().map(s -> () -> assertAsTheKitBuildsIt(s.graph(), s.name())));
    }

    /** The first loop-free shape whose name starts with {@code name}. */
    private static Graph shape(Fixture fixture, String name) {
        return GraphShapes.loopFree(fixture).stream()
                .filter(s -> s.name().startsWith(name))
                .findFirst()
                .orElseThrow()
                .graph();
    }

    /** The IDs of the nodes at the given positions of a list. */
    private static List<String> ids(Topology t, int begin, int end, boolean out) {
        List<String> ids = new ArrayList<>();
        for (int i = begin; i < end; i++) {
            ids.add(t.id(out ? t.outTarget(i) : t.inSource(i)));
        }
        return ids;
    }

    private static List<String> outIds(Topology t, String id) {
        int v = t.requireIndex(id);
        return ids(t, t.outBegin(v), t.outEnd(v), true);
    }

    private static List<String> inIds(Topology t, String id) {
        int v = t.requireIndex(id);
        return ids(t, t.inBegin(v), t.inEnd(v), false);
    }

    /** The lists of every node are the graph's own adjacency lists, read by ID. */
    private static void assertListsAreTheGraphs(Graph graph, String what) {
        Topology t = graph.topology();
        assertEquals(graph.nodes(), t.ids(), what + ": node order");
        for (String id : graph.nodes()) {
            int v = t.requireIndex(id);
            if (graph.isDirected()) {
                assertEquals(graph.successors(id), outIds(t, id), what + ": out-list of " + id);
                assertEquals(graph.predecessors(id), inIds(t, id), what + ": in-list of " + id);
            } else {
                assertEquals(graph.neighbors(id), outIds(t, id), what + ": list of " + id);
                assertEquals(t.outBegin(v), t.inBegin(v), what + ": in- and out-list are one");
                assertEquals(t.outEnd(v), t.inEnd(v), what + ": in- and out-list are one");
            }
        }
    }

    /** The position in {@code from}'s out-list of the entry {@code to}. */
    private static int outSlot(Topology t, String from, String to) {
        int v = t.requireIndex(from);
        int w = t.requireIndex(to);
        for (int i = t.outBegin(v); i < t.outEnd(v); i++) {
            if (t.outTarget(i) == w) {
                return i;
            }
        }
        throw new AssertionError(to + " is not in the out-list of " + from);
    }

    /** The position in {@code of}'s in-list of the entry {@code from}. */
    private static int inSlot(Topology t, String of, String from) {
        int v = t.requireIndex(of);
        int w = t.requireIndex(from);
        for (int i = t.inBegin(v); i < t.inEnd(v); i++) {
            if (t.inSource(i) == w) {
                return i;
            }
        }
        throw new AssertionError(from + " is not in the in-list of " + of);
    }

    // ---- the picture equals the kit's, entry for entry

    @GraphTest
    void equalsTheKitsPictureOnEveryShape(Fixture fixture) {
        assertEachAsTheKitBuildsIt(GraphShapes.loopFree(fixture));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void equalsTheKitsPictureOnShapesWithSelfLoops(Fixture fixture) {
        assertEachAsTheKitBuildsIt(GraphShapes.withLoops(fixture));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void equalsTheKitsPictureAfterRemovalsAndReAdditions(Fixture fixture) {
        List<Shape> shapes = GraphShapes.loopFree(fixture);
        for (Shape shape : shapes) {
            Graph graph = shape.graph();
            List<String> nodes = List.copyOf(graph.nodes());
            List<String> removed = new ArrayList<>();
            for (int i = 1; i < nodes.size(); i += 5) {
                graph.removeNode(nodes.get(i)); // leaves dead slots between live ones
                removed.add(nodes.get(i));
            }
            List<Edge> edges = graph.edges();
            for (int i = 0; i < edges.size(); i += 4) {
                graph.removeEdge(edges.get(i).source(), edges.get(i).target());
            }
            for (int i = 0; i < removed.size(); i += 2) {
                graph.addNode(removed.get(i)); // back, at the end of the node order
            }
            List<String> now = graph.nodes();
            for (int i = 0; i < now.size(); i++) {
                String a = now.get(i);
                String b = now.get((i * 7 + 3) % now.size());
                if (!a.equals(b) && !graph.hasEdge(a, b)) {
                    graph.addEdge(a, b, Map.of(W, i % 2 == 0 ? (Object) (long) i : i + 0.25));
                }
            }
        }
        assertEachAsTheKitBuildsIt(shapes);
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void equalsTheKitsPictureAfterRemovingMostOfALargerGraph(Fixture fixture) {
        // Enough removals that a backend which reclaims dead slots in bulk does so, then a few
        // more, which leave dead slots again.
        Graph graph = fixture.open();
        int n = 2_500;
        for (int i = 0; i < n; i++) {
            graph.addNode("v" + (i * 613 % n));
        }
        for (int i = 0; i < n; i++) {
            for (int step : new int[] {1, 7, 31}) {
                String a = "v" + i;
                String b = "v" + (i + step) % n;
                if (!graph.hasEdge(a, b)) {
                    graph.addEdge(a, b, Map.of(W, (long) (i % 9 + 1)));
                }
            }
        }
        for (int i = 0; i < 1_800; i++) {
            graph.removeNode("v" + (i * 7 % n));
        }
        for (int i = 0; i < 40; i++) {
            List<String> left = graph.nodes();
            graph.removeNode(left.get(i * 13 % left.size()));
        }
        List<Edge> edges = graph.edges();
        for (int i = 0; i < edges.size(); i += 3) {
            graph.removeEdge(edges.get(i).source(), edges.get(i).target());
        }
        for (int i = 0; i < 30; i++) {
            graph.addNode("new" + i);
            graph.addEdge("new" + i, graph.nodes().get(i * 11), Map.of(W, i + 0.5));
        }
        assertAsTheKitBuildsIt(graph, "2,500 nodes, most removed");
        assertListsAreTheGraphs(graph, "2,500 nodes, most removed");
    }

    // ---- the lists are the graph's adjacency lists

    @GraphTest
    void listsAreTheGraphsAdjacencyLists(Fixture fixture) {
        for (Shape shape : GraphShapes.loopFree(fixture)) {
            assertListsAreTheGraphs(shape.graph(), shape.name());
        }
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void listsAreTheGraphsAdjacencyListsWithSelfLoops(Fixture fixture) {
        for (Shape shape : GraphShapes.withLoops(fixture)) {
            assertListsAreTheGraphs(shape.graph(), shape.name());
        }
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void directedListsAreSuccessorsAndPredecessorsInEdgeOrder(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        withEdges(graph, "c->a a->b a->c d->a b->a");
        Topology t = graph.topology();
        assertEquals(List.of("a", "b", "c", "d"), t.ids());
        assertEquals(5, t.edgeCount());
        assertEquals(5, t.outEntries());
        assertTrue(t.isDirected());
        assertEquals(List.of("b", "c"), outIds(t, "a"));
        assertEquals(List.of("c", "d", "b"), inIds(t, "a"));
        assertEquals(List.of("a"), outIds(t, "b"));
        assertEquals(List.of("a"), inIds(t, "b"));
        assertEquals(List.of("a"), outIds(t, "d"));
        assertEquals(List.of(), inIds(t, "d"));
        // slots are numbered by source in out-list order
        assertEquals(0, outSlot(t, "a", "b"));
        assertEquals(1, outSlot(t, "a", "c"));
        assertEquals(2, outSlot(t, "b", "a"));
        assertEquals(4, outSlot(t, "d", "a"));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedListsAreTheNeighborsAtBothEnds(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c", "d");
        withEdges(graph, "c->a a->b d->a b->c");
        Topology t = graph.topology();
        assertFalse(t.isDirected());
        assertEquals(4, t.edgeCount());
        assertEquals(8, t.outEntries(), "an edge stands in the lists of both ends");
        assertEquals(List.of("c", "b", "d"), outIds(t, "a"));
        assertEquals(List.of("c", "b", "d"), inIds(t, "a"));
        assertEquals(List.of("a", "c"), outIds(t, "b"));
        assertEquals(List.of("a", "b"), outIds(t, "c"));
        assertEquals(List.of("a"), outIds(t, "d"));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopIsInBothDirectedListsAndOnceInAnUndirectedOne(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b a->a");
        if (fixture.directed()) {
            graph.addEdge("b", "a");
        }
        Topology t = graph.topology();
        if (fixture.directed()) {
            assertEquals(3, t.edgeCount());
            assertEquals(List.of("b", "a"), outIds(t, "a"));
            assertEquals(List.of("a", "b"), inIds(t, "a"));
            assertEquals(List.of("a"), outIds(t, "b"));
            assertEquals(List.of("a"), inIds(t, "b"));
        } else {
            assertEquals(2, t.edgeCount());
            assertEquals(3, t.outEntries(), "the self-loop stands once");
            assertEquals(List.of("b", "a"), outIds(t, "a"));
            assertEquals(List.of("a"), outIds(t, "b"));
        }
    }

    // ---- one consistent state, never changed afterwards

    @GraphTest
    void laterWritesDoNotChangeAPicture(Fixture fixture) {
        Graph graph = shape(fixture, "dense 25");
        Topology plain = graph.topology();
        Topology weighted = graph.topology(W);
        Picture before = Picture.of(KitTopology.of(graph, null));
        Picture weightedBefore = Picture.of(KitTopology.of(graph, W));
        List<String> nodes = List.copyOf(graph.nodes());
        graph.addNode("late");
        graph.addEdge("late", nodes.get(0), Map.of(W, 1L));
        graph.addEdge(nodes.get(3), "late", Map.of(W, 2L));
        for (Edge edge : graph.edges().subList(0, 10)) {
            graph.setEdgeAttribute(edge.source(), edge.target(), W, 100.0);
        }
        before.assertEqualTo(Picture.of(plain), "after adds");
        weightedBefore.assertEqualTo(Picture.of(weighted), "after adds and weight changes");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void laterRemovalsDoNotChangeAPicture(Fixture fixture) {
        Graph graph = shape(fixture, "sparse 120");
        Topology weighted = graph.topology(W);
        Picture before = Picture.of(KitTopology.of(graph, W));
        List<String> nodes = List.copyOf(graph.nodes());
        for (int i = 0; i < nodes.size(); i += 3) {
            graph.removeNode(nodes.get(i));
        }
        for (Edge edge : graph.edges()) {
            graph.removeEdgeAttribute(edge.source(), edge.target(), W);
        }
        graph.addNode(nodes.get(0));
        before.assertEqualTo(Picture.of(weighted), "after removals");
        assertEquals(nodes.get(3), weighted.id(weighted.indexOf(nodes.get(3))));
    }

    /** Batch {@code j}: two new nodes and three weighted edges joining them to the hub. */
    private static void addBatch(Graph graph, int j) {
        graph.batch(
                b ->
                        b.addNode("x" + j)
                                .addNode("y" + j)
                                .addEdge("hub", "x" + j, Map.of(W, (long) j))
                                .addEdge("x" + j, "y" + j, Map.of(W, j + 0.5))
                                .addEdge("y" + j, "hub", Map.of(W, 1L)));
    }

    @GraphTest
    void aPictureTakenWhileBatchesAreWrittenIsTheStateAfterSomeBatch(Fixture fixture)
            throws InterruptedException {
        Graph graph = withNodes(fixture.open(), "hub");
        int batches = 200;
        Map<Long, Topology> seen = new ConcurrentHashMap<>();
        ConcurrencyTests.whileWriting(
                () -> {
                    for (int j = 0; j < batches; j++) {
                        addBatch(graph, j);
                    }
                },
                List.of(
                        () -> {
                            Topology t = graph.topology(W);
                            long edges = t.edgeCount();
                            assertEquals(0, edges % 3, "edges seen: " + edges);
                            assertEquals(1 + 2 * edges / 3, t.nodeCount(), "nodes seen");
                            assertEquals(fixture.directed() ? edges : 2 * edges, t.outEntries());
                            seen.putIfAbsent(edges / 3, t);
                        }));
        seen.putIfAbsent((long) batches, graph.topology(W));
        for (Map.Entry<Long, Topology> entry : seen.entrySet()) {
            Graph reference = withNodes(fixture.open(), "hub");
            for (int j = 0; j < entry.getKey(); j++) {
                addBatch(reference, j);
            }
            Picture.of(KitTopology.of(reference, W))
                    .assertEqualTo(
                            Picture.of(entry.getValue()),
                            "the picture after " + entry.getKey() + " batches");
        }
    }

    // ---- node indices

    @GraphTest
    void indexOfMapsEveryIdToItsNodeAndNothingElse(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        for (HostileInputs.Input odd : HostileInputs.UNKNOWN_IDS) {
            graph.addNode((String) odd.value());
        }
        List<String> nodes = graph.nodes();
        for (int i = 1; i < nodes.size(); i++) {
            graph.addEdge(nodes.get(i - 1), nodes.get(i));
        }
        Topology t = graph.topology();
        assertEquals(nodes, t.ids());
        assertEquals(nodes.size(), t.nodeCount());
        for (int v = 0; v < nodes.size(); v++) {
            String id = nodes.get(v);
            int index = v;
            assertEquals(v, t.indexOf(id), () -> "indexOf of node " + index);
            assertEquals(v, t.requireIndex(id));
            assertEquals(id, t.id(v));
        }
        for (String unknown :
                List.of("missing", "A", "a ", "h".repeat(999_999), "\uD800\uDC00", "->x")) {
            assertEquals(-1, t.indexOf(unknown), () -> "indexOf of an unknown ID");
            NodeNotFoundException e =
                    assertThrows(NodeNotFoundException.class, () -> t.requireIndex(unknown));
            assertEquals(unknown, e.nodeId());
        }
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void aRemovedNodeHasNoIndexInALaterPicture(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b b->c");
        Topology before = graph.topology();
        graph.removeNode("b");
        Topology after = graph.topology();
        assertEquals(1, before.indexOf("b"));
        assertEquals(-1, after.indexOf("b"));
        assertEquals(List.of("a", "c"), after.ids());
        assertEquals(1, after.requireIndex("c"));
        assertEquals(0, after.edgeCount());
        NodeNotFoundException e =
                assertThrows(NodeNotFoundException.class, () -> after.requireIndex("b"));
        assertEquals("b", e.nodeId());
    }

    // ---- weights

    @GraphTest
    void weightsAreLongsAndDoublesAlignedWithTheLists(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        long big = (1L << 53) + 1;
        graph.addEdge("a", "b", Map.of(W, 3L));
        graph.addEdge("b", "c", Map.of(W, 2.5));
        graph.addEdge("c", "a", Map.of(W, big, "other", "x"));
        Topology t = graph.topology(W);
        assertTrue(t.hasWeights());
        assertEquals(W, t.weightKey());
        assertEquals(3.0, t.outWeight(outSlot(t, "a", "b")));
        assertEquals(2.5, t.outWeight(outSlot(t, "b", "c")));
        assertEquals((double) big, t.outWeight(outSlot(t, "c", "a")), "a Long as by a cast");
        if (fixture.directed()) {
            assertEquals(3.0, t.inWeight(inSlot(t, "b", "a")));
            assertEquals(2.5, t.inWeight(inSlot(t, "c", "b")));
            assertEquals((double) big, t.inWeight(inSlot(t, "a", "c")));
        } else {
            assertEquals(3.0, t.outWeight(outSlot(t, "b", "a")), "at both ends");
            assertEquals(2.5, t.outWeight(outSlot(t, "c", "b")));
            assertEquals((double) big, t.outWeight(outSlot(t, "a", "c")));
        }
    }

    @GraphTest
    void aPictureWithoutWeightsRefusesWeightReads(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        Topology t = graph.topology();
        assertFalse(t.hasWeights());
        assertNull(t.weightKey());
        assertThrows(IllegalStateException.class, () -> t.outWeight(0));
        assertThrows(IllegalStateException.class, () -> t.inWeight(0));
    }

    /** The exception names the edge (in the orientation given) and the key. */
    private static void assertNames(WeightException e, String source, String target, String key) {
        assertAll(
                () -> assertEquals(source, e.source(), "source"),
                () -> assertEquals(target, e.target(), "target"),
                () -> assertEquals(key, e.key(), "key"),
                () -> assertMessageQuotes(e, source, target, key));
    }

    @GraphTest
    void aMissingWeightNamesTheFirstEdgeInNodeOrderAndTheKey(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "x", "a", "b", "c");
        graph.addEdge("c", "b"); // first added, but after a-x in node order
        graph.addEdge("b", "x", Map.of(W, 1L));
        graph.addEdge("a", "x", Map.of("other", 1L));
        graph.addEdge("a", "b", Map.of(W, 2.0));
        WeightException e =
                assertFailsUnchanged(graph, WeightException.class, () -> graph.topology(W));
        // directed: the first out-list holding it is a's; undirected: x's, whose list comes first
        if (fixture.directed()) {
            assertNames(e, "a", "x", W);
        } else {
            assertNames(e, "x", "a", W);
        }
        assertFalse(e.getMessage().contains("\"c\""), e.getMessage());
        Picture.of(KitTopology.of(graph, null))
                .assertEqualTo(Picture.of(graph.topology()), "unweighted, still taken");
    }

    @GraphTest
    void aWeightThatIsNoNumberIsRefusedNamingTheEdgeTheKeyAndTheValue(Fixture fixture) {
        for (Object value : List.of("heavy", true, "3")) {
            Graph graph = withNodes(fixture.open(), "a", "b", "c");
            graph.addEdge("a", "b", Map.of(W, 1L));
            graph.addEdge("b", "c", Map.of(W, value));
            WeightException e =
                    assertFailsUnchanged(graph, WeightException.class, () -> graph.topology(W));
            assertNames(e, "b", "c", W);
            assertMessageNames(e, String.valueOf(value));
        }
    }

    @GraphTest
    void aKeyNoEdgeHasIsRefusedLikeAMissingWeight(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b");
        WeightException e =
                assertFailsUnchanged(graph, WeightException.class, () -> graph.topology("nowhere"));
        assertNames(e, "a", "b", "nowhere");
        // no edge, nothing to weigh: a picture with weights and no entries
        Graph empty = withNodes(fixture.open(), "a", "b");
        Topology t = empty.topology("nowhere");
        assertTrue(t.hasWeights());
        assertEquals(0, t.outEntries());
    }

    // ---- bytes

    @GraphTest
    void arraysTakeEightBytesPerNodeAndPerEdge(Fixture fixture) {
        for (Shape shape : GraphShapes.loopFree(fixture)) {
            Topology t = shape.graph().topology();
            long n = t.nodeCount();
            long m = t.edgeCount();
            assertTrue(
                    t.arrayBytes() <= 8 * n + 8 * m + 128,
                    () -> shape + ": " + t.arrayBytes() + " bytes of arrays");
            Topology weighted = shape.graph().topology(W);
            assertTrue(
                    weighted.arrayBytes() <= 8 * n + 24 * m + 192,
                    () -> shape + ", weighted: " + weighted.arrayBytes() + " bytes of arrays");
        }
    }
}
