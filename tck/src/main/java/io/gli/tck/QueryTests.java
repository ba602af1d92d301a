package io.gli.tck;

import static io.gli.tck.TestData.map;
import static io.gli.tck.TestData.withEdges;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gli.Capability;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.Node;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Queries: {@code findNodes} and {@code findEdges} by predicate and by attribute map. Results come
 * in node or edge order; a map matches elements having every given attribute with an equal value
 * after the values are normalized as stored ones are (so {@code 1} matches a stored {@code 1L});
 * the empty map matches everything; results are immutable snapshots.
 */
public class QueryTests {

    /** People with ages and roles, added out of alphabetical order. */
    private static Graph people(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("dave", Map.of("age", 40, "role", "admin", "active", true));
        graph.addNode("ann", Map.of("age", 31, "role", "user", "active", true));
        graph.addNode("carl", Map.of("age", 40, "role", "user"));
        graph.addNode("bea", Map.of("age", 25.5, "role", "admin", "active", false));
        graph.addNode("eve");
        return graph;
    }

    /** {@link #people} with edges, also out of order. */
    private static Graph friendships(Fixture fixture) {
        Graph graph = people(fixture);
        graph.addEdge("carl", "ann", Map.of("since", 2010, "kind", "work"));
        graph.addEdge("ann", "dave", Map.of("since", 2015));
        graph.addEdge("bea", "carl", Map.of("since", 2010, "kind", "family"));
        graph.addEdge("dave", "eve");
        return graph;
    }

    // ---- findNodes by predicate

    @GraphTest
    void findNodesByPredicateKeepsNodeOrder(Fixture fixture) {
        Graph graph = people(fixture);
        assertEquals(
                List.of("dave", "carl"),
                graph.findNodes(n -> Long.valueOf(40).equals(n.attributes().get("age"))));
        assertEquals(List.of("dave", "ann", "carl", "bea", "eve"), graph.findNodes(n -> true));
        assertEquals(List.of(), graph.findNodes(n -> false));
    }

    @GraphTest
    void predicateSeesEveryNodeWithItsStoredAttributes(Fixture fixture) {
        Graph graph = people(fixture);
        Set<Node> seen = new HashSet<>();
        graph.findNodes(TestData.recordingAndMatchingNone(seen));
        assertEquals(
                Set.of(
                        new Node("dave", Map.of("age", 40L, "role", "admin", "active", true)),
                        new Node("ann", Map.of("age", 31L, "role", "user", "active", true)),
                        new Node("carl", Map.of("age", 40L, "role", "user")),
                        new Node("bea", Map.of("age", 25.5, "role", "admin", "active", false)),
                        new Node("eve", Map.of())),
                seen);
    }

