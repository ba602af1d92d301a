package io.gli.tck;

import static io.gli.tck.Refusals.assertEachFailsUnchanged;
import static io.gli.tck.Refusals.assertEdgeNotFound;
import static io.gli.tck.Refusals.assertMessageNames;
import static io.gli.tck.TestData.map;
import static io.gli.tck.TestData.withEdges;
import static io.gli.tck.TestData.withFirstEdgeRemoved;
import static io.gli.tck.TestData.withNodes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.AttributeTypeException;
import io.gli.Capability;
import io.gli.Edge;
import io.gli.EdgeNotFoundException;
import io.gli.Graph;
import io.gli.tck.Refusals.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.function.Executable;

/**
 * The attribute contract of {@link AttributeTests} on edges, plus what is particular to edge
 * attributes: every attribute method on a missing edge raises {@link EdgeNotFoundException}, the
 * attributes show in {@link Graph#edges()}, and on an undirected graph the endpoints may be given
 * in either order.
 */
public class EdgeAttributeTests extends AttributeTests {

    @Override
    Element element(Fixture fixture) {
        Graph opened = withNodes(fixture.open(), "s", "t", "u");
        return new Element(opened) {
            @Override
            void add(Map<String, ?> attributes) {
                graph.addEdge("s", "t", attributes);
            }

            @Override
            void addOther(Map<String, ?> attributes) {
                graph.addEdge("s", "u", attributes);
            }

            @Override
            boolean mergeOther(Map<String, ?> attributes) {
                return graph.mergeEdge("s", "u", attributes);
            }

            @Override
            void addOtherInBulk(Map<String, ? extends List<?>> columns) {
                graph.addEdges(List.of("s"), List.of("u"), columns);
            }

            @Override
            boolean merge(Map<String, ?> attributes) {
                return graph.mergeEdge("s", "t", attributes);
            }

            @Override
            Map<String, Object> attributes() {
                Map<String, Object> attributes = graph.edgeAttributes("s", "t");
                assertEquals(
                        attributes,
                        edgeListed("s", "t").attributes(),
                        "edges() agrees with edgeAttributes()");
                return attributes;
            }

            @Override
            Map<String, Object> otherAttributes() {
                return graph.edgeAttributes("s", "u");
            }

            private Edge edgeListed(String source, String target) {
                return graph.edges().stream()
                        .filter(e -> e.source().equals(source) && e.target().equals(target))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "edge "
                                                        + source
                                                        + " -> "
                                                        + target
                                                        + " not in edges()"));
            }

            @Override
            Optional<Object> attribute(String key) {
                return graph.edgeAttribute("s", "t", key);
            }

            @Override
            OptionalLong getLong(String key) {
                return graph.edgeLong("s", "t", key);
            }

            @Override
            OptionalDouble getDouble(String key) {
                return graph.edgeDouble("s", "t", key);
            }

            @Override
            Optional<String> getString(String key) {
                return graph.edgeString("s", "t", key);
            }

            @Override
            Optional<Boolean> getBoolean(String key) {
                return graph.edgeBoolean("s", "t", key);
            }

            @Override
            void set(String key, Object value) {
                graph.setEdgeAttribute("s", "t", key, value);
            }

            @Override
            void update(Map<String, ?> attributes) {
                graph.updateEdgeAttributes("s", "t", attributes);
            }

