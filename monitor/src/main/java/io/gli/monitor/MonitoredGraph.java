package io.gli.monitor;

import io.gli.AttributeColumn;
import io.gli.Batch;
import io.gli.Edge;
import io.gli.Graph;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.Node;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A graph that forwards every call to the graph it wraps and reports each one, with its duration
 * and whether it threw, to its {@link GraphMonitor}. Results and exceptions pass through unchanged,
 * so the wrapped graph's contract is this graph's contract.
 *
 * <p>Every method is written out rather than routed through a lambda: a call through the monitor
 * should cost two clock reads and a histogram update, not a capture and boxing. Arguments reach the
 * monitor as they are and are rendered as text only for a slow call.
 */
final class MonitoredGraph implements Graph {
    private final Graph graph;
    private final GraphMonitor monitor;

    MonitoredGraph(Graph graph, GraphMonitor monitor) {
        this.graph = graph;
        this.monitor = monitor;
    }

    @Override
    public String toString() {
        return "Monitored" + graph;
    }

    @Override
    public GraphOptions options() {
        long start = monitor.start();
        boolean failed = true;
        try {
            GraphOptions result = graph.options();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.OPTIONS, start, failed, null, null, null, null);
        }
    }

    @Override
    public boolean isDirected() {
        long start = monitor.start();
        boolean failed = true;
        try {
            boolean result = graph.isDirected();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.IS_DIRECTED, start, failed, null, null, null, null);
        }
    }

    @Override
    public void addNode(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.addNode(id);
            failed = false;
        } finally {
            monitor.end(Call.ADD_NODE, start, failed, id, null, null, null);
        }
    }

    @Override
    public void addNode(String id, Map<String, ?> attributes) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.addNode(id, attributes);
            failed = false;
        } finally {
            monitor.end(Call.ADD_NODE_WITH_ATTRIBUTES, start, failed, id, attributes, null, null);
        }
    }

    @Override
    public void addNodes(Collection<String> ids) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.addNodes(ids);
            failed = false;
        } finally {
            monitor.end(Call.ADD_NODES, start, failed, ids, null, null, null);
        }
    }

    @Override
    public void addNodes(List<String> ids, Map<String, ? extends List<?>> columns) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.addNodes(ids, columns);
            failed = false;
        } finally {
            monitor.end(Call.ADD_NODES_WITH_COLUMNS, start, failed, ids, columns, null, null);
        }
    }

    @Override
    public boolean mergeNode(String id, Map<String, ?> attributes) {
        long start = monitor.start();
        boolean failed = true;
        try {
            boolean result = graph.mergeNode(id, attributes);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.MERGE_NODE, start, failed, id, attributes, null, null);
        }
    }

    @Override
    public boolean hasNode(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            boolean result = graph.hasNode(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.HAS_NODE, start, failed, id, null, null, null);
        }
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Map<String, Object> result = graph.nodeAttributes(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_ATTRIBUTES, start, failed, id, null, null, null);
        }
    }

    @Override
    public Optional<Object> nodeAttribute(String id, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Optional<Object> result = graph.nodeAttribute(id, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_ATTRIBUTE, start, failed, id, key, null, null);
        }
    }

    @Override
    public OptionalLong nodeLong(String id, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            OptionalLong result = graph.nodeLong(id, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_LONG, start, failed, id, key, null, null);
        }
    }

    @Override
    public OptionalDouble nodeDouble(String id, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            OptionalDouble result = graph.nodeDouble(id, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_DOUBLE, start, failed, id, key, null, null);
        }
    }

    @Override
    public Optional<String> nodeString(String id, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Optional<String> result = graph.nodeString(id, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_STRING, start, failed, id, key, null, null);
        }
    }

    @Override
    public Optional<Boolean> nodeBoolean(String id, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Optional<Boolean> result = graph.nodeBoolean(id, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_BOOLEAN, start, failed, id, key, null, null);
        }
    }

    @Override
    public void setNodeAttribute(String id, String key, Object value) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.setNodeAttribute(id, key, value);
            failed = false;
        } finally {
            monitor.end(Call.SET_NODE_ATTRIBUTE, start, failed, id, key, value, null);
        }
    }

    @Override
    public void updateNodeAttributes(String id, Map<String, ?> attributes) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.updateNodeAttributes(id, attributes);
            failed = false;
        } finally {
            monitor.end(Call.UPDATE_NODE_ATTRIBUTES, start, failed, id, attributes, null, null);
        }
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            boolean result = graph.removeNodeAttribute(id, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.REMOVE_NODE_ATTRIBUTE, start, failed, id, key, null, null);
        }
    }

    @Override
    public void removeNode(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.removeNode(id);
            failed = false;
        } finally {
            monitor.end(Call.REMOVE_NODE, start, failed, id, null, null, null);
        }
    }

    /**
     * The wrapped graph's profile, unchanged: the monitor's histograms are the monitor's, shared by
     * every graph it wraps, not part of any one graph.
     */
    @Override
    public MemoryProfile memoryProfile() {
        long start = monitor.start();
        boolean failed = true;
        try {
            MemoryProfile result = graph.memoryProfile();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.MEMORY_PROFILE, start, failed, null, null, null, null);
        }
    }

    @Override
    public AttributeColumn nodeColumn(String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            AttributeColumn result = graph.nodeColumn(key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_COLUMN, start, failed, key, null, null, null);
        }
    }

    @Override
    public AttributeColumn edgeColumn(String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            AttributeColumn result = graph.edgeColumn(key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_COLUMN, start, failed, key, null, null, null);
        }
    }

    @Override
    public void setNodeColumn(String key, List<?> values) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.setNodeColumn(key, values);
            failed = false;
        } finally {
            monitor.end(Call.SET_NODE_COLUMN, start, failed, key, values, null, null);
        }
    }

    @Override
    public void setEdgeColumn(String key, List<?> values) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.setEdgeColumn(key, values);
            failed = false;
        } finally {
            monitor.end(Call.SET_EDGE_COLUMN, start, failed, key, values, null, null);
        }
    }

    @Override
    public Stream<String> nodeStream() {
        long start = monitor.start();
        boolean failed = true;
        try {
            Stream<String> result = graph.nodeStream();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_STREAM, start, failed, null, null, null, null);
        }
    }

    @Override
    public Stream<Edge> edgeStream() {
        long start = monitor.start();
        boolean failed = true;
        try {
            Stream<Edge> result = graph.edgeStream();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_STREAM, start, failed, null, null, null, null);
        }
    }

    @Override
    public int nodeCount() {
        long start = monitor.start();
        boolean failed = true;
        try {
            int result = graph.nodeCount();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODE_COUNT, start, failed, null, null, null, null);
        }
    }

    @Override
    public List<String> nodes() {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<String> result = graph.nodes();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NODES, start, failed, null, null, null, null);
        }
    }

    @Override
    public void addEdge(String source, String target) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.addEdge(source, target);
            failed = false;
        } finally {
            monitor.end(Call.ADD_EDGE, start, failed, source, target, null, null);
        }
    }

    @Override
    public void addEdge(String source, String target, Map<String, ?> attributes) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.addEdge(source, target, attributes);
            failed = false;
        } finally {
            monitor.end(
                    Call.ADD_EDGE_WITH_ATTRIBUTES, start, failed, source, target, attributes, null);
        }
    }

    @Override
    public void addEdges(
            List<String> sources, List<String> targets, Map<String, ? extends List<?>> columns) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.addEdges(sources, targets, columns);
            failed = false;
        } finally {
            monitor.end(Call.ADD_EDGES, start, failed, sources, targets, columns, null);
        }
    }

    @Override
    public boolean mergeEdge(String source, String target, Map<String, ?> attributes) {
        long start = monitor.start();
        boolean failed = true;
        try {
            boolean result = graph.mergeEdge(source, target, attributes);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.MERGE_EDGE, start, failed, source, target, attributes, null);
        }
    }

    @Override
    public boolean hasEdge(String source, String target) {
        long start = monitor.start();
        boolean failed = true;
        try {
            boolean result = graph.hasEdge(source, target);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.HAS_EDGE, start, failed, source, target, null, null);
        }
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Map<String, Object> result = graph.edgeAttributes(source, target);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_ATTRIBUTES, start, failed, source, target, null, null);
        }
    }

    @Override
    public Optional<Object> edgeAttribute(String source, String target, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Optional<Object> result = graph.edgeAttribute(source, target, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_ATTRIBUTE, start, failed, source, target, key, null);
        }
    }

    @Override
    public OptionalLong edgeLong(String source, String target, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            OptionalLong result = graph.edgeLong(source, target, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_LONG, start, failed, source, target, key, null);
        }
    }

    @Override
    public OptionalDouble edgeDouble(String source, String target, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            OptionalDouble result = graph.edgeDouble(source, target, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_DOUBLE, start, failed, source, target, key, null);
        }
    }

    @Override
    public Optional<String> edgeString(String source, String target, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Optional<String> result = graph.edgeString(source, target, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_STRING, start, failed, source, target, key, null);
        }
    }

    @Override
    public Optional<Boolean> edgeBoolean(String source, String target, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            Optional<Boolean> result = graph.edgeBoolean(source, target, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_BOOLEAN, start, failed, source, target, key, null);
        }
    }

    @Override
    public void setEdgeAttribute(String source, String target, String key, Object value) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.setEdgeAttribute(source, target, key, value);
            failed = false;
        } finally {
            monitor.end(Call.SET_EDGE_ATTRIBUTE, start, failed, source, target, key, value);
        }
    }

    @Override
    public void updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.updateEdgeAttributes(source, target, attributes);
            failed = false;
        } finally {
            monitor.end(
                    Call.UPDATE_EDGE_ATTRIBUTES, start, failed, source, target, attributes, null);
        }
    }

    @Override
    public boolean removeEdgeAttribute(String source, String target, String key) {
        long start = monitor.start();
        boolean failed = true;
        try {
            boolean result = graph.removeEdgeAttribute(source, target, key);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.REMOVE_EDGE_ATTRIBUTE, start, failed, source, target, key, null);
        }
    }

    @Override
    public void removeEdge(String source, String target) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.removeEdge(source, target);
            failed = false;
        } finally {
            monitor.end(Call.REMOVE_EDGE, start, failed, source, target, null, null);
        }
    }

    @Override
    public int edgeCount() {
        long start = monitor.start();
        boolean failed = true;
        try {
            int result = graph.edgeCount();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGE_COUNT, start, failed, null, null, null, null);
        }
    }

    @Override
    public List<Edge> edges() {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<Edge> result = graph.edges();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.EDGES, start, failed, null, null, null, null);
        }
    }

    @Override
    public List<String> successors(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<String> result = graph.successors(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.SUCCESSORS, start, failed, id, null, null, null);
        }
    }

    @Override
    public List<String> predecessors(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<String> result = graph.predecessors(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.PREDECESSORS, start, failed, id, null, null, null);
        }
    }

    @Override
    public List<String> neighbors(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<String> result = graph.neighbors(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.NEIGHBORS, start, failed, id, null, null, null);
        }
    }

    @Override
    public int outDegree(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            int result = graph.outDegree(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.OUT_DEGREE, start, failed, id, null, null, null);
        }
    }

    @Override
    public int inDegree(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            int result = graph.inDegree(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.IN_DEGREE, start, failed, id, null, null, null);
        }
    }

    @Override
    public int degree(String id) {
        long start = monitor.start();
        boolean failed = true;
        try {
            int result = graph.degree(id);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.DEGREE, start, failed, id, null, null, null);
        }
    }

    @Override
    public void batch(Consumer<? super Batch> operations) {
        long start = monitor.start();
        boolean failed = true;
        try {
            graph.batch(operations);
            failed = false;
        } finally {
            monitor.end(Call.BATCH, start, failed, operations, null, null, null);
        }
    }

    @Override
    public Batch openBatch() {
        long start = monitor.start();
        boolean failed = true;
        try {
            Batch result = graph.openBatch();
            failed = false;
            return result;
        } finally {
            monitor.end(Call.OPEN_BATCH, start, failed, null, null, null, null);
        }
    }

    @Override
    public List<String> findNodes(Predicate<? super Node> predicate) {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<String> result = graph.findNodes(predicate);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.FIND_NODES_BY_PREDICATE, start, failed, predicate, null, null, null);
        }
    }

    @Override
    public List<String> findNodes(Map<String, ?> match) {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<String> result = graph.findNodes(match);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.FIND_NODES_BY_MATCH, start, failed, match, null, null, null);
        }
    }

    @Override
    public List<Edge> findEdges(Predicate<? super Edge> predicate) {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<Edge> result = graph.findEdges(predicate);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.FIND_EDGES_BY_PREDICATE, start, failed, predicate, null, null, null);
        }
    }

    @Override
    public List<Edge> findEdges(Map<String, ?> match) {
        long start = monitor.start();
        boolean failed = true;
        try {
            List<Edge> result = graph.findEdges(match);
            failed = false;
            return result;
        } finally {
            monitor.end(Call.FIND_EDGES_BY_MATCH, start, failed, match, null, null, null);
        }
    }
}
