package io.gli;

import io.gli.spi.GraphStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state a batch's operations meet while it is checked: the store, plus the effect of the
 * operations before. Lets a batch be checked in full before anything is applied, so that a failed
 * batch never needs undoing.
 */
final class Overlay implements GraphState {
    private final GraphStore store;
    private final boolean directed;

    /** Nodes whose presence the batch has decided. */
    private final Map<String, Boolean> nodes = new HashMap<>();

    /** Nodes removed at some point in the batch: every stored edge touching them is gone. */
    private final Set<String> removedNodes = new HashSet<>();

    /** Edges whose presence the batch has decided. */
    private final Map<EdgeKey, Boolean> edges = new HashMap<>();

    /** Edges the batch added, by endpoint, so that removing a node also drops them. */
    private final Map<String, List<EdgeKey>> addedEdgesByNode = new HashMap<>();

    Overlay(GraphStore store, boolean directed) {
        this.store = store;
        this.directed = directed;
    }

    @Override
    public boolean hasNode(String id) {
        Boolean decided = nodes.get(id);
        return decided != null ? decided : store.containsNode(id);
    }

    @Override
    public boolean hasEdge(String source, String target) {
        Boolean decided = edges.get(key(source, target));
        if (decided != null) {
            return decided;
        }
        return !removedNodes.contains(source)
                && !removedNodes.contains(target)
                && store.containsEdge(source, target);
    }

    void nodeAdded(String id) {
        nodes.put(id, Boolean.TRUE);
    }

    void nodeRemoved(String id) {
        nodes.put(id, Boolean.FALSE);
        removedNodes.add(id);
        List<EdgeKey> added = addedEdgesByNode.remove(id);
        if (added != null) {
            for (EdgeKey edge : added) {
                edges.put(edge, Boolean.FALSE);
            }
        }
    }

    void edgeAdded(String source, String target) {
        EdgeKey edge = key(source, target);
        if (!Boolean.TRUE.equals(edges.put(edge, Boolean.TRUE))) {
            addedEdgesByNode.computeIfAbsent(source, k -> new ArrayList<>()).add(edge);
            if (!source.equals(target)) {
                addedEdgesByNode.computeIfAbsent(target, k -> new ArrayList<>()).add(edge);
            }
        }
    }

    void edgeRemoved(String source, String target) {
        edges.put(key(source, target), Boolean.FALSE);
    }

    private EdgeKey key(String source, String target) {
        if (!directed && source.compareTo(target) > 0) {
            return new EdgeKey(target, source);
        }
        return new EdgeKey(source, target);
    }

    private record EdgeKey(String first, String second) {}
}
