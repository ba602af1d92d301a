package io.gli.tck;

import io.gli.Graph;
import io.gli.tck.Refusals.Call;
import java.util.List;
import java.util.Map;

/**
 * The attribute methods of {@link Graph} on one node or one edge, each as a named {@link Call} with
 * key {@code "k"} and valid other arguments, so that every test expecting all of them to refuse the
 * same element (a missing one, an invalid ID) lists them from one place.
 */
final class AttributeCalls {
    private AttributeCalls() {}

    /** Every attribute method on node {@code id}: the reads, then the writes. */
    static List<Call> ofNode(Graph graph, String id) {
        return List.of(
                new Call("nodeAttributes", () -> graph.nodeAttributes(id)),
                new Call("nodeAttribute", () -> graph.nodeAttribute(id, "k")),
                new Call("nodeLong", () -> graph.nodeLong(id, "k")),
                new Call("nodeDouble", () -> graph.nodeDouble(id, "k")),
                new Call("nodeString", () -> graph.nodeString(id, "k")),
                new Call("nodeBoolean", () -> graph.nodeBoolean(id, "k")),
                new Call("setNodeAttribute", () -> graph.setNodeAttribute(id, "k", 1)),
                new Call(
                        "updateNodeAttributes",
                        () -> graph.updateNodeAttributes(id, Map.of("k", 1))),
                new Call("removeNodeAttribute", () -> graph.removeNodeAttribute(id, "k")));
    }

    /** Every attribute method on the edge {@code s} to {@code t}: the reads, then the writes. */
    static List<Call> ofEdge(Graph graph, String s, String t) {
        return List.of(
                new Call("edgeAttributes", () -> graph.edgeAttributes(s, t)),
                new Call("edgeAttribute", () -> graph.edgeAttribute(s, t, "k")),
                new Call("edgeLong", () -> graph.edgeLong(s, t, "k")),
                new Call("edgeDouble", () -> graph.edgeDouble(s, t, "k")),
                new Call("edgeString", () -> graph.edgeString(s, t, "k")),
                new Call("edgeBoolean", () -> graph.edgeBoolean(s, t, "k")),
                new Call("setEdgeAttribute", () -> graph.setEdgeAttribute(s, t, "k", 1)),
                new Call(
                        "updateEdgeAttributes",
                        () -> graph.updateEdgeAttributes(s, t, Map.of("k", 1))),
                new Call("removeEdgeAttribute", () -> graph.removeEdgeAttribute(s, t, "k")));
    }
}
