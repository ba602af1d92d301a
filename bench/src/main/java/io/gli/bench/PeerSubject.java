package io.gli.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the peer subjects share: node attributes in a side map keyed by node, the way users of
 * libraries without node attributes keep them, and the counts, read from the library's own live
 * views of its nodes and edges.
 */
abstract class PeerSubject implements Subject {
    private final Map<String, Map<String, Object>> nodeAttributes = new HashMap<>();
    private final Object graph;
    private final Collection<String> nodes;
    private final Collection<?> edges;

    /**
     * @param graph the library's graph object
     * @param nodes the library's live view of its nodes, in its own order
     * @param edges the library's live view of its edges
     */
    PeerSubject(Object graph, Collection<String> nodes, Collection<?> edges) {
        this.graph = graph;
        this.nodes = nodes;
        this.edges = edges;
    }

    /** Adds a node to the library's graph; its attributes are kept aside by {@link #addNode}. */
    abstract void addNodeToGraph(String id);

    @Override
    public final void addNode(String id, Map<String, Object> attributes) {
        addNodeToGraph(id);
        if (!attributes.isEmpty()) {
            nodeAttributes.put(id, attributes);
        }
    }

    @Override
    public final Object nodeAttribute(String id, String key) {
        Map<String, Object> attributes = nodeAttributes.get(id);
        return attributes == null ? null : attributes.get(key);
    }

    @Override
    public final long sumOfNodeAttribute(String key) {
        long sum = 0;
        for (String id : nodes) {
            Object value = nodeAttribute(id, key);
            sum += value == null ? 0 : (Long) value;
        }
        return sum;
    }

    @Override
    public final int nodeCount() {
        return nodes.size();
    }

    @Override
    public final int edgeCount() {
        return edges.size();
    }

    @Override
    public final Object footprintRoot() {
        return new Object[] {graph, nodeAttributes};
    }
}
