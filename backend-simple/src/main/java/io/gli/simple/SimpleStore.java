package io.gli.simple;

import io.gli.Edge;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.Node;
import io.gli.spi.ArrayColumn;
import io.gli.spi.GraphStore;
import io.gli.spi.StoreColumn;
import io.gli.spi.Synchronizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A graph as maps of records. Nodes live in an insertion-ordered map from ID to {@link NodeRecord};
 * each record holds its attribute map and its adjacency as insertion-ordered maps from neighbor ID
 * to the shared {@link EdgeRecord}, so an edge is found with two hash lookups and neighbor lists
 * come out in edge order. A separate insertion-ordered set of edge records gives the global edge
 * order. An undirected graph uses one adjacency map per node for both directions.
 *
 * <p>Guarded by a read-write lock; snapshots are copies.
 */
final class SimpleStore implements GraphStore {
    private final boolean directed;
    private final Synchronizer synchronizer = Synchronizer.readWriteLock();
    private final LinkedHashMap<String, NodeRecord> nodes;
    private final LinkedHashSet<EdgeRecord> edges;

    /** The capacities the maps were created with, for {@link #footprint()}. */
    private final int nodeCapacity;

    private final int edgeCapacity;

    SimpleStore(GraphOptions options) {
        this.directed = options.directed();
        this.nodeCapacity = capacity(options.expectedNodes());
        this.edgeCapacity = capacity(options.expectedEdges());
        this.nodes = new LinkedHashMap<>(nodeCapacity);
        this.edges = new LinkedHashSet<>(edgeCapacity);
    }

    /**
     * Hash capacity for a size hint; capped, so an outsized hint cannot exhaust memory before any
     * insert.
     */
    private static int capacity(long expected) {
        return (int) Math.min(1 << 24, Math.max(16, expected * 4 / 3 + 1));
    }

    @Override
    public Synchronizer synchronizer() {
        return synchronizer;
    }

    @Override
    public Map<MemoryProfile.Category, Long> footprint() {
        return SimpleFootprint.of(nodes, edges, directed, nodeCapacity, edgeCapacity);
    }

    // ---- nodes

    @Override
    public int nodeCount() {
        return nodes.size();
    }

    @Override
    public boolean containsNode(String id) {
        return nodes.containsKey(id);
    }

    @Override
    public void addNode(String id, Map<String, Object> attributes) {
        nodes.put(id, new NodeRecord(attributes, directed));
    }

    @Override
    public void removeNode(String id) {
        NodeRecord node = nodes.remove(id);
        for (Map.Entry<String, EdgeRecord> out : node.out.entrySet()) {
            edges.remove(out.getValue());
            if (!out.getKey().equals(id)) {
                nodes.get(out.getKey()).in.remove(id);
            }
        }
        if (directed) {
            for (Map.Entry<String, EdgeRecord> in : node.in.entrySet()) {
                edges.remove(in.getValue());
                if (!in.getKey().equals(id)) {
                    nodes.get(in.getKey()).out.remove(id);
                }
            }
        }
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        NodeRecord node = nodes.get(id);
        return node == null ? null : snapshot(node.attributes);
    }

    @Override
    public Object nodeAttribute(String id, String key) {
        NodeRecord node = nodes.get(id);
        return node == null ? null : node.attributes.get(key);
    }

    @Override
    public Object nodeValue(String id, String key, Object missingNode) {
        NodeRecord node = nodes.get(id);
        return node == null ? missingNode : node.attributes.get(key);
    }

    @Override
    public void putNodeAttributes(String id, Map<String, Object> attributes) {
        nodes.get(id).attributes.putAll(attributes);
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        return nodes.get(id).attributes.remove(key) != null;
    }

    @Override
    public List<String> nodes() {
        return List.copyOf(nodes.keySet());
    }

    @Override
    public void forEachNode(Consumer<? super Node> action) {
        for (Map.Entry<String, NodeRecord> node : nodes.entrySet()) {
            action.accept(new Node(node.getKey(), snapshot(node.getValue().attributes)));
        }
    }

    // ---- edges

    @Override
    public int edgeCount() {
        return edges.size();
    }

    private EdgeRecord edge(String source, String target) {
        NodeRecord node = nodes.get(source);
        return node == null ? null : node.out.get(target);
    }

    @Override
    public boolean containsEdge(String source, String target) {
        return edge(source, target) != null;
    }

    @Override
    public void addEdge(String source, String target, Map<String, Object> attributes) {
        EdgeRecord edge = new EdgeRecord(source, target, attributes);
        nodes.get(source).out.put(target, edge);
        nodes.get(target).in.put(source, edge);
        edges.add(edge);
    }

    @Override
    public void removeEdge(String source, String target) {
        edges.remove(nodes.get(source).out.remove(target));
        nodes.get(target).in.remove(source);
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        EdgeRecord edge = edge(source, target);
        return edge == null ? null : snapshot(edge.attributes);
    }

    @Override
    public Object edgeAttribute(String source, String target, String key) {
        EdgeRecord edge = edge(source, target);
        return edge == null ? null : edge.attributes.get(key);
    }