            @Override
            boolean remove(String key) {
                return graph.removeEdgeAttribute("s", "t", key);
            }
        };
    }

    /**
     * Every attribute method of the edge {@code s} to {@code t}, expected to fail with {@link
     * EdgeNotFoundException} naming it and to change nothing.
     */
    private static List<Executable> everyAttributeMethodFails(Graph graph, String s, String t) {
        List<Call> calls = new ArrayList<>(AttributeCalls.ofEdge(graph, s, t));
        calls.add(
                new Call(
                        "updateEdgeAttributes(empty)",
                        () -> graph.updateEdgeAttributes(s, t, Map.of())));
        return calls.stream()
                .<Executable>map(
                        c -> () -> assertMessageNames(assertEdgeNotFound(graph, s, t, c), s, t))
                .toList();
    }

    @GraphTest
    void everyAttributeMethodOnAMissingEdgeThrowsEdgeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b", Map.of("k", 1));
        assertAll(everyAttributeMethodFails(graph, "a", "c"));
        assertFalse(graph.hasEdge("a", "c"), "setting an attribute must not create the edge");
    }

    @GraphTest
    void attributeMethodsWithMissingEndpointsThrowEdgeNotFound(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertAll(everyAttributeMethodFails(graph, "a", "nowhere"));
        assertAll(everyAttributeMethodFails(graph, "nowhere", "a"));
        assertAll(everyAttributeMethodFails(graph, "x", "y"));
        assertEquals(List.of("a"), graph.nodes());
    }

    @GraphTest(GraphTest.Direction.DIRECTED)
    void reversedEdgeIsAnotherEdgeOnADirectedGraph(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("k", 1));
        assertAll(everyAttributeMethodFails(graph, "b", "a"));
        graph.addEdge("b", "a", Map.of("k", 2));
        assertEquals(Map.of("k", 1L), graph.edgeAttributes("a", "b"));
        assertEquals(Map.of("k", 2L), graph.edgeAttributes("b", "a"));
        graph.setEdgeAttribute("b", "a", "k", 3);
        assertEquals(Map.of("k", 1L), graph.edgeAttributes("a", "b"));
    }

    @GraphTest(GraphTest.Direction.UNDIRECTED)
    void undirectedEdgeAttributesAreReachedFromEitherEnd(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("k", 1, "x", "y"));
        assertEquals(Map.of("k", 1L, "x", "y"), graph.edgeAttributes("b", "a"));
        assertEquals(Optional.of(1L), graph.edgeAttribute("b", "a", "k"));
        assertEquals(OptionalLong.of(1L), graph.edgeLong("b", "a", "k"));
        assertEquals(OptionalDouble.of(1.0), graph.edgeDouble("b", "a", "k"));
        assertEquals(Optional.of("y"), graph.edgeString("b", "a", "x"));
        graph.setEdgeAttribute("b", "a", "flag", true);
        assertEquals(Optional.of(true), graph.edgeBoolean("a", "b", "flag"));
        graph.updateEdgeAttributes("b", "a", Map.of("k", 2));
        assertEquals(OptionalLong.of(2L), graph.edgeLong("a", "b", "k"));
        assertTrue(graph.removeEdgeAttribute("b", "a", "x"));
        assertFalse(graph.removeEdgeAttribute("a", "b", "x"));
        assertEquals(List.of(new Edge("a", "b", Map.of("k", 2L, "flag", true))), graph.edges());
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void attributeMethodsOnARemovedEdgeThrowEdgeNotFound(Fixture fixture) {
        Graph graph = withFirstEdgeRemoved(fixture.open());
        assertAll(everyAttributeMethodFails(graph, "a", "b"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void reAddedEdgeStartsWithoutTheOldAttributes(Fixture fixture) {
        Graph graph = withFirstEdgeRemoved(fixture.open());
        graph.addEdge("a", "b");
        assertEquals(Map.of(), graph.edgeAttributes("a", "b"));
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void edgeAttributesOfARemovedNodeAreGone(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b");
        graph.addEdge("a", "b", Map.of("old", 1));
        graph.removeNode("b");
        graph.addNode("b");
        graph.addEdge("a", "b");
        assertEquals(Map.of(), graph.edgeAttributes("a", "b"));
    }

    @GraphTest
    void argumentErrorsAreReportedBeforeTheMissingEdge(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        assertEachFailsUnchanged(
                graph,
                IllegalArgumentException.class,
                () -> graph.setEdgeAttribute("a", "missing", "k", TestData.date()),
                () -> graph.setEdgeAttribute("a", "missing", "", 1),
                () -> graph.setEdgeAttribute("a", "missing", "k", null),
                () -> graph.updateEdgeAttributes("a", "missing", map("k", null)),
                () -> graph.removeEdgeAttribute("a", "missing", ""),
                () -> graph.edgeAttribute("a", "missing", ""),
                () -> graph.edgeDouble("a", "missing", ""),
                () -> graph.addEdge("a", "missing", map("k", new Object())),
                () -> graph.mergeEdge("missing", "a", map("", 1)));
    }

    @GraphTest
    void attributeTypeExceptionMessageNamesTheEdge(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "alice", "bob");
        graph.addEdge("alice", "bob", Map.of("since", "long ago"));
        AttributeTypeException e =
                assertThrows(
                        AttributeTypeException.class,
                        () -> graph.edgeLong("alice", "bob", "since"));
        assertTrue(
                e.getMessage().contains("alice") && e.getMessage().contains("bob"), e.getMessage());
        assertTrue(e.getMessage().contains("since"), e.getMessage());
        assertEquals("since", e.key());
    }

    @GraphTest
    void eachEdgeHasItsOwnAttributes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a", "b", "c");
        graph.addEdge("a", "b", Map.of("w", 1));
        graph.addEdge("b", "c", Map.of("w", 2));
        graph.addEdge("a", "c");
        graph.setEdgeAttribute("a", "b", "w", 10);
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("w", 10L)),
                        new Edge("b", "c", Map.of("w", 2L)),
                        new Edge("a", "c", Map.of())),
                graph.edges());
    }

    @GraphTest
    void settingAttributesKeepsTheEdgeInPlace(Fixture fixture) {
        Graph graph = withEdges(withNodes(fixture.open(), "a", "b", "c"), "a->b b->c c->a");
        graph.setEdgeAttribute("a", "b", "k", 1);
        graph.updateEdgeAttributes("b", "c", Map.of("k", 2));
        graph.mergeEdge("a", "b", Map.of("k", 3));
        graph.removeEdgeAttribute("b", "c", "k");
        assertEquals(
                List.of(
                        new Edge("a", "b", Map.of("k", 3L)),
                        new Edge("b", "c"),
                        new Edge("c", "a")),
                graph.edges());
    }

    @GraphTest
    @Requires(Capability.SELF_LOOPS)
    void selfLoopsHaveAttributes(Fixture fixture) {
        Graph graph = withNodes(fixture.open(), "a");
        graph.addEdge("a", "a", Map.of("loop", true));
        graph.setEdgeAttribute("a", "a", "n", 1);
        assertEquals(Map.of("loop", true, "n", 1L), graph.edgeAttributes("a", "a"));
        assertEquals(List.of(new Edge("a", "a", Map.of("loop", true, "n", 1L))), graph.edges());
    }
}