    @GraphTest
    void findNodesOnAnEmptyGraphFindsNothing(Fixture fixture) {
        Graph graph = fixture.open();
        assertEquals(List.of(), graph.findNodes(n -> true));
        assertEquals(List.of(), graph.findNodes(Map.of()));
        assertEquals(List.of(), graph.findEdges(e -> true));
        assertEquals(List.of(), graph.findEdges(Map.of()));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void findNodesFollowsTheOrderAfterRemovalAndMerge(Fixture fixture) {
        Graph graph = people(fixture);
        graph.removeNode("dave");
        graph.mergeNode("ann", Map.of("age", 32));
        graph.addNode("dave", Map.of("role", "user"));
        assertEquals(List.of("ann", "carl", "dave"), graph.findNodes(Map.of("role", "user")));
    }

    // ---- findNodes by map

    @GraphTest
    void findNodesByMapMatchesEveryGivenAttribute(Fixture fixture) {
        Graph graph = people(fixture);
        assertEquals(List.of("dave", "bea"), graph.findNodes(Map.of("role", "admin")));
        assertEquals(List.of("carl"), graph.findNodes(Map.of("role", "user", "age", 40L)));
        assertEquals(List.of("dave"), graph.findNodes(Map.of("role", "admin", "active", true)));
        assertEquals(List.of("bea"), graph.findNodes(Map.of("active", false)));
        assertEquals(List.of(), graph.findNodes(Map.of("role", "admin", "age", 31L)));
    }

    @GraphTest
    void findNodesNormalizesTheValuesMatched(Fixture fixture) {
        Graph graph = people(fixture);
        assertEquals(List.of("dave", "carl"), graph.findNodes(Map.of("age", 40)));
        assertEquals(List.of("dave", "carl"), graph.findNodes(Map.of("age", (short) 40)));
        assertEquals(List.of("dave", "carl"), graph.findNodes(Map.of("age", (byte) 40)));
        assertEquals(List.of("bea"), graph.findNodes(Map.of("age", 25.5f)));
    }

    @GraphTest
    void findNodesWithTheEmptyMapMatchesEveryNode(Fixture fixture) {
        Graph graph = people(fixture);
        assertEquals(List.of("dave", "ann", "carl", "bea", "eve"), graph.findNodes(Map.of()));
    }

    @GraphTest
    void missingAttributeDoesNotMatch(Fixture fixture) {
        Graph graph = people(fixture);
        assertEquals(
                List.of("dave", "ann", "bea"),
                graph.findNodes(n -> n.attributes().containsKey("active")));
        assertEquals(List.of(), graph.findNodes(Map.of("nickname", "x")));
        assertEquals(List.of(), graph.findNodes(Map.of("active", true, "nickname", "x")));
    }

    @GraphTest
    void valuesOfOtherTypesDoNotMatch(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("long", Map.of("v", 1L));
        graph.addNode("double", Map.of("v", 1.0));
        graph.addNode("string", Map.of("v", "1"));
        graph.addNode("boolean", Map.of("v", true));
        assertEquals(List.of("long"), graph.findNodes(Map.of("v", 1)));
        assertEquals(List.of("double"), graph.findNodes(Map.of("v", 1.0f)));
        assertEquals(List.of("string"), graph.findNodes(Map.of("v", "1")));
        assertEquals(List.of("boolean"), graph.findNodes(Map.of("v", true)));
    }

    @GraphTest
    void nanMatchesNaN(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("x", Double.NaN));
        graph.addNode("b", Map.of("x", 0.0));
        graph.addNode("c", Map.of("x", Double.NEGATIVE_INFINITY));
        assertEquals(List.of("a"), graph.findNodes(Map.of("x", Double.NaN)));
        assertEquals(List.of("a"), graph.findNodes(Map.of("x", Float.NaN)));
        assertEquals(List.of("c"), graph.findNodes(Map.of("x", Float.NEGATIVE_INFINITY)));
    }

