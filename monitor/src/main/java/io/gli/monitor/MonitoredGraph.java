package io.gli.monitor;

import io.gli.AttributeColumn;
import io.gli.Batch;
import io.gli.Capability;
import io.gli.Edge;
import io.gli.ForwardingGraph;
import io.gli.Graph;
import io.gli.GraphOptions;
import io.gli.MemoryProfile;
import io.gli.Node;
import io.gli.Topology;
import io.gli.monitor.GraphMonitor.Body0;
import io.gli.monitor.GraphMonitor.Body1;
import io.gli.monitor.GraphMonitor.Body2;
import io.gli.monitor.GraphMonitor.Body3;
import io.gli.monitor.GraphMonitor.IntBody;
import io.gli.monitor.GraphMonitor.VoidBody;
import io.gli.monitor.GraphMonitor.VoidBody1;
import io.gli.monitor.GraphMonitor.VoidBody2;
import io.gli.monitor.GraphMonitor.VoidBody3;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A graph that forwards every call to the graph it wraps and reports each one, with its duration
 * and whether it threw, to its {@link GraphMonitor}; the batches it hands out report their {@link
 * Batch#commit()} too ({@link MonitoredBatch}). Results and exceptions pass through unchanged, so
 * the wrapped graph's contract is this graph's contract.
 *
 * <p>Each method hands its {@link Call}, its arguments and a body that captures nothing to the
 * monitor's timing helper, which runs the body between two clock reads: a call through the monitor
 * costs the clock reads and a histogram update, and allocates nothing. Arguments reach the monitor
 * as they are and are rendered as text only for a slow call. Every method is overridden, the
 * default ones too, so each is recorded under its own name (not, say, {@code isDirected} as {@code
 * options}).
 */
final class MonitoredGraph extends ForwardingGraph {
    private final GraphMonitor monitor;

    MonitoredGraph(Graph graph, GraphMonitor monitor) {
        super(graph);
        this.monitor = monitor;
    }

    private <R> R time(Call call, Body0<Graph, R> body) {
        return monitor.time(call, delegate(), null, null, null, null, body);
    }

    private <A, R> R time(Call call, A a, Body1<Graph, A, R> body) {
        return monitor.time(call, delegate(), a, null, null, null, body);
    }

    private <A, B, R> R time(Call call, A a, B b, Body2<Graph, A, B, R> body) {
        return monitor.time(call, delegate(), a, b, null, null, body);
    }

    private <A, B, C, R> R time(Call call, A a, B b, C c, Body3<Graph, A, B, C, R> body) {
        return monitor.time(call, delegate(), a, b, c, null, body);
    }

    private <A> int timeInt(Call call, A a, IntBody<Graph, A> body) {
        return monitor.timeInt(call, delegate(), a, body);
    }

    private <A> void timeVoid(Call call, A a, VoidBody1<Graph, A> body) {
        monitor.timeVoid(call, delegate(), a, null, null, null, body);
    }

    private <A, B> void timeVoid(Call call, A a, B b, VoidBody2<Graph, A, B> body) {
        monitor.timeVoid(call, delegate(), a, b, null, null, body);
    }

    private <A, B, C> void timeVoid(Call call, A a, B b, C c, VoidBody3<Graph, A, B, C> body) {
        monitor.timeVoid(call, delegate(), a, b, c, null, body);
    }

    private <A, B, C, D> void timeVoid(
            Call call, A a, B b, C c, D d, VoidBody<Graph, A, B, C, D> body) {
        monitor.timeVoid(call, delegate(), a, b, c, d, body);
    }

    @Override
    public String toString() {
        return "Monitored" + delegate();
    }

    @Override
    public GraphOptions options() {
        return time(Call.OPTIONS, Graph::options);
    }

    @Override
    public boolean isDirected() {
        return time(Call.IS_DIRECTED, Graph::isDirected);
    }

    @Override
    public Set<Capability> capabilities() {
        return time(Call.CAPABILITIES, Graph::capabilities);
    }

    @Override
    public void addNode(String id) {
        timeVoid(Call.ADD_NODE, id, Graph::addNode);
    }

    @Override
    public void addNode(String id, Map<String, ?> attributes) {
        timeVoid(Call.ADD_NODE_WITH_ATTRIBUTES, id, attributes, Graph::addNode);
    }

    @Override
    public void addNodes(Collection<String> ids) {
        timeVoid(Call.ADD_NODES, ids, Graph::addNodes);
    }

    @Override
    public void addNodes(List<String> ids, Map<String, ? extends List<?>> columns) {
        timeVoid(Call.ADD_NODES_WITH_COLUMNS, ids, columns, Graph::addNodes);
    }

    @Override
    public boolean mergeNode(String id, Map<String, ?> attributes) {
        return time(Call.MERGE_NODE, id, attributes, Graph::mergeNode);
    }

    @Override
    public boolean hasNode(String id) {
        return time(Call.HAS_NODE, id, Graph::hasNode);
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        return time(Call.NODE_ATTRIBUTES, id, Graph::nodeAttributes);
    }

    @Override
    public Optional<Object> nodeAttribute(String id, String key) {
        return time(Call.NODE_ATTRIBUTE, id, key, Graph::nodeAttribute);
    }

    @Override
    public OptionalLong nodeLong(String id, String key) {
        return time(Call.NODE_LONG, id, key, Graph::nodeLong);
    }

    @Override
    public OptionalDouble nodeDouble(String id, String key) {
        return time(Call.NODE_DOUBLE, id, key, Graph::nodeDouble);
    }

    @Override
    public Optional<String> nodeString(String id, String key) {
        return time(Call.NODE_STRING, id, key, Graph::nodeString);
    }

    @Override
    public Optional<Boolean> nodeBoolean(String id, String key) {
        return time(Call.NODE_BOOLEAN, id, key, Graph::nodeBoolean);
    }

    @Override
    public void setNodeAttribute(String id, String key, Object value) {
        timeVoid(Call.SET_NODE_ATTRIBUTE, id, key, value, Graph::setNodeAttribute);
    }

    @Override
    public void updateNodeAttributes(String id, Map<String, ?> attributes) {
        timeVoid(Call.UPDATE_NODE_ATTRIBUTES, id, attributes, Graph::updateNodeAttributes);
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        return time(Call.REMOVE_NODE_ATTRIBUTE, id, key, Graph::removeNodeAttribute);
    }

    @Override
    public void removeNode(String id) {
        timeVoid(Call.REMOVE_NODE, id, Graph::removeNode);
    }

    @Override
    public Topology topology() {
        return time(Call.TOPOLOGY, Graph::topology);
    }

    @Override
    public Topology topology(String weightKey) {
        return time(Call.TOPOLOGY_WEIGHTED, weightKey, Graph::topology);
    }

    @Override
    public MemoryProfile memoryProfile() {
        return time(Call.MEMORY_PROFILE, Graph::memoryProfile);
    }

    @Override
    public AttributeColumn nodeColumn(String key) {
        return time(Call.NODE_COLUMN, key, Graph::nodeColumn);
    }

    @Override
    public AttributeColumn edgeColumn(String key) {
        return time(Call.EDGE_COLUMN, key, Graph::edgeColumn);
    }

    @Override
    public void setNodeColumn(String key, List<?> values) {
        timeVoid(Call.SET_NODE_COLUMN, key, values, Graph::setNodeColumn);
    }

    @Override
    public void setEdgeColumn(String key, List<?> values) {
        timeVoid(Call.SET_EDGE_COLUMN, key, values, Graph::setEdgeColumn);
    }

    @Override
    public Stream<String> nodeStream() {
        return time(Call.NODE_STREAM, Graph::nodeStream);
    }

    @Override
    public Stream<Edge> edgeStream() {
        return time(Call.EDGE_STREAM, Graph::edgeStream);
    }

    @Override
    public int nodeCount() {
        return timeInt(Call.NODE_COUNT, null, (g, none) -> g.nodeCount());
    }

    @Override
    public List<String> nodes() {
        return time(Call.NODES, Graph::nodes);
    }

    @Override
    public void addEdge(String source, String target) {
        timeVoid(Call.ADD_EDGE, source, target, Graph::addEdge);
    }

    @Override
    public void addEdge(String source, String target, Map<String, ?> attributes) {
        timeVoid(Call.ADD_EDGE_WITH_ATTRIBUTES, source, target, attributes, Graph::addEdge);
    }

    @Override
    public void addEdges(
            List<String> sources, List<String> targets, Map<String, ? extends List<?>> columns) {
        timeVoid(Call.ADD_EDGES, sources, targets, columns, Graph::addEdges);
    }

    @Override
    public boolean mergeEdge(String source, String target, Map<String, ?> attributes) {
        return time(Call.MERGE_EDGE, source, target, attributes, Graph::mergeEdge);
    }

    @Override
    public boolean hasEdge(String source, String target) {
        return time(Call.HAS_EDGE, source, target, Graph::hasEdge);
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        return time(Call.EDGE_ATTRIBUTES, source, target, Graph::edgeAttributes);
    }

    @Override
    public Optional<Object> edgeAttribute(String source, String target, String key) {
        return time(Call.EDGE_ATTRIBUTE, source, target, key, Graph::edgeAttribute);
    }

    @Override
    public OptionalLong edgeLong(String source, String target, String key) {
        return time(Call.EDGE_LONG, source, target, key, Graph::edgeLong);
    }

    @Override
    public OptionalDouble edgeDouble(String source, String target, String key) {
        return time(Call.EDGE_DOUBLE, source, target, key, Graph::edgeDouble);
    }

    @Override
    public Optional<String> edgeString(String source, String target, String key) {
        return time(Call.EDGE_STRING, source, target, key, Graph::edgeString);
    }

    @Override
    public Optional<Boolean> edgeBoolean(String source, String target, String key) {
        return time(Call.EDGE_BOOLEAN, source, target, key, Graph::edgeBoolean);
    }

    @Override
    public void setEdgeAttribute(String source, String target, String key, Object value) {
        timeVoid(Call.SET_EDGE_ATTRIBUTE, source, target, key, value, Graph::setEdgeAttribute);
    }

    @Override
    public void updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        timeVoid(
                Call.UPDATE_EDGE_ATTRIBUTES,
                source,
                target,
                attributes,
                Graph::updateEdgeAttributes);
    }

    @Override
    public boolean removeEdgeAttribute(String source, String target, String key) {
        return time(Call.REMOVE_EDGE_ATTRIBUTE, source, target, key, Graph::removeEdgeAttribute);
    }

    @Override
    public void removeEdge(String source, String target) {
        timeVoid(Call.REMOVE_EDGE, source, target, Graph::removeEdge);
    }

    @Override
    public int edgeCount() {
        return timeInt(Call.EDGE_COUNT, null, (g, none) -> g.edgeCount());
    }

    @Override
    public List<Edge> edges() {
        return time(Call.EDGES, Graph::edges);
    }

    @Override
    public List<String> successors(String id) {
        return time(Call.SUCCESSORS, id, Graph::successors);
    }

    @Override
    public List<String> predecessors(String id) {
        return time(Call.PREDECESSORS, id, Graph::predecessors);
    }

    @Override
    public List<String> neighbors(String id) {
        return time(Call.NEIGHBORS, id, Graph::neighbors);
    }

    @Override
    public int outDegree(String id) {
        return timeInt(Call.OUT_DEGREE, id, Graph::outDegree);
    }

    @Override
    public int inDegree(String id) {
        return timeInt(Call.IN_DEGREE, id, Graph::inDegree);
    }

    @Override
    public int degree(String id) {
        return timeInt(Call.DEGREE, id, Graph::degree);
    }

    @Override
    public void batch(Consumer<? super Batch> operations) {
        timeVoid(Call.BATCH, operations, Graph::batch);
    }

    /**
     * Timed as one call; a checked exception of the body passes through the timing unchanged
     * (counted as a completed call, as the monitor's bodies cannot throw checked exceptions).
     */
    @Override
    public <X extends Exception> void bulkLoad(io.gli.BulkLoad.Body<X> body) throws X {
        Exception[] checked = new Exception[1];
        timeVoid(
                Call.BULK_LOAD,
                body,
                (graph, b) -> {
                    try {
                        graph.bulkLoad(b);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) {
                        checked[0] = e;
                    }
                });
        if (checked[0] != null) {
            @SuppressWarnings("unchecked")
            X failure = (X) checked[0];
            throw failure;
        }
    }

    /** The delegate's batch, wrapped so that its {@link Batch#commit()} is timed too. */
    @Override
    public Batch openBatch() {
        Batch opened = time(Call.OPEN_BATCH, Graph::openBatch);
        return new MonitoredBatch(opened, monitor);
    }

    @Override
    public List<String> findNodes(Predicate<? super Node> predicate) {
        return time(Call.FIND_NODES_BY_PREDICATE, predicate, Graph::findNodes);
    }

    @Override
    public List<String> findNodes(Map<String, ?> match) {
        return time(Call.FIND_NODES_BY_MATCH, match, Graph::findNodes);
    }

    @Override
    public List<Edge> findEdges(Predicate<? super Edge> predicate) {
        return time(Call.FIND_EDGES_BY_PREDICATE, predicate, Graph::findEdges);
    }

    @Override
    public List<Edge> findEdges(Map<String, ?> match) {
        return time(Call.FIND_EDGES_BY_MATCH, match, Graph::findEdges);
    }
}
