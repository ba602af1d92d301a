package io.gli.tck;

import static io.gli.tck.Refusals.assertEach;
import static io.gli.tck.Refusals.assertEachFailsUnchanged;
import static io.gli.tck.Refusals.assertFailsUnchanged;
import static io.gli.tck.Refusals.assertMessageNames;
import static io.gli.tck.Refusals.assertNodeNotFound;
import static io.gli.tck.TestData.map;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gli.AttributeTypeException;
import io.gli.Capability;
import io.gli.Graph;
import io.gli.NodeNotFoundException;
import io.gli.tck.Refusals.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The attribute contract of {@link AttributeTests} on nodes, plus what is particular to node
 * attributes: every attribute method on a missing node raises {@link NodeNotFoundException},
 * argument errors are reported before the missing node, and a node's attributes go with it.
 */
public class NodeAttributeTests extends AttributeTests {

    static final String NODE = "n";
    static final String OTHER = "other";

    @Override
    Element element(Fixture fixture) {
        return new Element(fixture.open()) {
            @Override
            void add(Map<String, ?> attributes) {
                graph.addNode(NODE, attributes);
            }

            @Override
            void addOther(Map<String, ?> attributes) {
                graph.addNode(OTHER, attributes);
            }

            @Override
            boolean mergeOther(Map<String, ?> attributes) {
                return graph.mergeNode(OTHER, attributes);
            }

            @Override
            void addOtherInBulk(Map<String, ? extends List<?>> columns) {
                graph.addNodes(List.of(OTHER), columns);
            }

            @Override
            boolean merge(Map<String, ?> attributes) {
                return graph.mergeNode(NODE, attributes);
            }

            @Override
            Map<String, Object> attributes() {
                return graph.nodeAttributes(NODE);
            }

            @Override
            Map<String, Object> otherAttributes() {
                return graph.nodeAttributes(OTHER);
            }

            @Override
            Optional<Object> attribute(String key) {
                return graph.nodeAttribute(NODE, key);
            }

            @Override
            OptionalLong getLong(String key) {
                return graph.nodeLong(NODE, key);
            }

            @Override
            OptionalDouble getDouble(String key) {
                return graph.nodeDouble(NODE, key);
            }

            @Override
            Optional<String> getString(String key) {
                return graph.nodeString(NODE, key);
            }

            @Override
            Optional<Boolean> getBoolean(String key) {
                return graph.nodeBoolean(NODE, key);
            }

            @Override
            void set(String key, Object value) {
                graph.setNodeAttribute(NODE, key, value);
            }

            @Override
            void update(Map<String, ?> attributes) {
                graph.updateNodeAttributes(NODE, attributes);
            }

            @Override
            boolean remove(String key) {
                return graph.removeNodeAttribute(NODE, key);
            }
        };
    }

    /**
     * Every attribute method, called on node {@code id}, fails with {@link NodeNotFoundException}
     * naming it and changes nothing.
     */
    private static void assertEveryAttributeMethodRefuses(Graph graph, String id) {
        List<Call> calls = new ArrayList<>(AttributeCalls.ofNode(graph, id));
        calls.add(
                new Call(
                        "updateNodeAttributes(empty)",
                        () -> graph.updateNodeAttributes(id, Map.of())));
        assertEach(calls, c -> assertMessageNames(assertNodeNotFound(graph, id, c), id));
    }

    @GraphTest
    void everyAttributeMethodOnAMissingNodeThrowsNodeNotFound(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("present", Map.of("k", 1));
        assertEveryAttributeMethodRefuses(graph, "missing");
        assertFalse(graph.hasNode("missing"), "setting an attribute must not create the node");
    }

    @GraphTest
    @Requires(Capability.REMOVAL)
    void attributeMethodsOnARemovedNodeThrowNodeNotFound(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("gone", Map.of("k", 1));
        graph.removeNode("gone");
        assertEveryAttributeMethodRefuses(graph, "gone");
    }

    @GraphTest
    void argumentErrorsAreReportedBeforeTheMissingNode(Fixture fixture) {
        Graph graph = fixture.open();
        assertAll(
                () ->
                        assertEachFailsUnchanged(
                                graph,
                                IllegalArgumentException.class,
                                () -> graph.setNodeAttribute("missing", "k", TestData.date()),
                                () -> graph.setNodeAttribute("missing", "", 1),
                                () -> graph.setNodeAttribute("missing", "k", null),
                                () -> graph.updateNodeAttributes("missing", map("k", null)),
                                () -> graph.removeNodeAttribute("missing", ""),
                                () -> graph.nodeAttribute("missing", ""),
                                () -> graph.nodeLong("missing", "")),
                () ->
                        assertFailsUnchanged(
                                graph,
                                NullPointerException.class,
                                () -> graph.setNodeAttribute("missing", null, 1)));
    }

    @GraphTest
    void attributeTypeExceptionMessageNamesTheNode(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("alice", Map.of("age", "old"));
        AttributeTypeException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        AttributeTypeException.class, () -> graph.nodeLong("alice", "age"));
        assertTrue(e.getMessage().contains("alice"), e.getMessage());
        assertTrue(e.getMessage().contains("age"), e.getMessage());
    }

    @GraphTest
    void eachNodeHasItsOwnAttributes(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("k", 1));
        graph.addNode("b", Map.of("k", 2));
        graph.setNodeAttribute("a", "only", true);
        assertEquals(Map.of("k", 1L, "only", true), graph.nodeAttributes("a"));
        assertEquals(Map.of("k", 2L), graph.nodeAttributes("b"));
    }

    @GraphTest
    void nodeAttributesAreIndependentOfEdgeAttributes(Fixture fixture) {
        Graph graph = fixture.open();
        graph.addNode("a", Map.of("k", "node"));
        graph.addNode("b");
        graph.addEdge("a", "b", Map.of("k", "edge"));
        graph.setNodeAttribute("a", "k", "node2");
        assertEquals(Map.of("k", "edge"), graph.edgeAttributes("a", "b"));
        assertEquals(Map.of(), graph.nodeAttributes("b"));
    }

    @GraphTest
    void settingAttributesKeepsTheNodeInPlace(Fixture fixture) {
        Graph graph = TestData.withNodes(fixture.open(), "a", "b", "c");
        graph.setNodeAttribute("a", "k", 1);
        graph.updateNodeAttributes("b", Map.of("k", 2));
        graph.removeNodeAttribute("a", "k");
        assertEquals(List.of("a", "b", "c"), graph.nodes());
    }
}