    @GraphTest
    @Requires(Capability.NESTED_VALUES)
    void nestedValuesMatchAfterNormalization(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("tags", List.of(1L, 2L), "m", Map.of("k", 1.5)));
        graph.addNode("b", Map.of("tags", List.of(2L, 1L)));
        assertEquals(List.of("a"), graph.findNodes(Map.of("tags", List.of(1, 2))));
        assertEquals(List.of("b"), graph.findNodes(Map.of("tags", List.of((short) 2, (byte) 1))));
        assertEquals(List.of("a"), graph.findNodes(Map.of("m", Map.of("k", 1.5f))));
        assertEquals(List.of(), graph.findNodes(Map.of("tags", List.of(1))));
    }

    @GraphTest
    void invalidMatchMapsAreRefused(Fixture fixture) {
        Graph graph = people(fixture);
        Snapshot.assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.findNodes(map("age", null)));
        Snapshot.assertFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                () -> graph.findNodes(map("age", TestData.date())));
        Snapshot.assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.findNodes(map("", 1)));
        Snapshot.assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.findEdges(map("since", null)));
        Snapshot.assertFailsUnchanged(
                graph, IllegalArgumentException.class, () -> graph.findEdges(map(null, 1)));
    }

    @GraphTest
    void nullQueriesAreRefused(Fixture fixture) {
        Graph graph = people(fixture);
        assertThrows(NullPointerException.class, () -> graph.findNodes((Predicate<Node>) null));
        assertThrows(NullPointerException.class, () -> graph.findNodes((Map<String, ?>) null));
        assertThrows(NullPointerException.class, () -> graph.findEdges((Predicate<Edge>) null));
        assertThrows(NullPointerException.class, () -> graph.findEdges((Map<String, ?>) null));
    }

    // ---- findEdges

    @GraphTest
    void findEdgesByPredicateKeepsEdgeOrder(Fixture fixture) {
        Graph graph = friendships(fixture);
        assertEquals(
                List.of(
                        new Edge("carl", "ann", Map.of("since", 2010L, "kind", "work")),
                        new Edge("bea", "carl", Map.of("since", 2010L, "kind", "family"))),
                graph.findEdges(e -> e.attributes().containsKey("kind")));
        assertEquals(graph.edges(), graph.findEdges(e -> true));
        assertEquals(List.of(), graph.findEdges(e -> false));
        assertEquals(
                List.of(new Edge("ann", "dave", Map.of("since", 2015L))),
                graph.findEdges(e -> e.source().equals("ann")));
    }

    @GraphTest
    void predicateSeesEveryEdgeWithItsStoredAttributes(Fixture fixture) {
        Graph graph = friendships(fixture);
        Set<Edge> seen = new HashSet<>();
        graph.findEdges(TestData.recordingAndMatchingNone(seen));
        assertEquals(Set.copyOf(graph.edges()), seen);
        assertEquals(4, seen.size());
    }

    @GraphTest
    void findEdgesByMapMatchesNormalizedValues(Fixture fixture) {
        Graph graph = friendships(fixture);
        List<Edge> in2010 =
                List.of(
                        new Edge("carl", "ann", Map.of("since", 2010L, "kind", "work")),
                        new Edge("bea", "carl", Map.of("since", 2010L, "kind", "family")));
        assertEquals(in2010, graph.findEdges(Map.of("since", 2010)));
        assertEquals(in2010, graph.findEdges(Map.of("since", (short) 2010)));
        assertEquals(
                List.of(in2010.get(1)), graph.findEdges(Map.of("since", 2010, "kind", "family")));
        assertEquals(List.of(), graph.findEdges(Map.of("since", 2010.0)));
        assertEquals(graph.edges(), graph.findEdges(Map.of()));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedEdgesAreFoundInTheirFirstOrientation(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("b", "a", Map.of("k", 1));
        graph.mergeEdge("a", "b", Map.of("j", 2));
        assertEquals(
                List.of(new Edge("b", "a", Map.of("k", 1L, "j", 2L))),
                graph.findEdges(Map.of("k", 1)));
        assertEquals(
                List.of(new Edge("b", "a", Map.of("k", 1L, "j", 2L))), graph.findEdges(e -> true));
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsAreFoundByPredicate(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b"), "a->b b->b a->a");
        assertEquals(
                List.of(new Edge("b", "b"), new Edge("a", "a")), graph.findEdges(Edge::isSelfLoop));
    }

    @GraphTest
    void queryResultsAreImmutableSnapshots(Fixture fixture) {
        Graph graph = friendships(fixture);
        List<String> nodes = graph.findNodes(Map.of("role", "admin"));
        List<String> byPredicate = graph.findNodes(n -> true);
        List<Edge> edges = graph.findEdges(Map.of("since", 2010));
        List<Edge> edgesByPredicate = graph.findEdges(e -> true);
        assertThrows(UnsupportedOperationException.class, () -> nodes.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> byPredicate.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> edges.add(new Edge("a", "b")));
        assertThrows(
                UnsupportedOperationException.class,
                () -> edgesByPredicate.add(new Edge("a", "b")));
        graph.addNode("zed", Map.of("role", "admin"));
        graph.setEdgeAttribute("bea", "carl", "since", 1999);
        graph.addEdge("zed", "ann", Map.of("since", 2010));
        assertEquals(List.of("dave", "bea"), nodes);
        assertEquals(5, byPredicate.size());
        assertEquals(2, edges.size());
        assertEquals(Map.of("since", 2010L, "kind", "family"), edges.get(1).attributes());
        assertEquals(4, edgesByPredicate.size());
        assertEquals(List.of("dave", "bea", "zed"), graph.findNodes(Map.of("role", "admin")));
    }

    @GraphTest
    void queriesSeeTheLatestWrites(Fixture fixture) {
        Graph graph = people(fixture);
        assertEquals(List.of(), graph.findNodes(Map.of("role", "owner")));
        graph.setNodeAttribute("eve", "role", "owner");
        assertEquals(List.of("eve"), graph.findNodes(Map.of("role", "owner")));
        graph.removeNodeAttribute("eve", "role");
        assertEquals(List.of(), graph.findNodes(Map.of("role", "owner")));
    }
}