    @Override
    public Object edgeValue(String source, String target, String key, Object missingEdge) {
        EdgeRecord edge = edge(source, target);
        return edge == null ? missingEdge : edge.attributes.get(key);
    }

    @Override
    public void putEdgeAttributes(String source, String target, Map<String, Object> attributes) {
        edge(source, target).attributes.putAll(attributes);
    }

    @Override
    public boolean removeEdgeAttribute(String source, String target, String key) {
        return edge(source, target).attributes.remove(key) != null;
    }

    @Override
    public List<Edge> edges() {
        List<Edge> all = new ArrayList<>(edges.size());
        forEachEdge(all::add);
        return Collections.unmodifiableList(all);
    }

    @Override
    public void forEachEdge(Consumer<? super Edge> action) {
        for (EdgeRecord edge : edges) {
            action.accept(new Edge(edge.source, edge.target, snapshot(edge.attributes)));
        }
    }

    // ---- columns: copies into arrays, walking the records in order (no lookup per element)

    @Override
    public StoreColumn nodeColumn(String key) {
        Object[] values = new Object[nodes.size()];
        String[] ids = new String[values.length];
        int i = 0;
        for (Map.Entry<String, NodeRecord> node : nodes.entrySet()) {
            ids[i] = node.getKey();
            values[i++] = node.getValue().attributes.get(key);
        }
        return ArrayColumn.of(values, Arrays.asList(ids), null);
    }

    @Override
    public StoreColumn edgeColumn(String key) {
        Object[] values = new Object[edges.size()];
        String[] sources = new String[values.length];
        String[] targets = new String[values.length];
        int i = 0;
        for (EdgeRecord edge : edges) {
            sources[i] = edge.source;
            targets[i] = edge.target;
            values[i++] = edge.attributes.get(key);
        }
        return ArrayColumn.of(values, Arrays.asList(sources), Arrays.asList(targets));
    }

    @Override
    public void putNodeColumn(String key, Object[] values) {
        int i = 0;
        for (NodeRecord node : nodes.values()) {
            put(node.attributes, key, values[i++]);
        }
    }

    @Override
    public void putEdgeColumn(String key, Object[] values) {
        int i = 0;
        for (EdgeRecord edge : edges) {
            put(edge.attributes, key, values[i++]);
        }
    }

    private static void put(Map<String, Object> attributes, String key, Object value) {
        if (value == null) {
            attributes.remove(key);
        } else {
            attributes.put(key, value);
        }
    }

    // ---- adjacency

    @Override
    public List<String> successors(String id) {
        NodeRecord node = nodes.get(id);
        return node == null ? null : List.copyOf(node.out.keySet());
    }

    @Override
    public List<String> predecessors(String id) {
        NodeRecord node = nodes.get(id);
        return node == null ? null : List.copyOf(node.in.keySet());
    }

    @Override
    public List<String> neighbors(String id) {
        NodeRecord node = nodes.get(id);
        if (node == null) {
            return null;
        }
        if (!directed) {
            return List.copyOf(node.out.keySet());
        }
        return List.copyOf(mergedNeighbors(node));
    }

    /** Successors, then the predecessors that are not successors. */
    private static Set<String> mergedNeighbors(NodeRecord node) {
        Set<String> merged = new LinkedHashSet<>(node.out.keySet());
        merged.addAll(node.in.keySet());
        return merged;
    }

    @Override
    public int outDegree(String id) {
        NodeRecord node = nodes.get(id);
        return node == null ? -1 : node.out.size();
    }

    @Override
    public int inDegree(String id) {
        NodeRecord node = nodes.get(id);
        return node == null ? -1 : node.in.size();
    }

    @Override
    public int degree(String id) {
        NodeRecord node = nodes.get(id);
        if (node == null) {
            return -1;
        }
        if (!directed) {
            return node.out.size();
        }
        Set<String> distinct = new HashSet<>(node.out.keySet());
        distinct.addAll(node.in.keySet());
        return distinct.size();
    }

    private static Map<String, Object> snapshot(Map<String, Object> attributes) {
        return attributes.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** A node: its attributes and its adjacency, keyed by neighbor ID in edge order. */
    static final class NodeRecord {
        final Map<String, Object> attributes;
        final LinkedHashMap<String, EdgeRecord> out = new LinkedHashMap<>();

        /** Incoming edges; the same map as {@link #out} on an undirected graph. */
        final LinkedHashMap<String, EdgeRecord> in;

        NodeRecord(Map<String, Object> attributes, boolean directed) {
            this.attributes = new LinkedHashMap<>(attributes);
            this.in = directed ? new LinkedHashMap<>() : out;
        }
    }

    /** An edge, shared by both endpoints' adjacency maps. Identity is the object itself. */
    static final class EdgeRecord {
        final String source;
        final String target;
        final Map<String, Object> attributes;

        EdgeRecord(String source, String target, Map<String, Object> attributes) {
            this.source = source;
            this.target = target;
            this.attributes = new LinkedHashMap<>(attributes);
        }
    }
}
