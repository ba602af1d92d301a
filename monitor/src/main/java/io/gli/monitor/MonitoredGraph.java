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
import io.gli.monitor.GraphMonitor.Body;
import io.gli.monitor.GraphMonitor.IntBody;
import io.gli.monitor.GraphMonitor.VoidBody;
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

    private <A, B, C, D, R> R time(Call call, A a, B b, C c, D d, Body<Graph, A, B, C, D, R> body) {
        return monitor.time(call, delegate(), a, b, c, d, body);
    }

    private <A> int timeInt(Call call, A a, IntBody<Graph, A> body) {
        return monitor.timeInt(call, delegate(), a, body);
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
        return time(Call.OPTIONS, null, null, null, null, (g, a, b, c, d) -> g.options());
    }

    @Override
    public boolean isDirected() {
        return time(Call.IS_DIRECTED, null, null, null, null, (g, a, b, c, d) -> g.isDirected());
    }

    @Override
    public Set<Capability> capabilities() {
        return time(Call.CAPABILITIES, null, null, null, null, (g, a, b, c, d) -> g.capabilities());
    }

    @Override
    public void addNode(String id) {
        timeVoid(Call.ADD_NODE, id, null, null, null, (g, a, b, c, d) -> g.addNode(a));
    }

    @Override
    public void addNode(String id, Map<String, ?> attributes) {
        timeVoid(
                Call.ADD_NODE_WITH_ATTRIBUTES,
                id,
                attributes,
                null,
                null,
                (g, a, b, c, d) -> g.addNode(a, b));
    }

    @Override
    public void addNodes(Collection<String> ids) {
        timeVoid(Call.ADD_NODES, ids, null, null, null, (g, a, b, c, d) -> g.addNodes(a));
    }

    @Override
    public void addNodes(List<String> ids, Map<String, ? extends List<?>> columns) {
        timeVoid(
                Call.ADD_NODES_WITH_COLUMNS,
                ids,
                columns,
                null,
                null,
                (g, a, b, c, d) -> g.addNodes(a, b));
    }

    @Override
    public boolean mergeNode(String id, Map<String, ?> attributes) {
        return time(
                Call.MERGE_NODE, id, attributes, null, null, (g, a, b, c, d) -> g.mergeNode(a, b));
    }

    @Override
    public boolean hasNode(String id) {
        return time(Call.HAS_NODE, id, null, null, null, (g, a, b, c, d) -> g.hasNode(a));
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        return time(
                Call.NODE_ATTRIBUTES, id, null, null, null, (g, a, b, c, d) -> g.nodeAttributes(a));
    }

    @Override
    public Optional<Object> nodeAttribute(String id, String key) {
        return time(
                Call.NODE_ATTRIBUTE, id, key, null, null, (g, a, b, c, d) -> g.nodeAttribute(a, b));
    }

    @Override
    public OptionalLong nodeLong(String id, String key) {
        return time(Call.NODE_LONG, id, key, null, null, (g, a, b, c, d) -> g.nodeLong(a, b));
    }

    @Override
    public OptionalDouble nodeDouble(String id, String key) {
        return time(Call.NODE_DOUBLE, id, key, null, null, (g, a, b, c, d) -> g.nodeDouble(a, b));
    }

    @Override
    public Optional<String> nodeString(String id, String key) {
        return time(Call.NODE_STRING, id, key, null, null, (g, a, b, c, d) -> g.nodeString(a, b));
    }

    @Override
    public Optional<Boolean> nodeBoolean(String id, String key) {
        return time(Call.NODE_BOOLEAN, id, key, null, null, (g, a, b, c, d) -> g.nodeBoolean(a, b));
    }

    @Override
    public void setNodeAttribute(String id, String key, Object value) {
        timeVoid(
                Call.SET_NODE_ATTRIBUTE,
                id,
                key,
                value,
                null,
                (g, a, b, c, d) -> g.setNodeAttribute(a, b, c));
    }

    @Override
    public void updateNodeAttributes(String id, Map<String, ?> attributes) {
        timeVoid(
                Call.UPDATE_NODE_ATTRIBUTES,
                id,
                attributes,
                null,
                null,
                (g, a, b, c, d) -> g.updateNodeAttributes(a, b));
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        return time(
                Call.REMOVE_NODE_ATTRIBUTE,
                id,
                key,
                null,
                null,
                (g, a, b, c, d) -> g.removeNodeAttribute(a, b));
    }

    @Override
    public void removeNode(String id) {
        timeVoid(Call.REMOVE_NODE, id, null, null, null, (g, a, b, c, d) -> g.removeNode(a));
    }

    @Override
    public Topology topology() {
        return time(Call.TOPOLOGY, null, null, null, null, (g, a, b, c, d) -> g.topology());
    }

    @Override
    public Topology topology(String weightKey) {
        return time(
                Call.TOPOLOGY_WEIGHTED,
                weightKey,
                null,
                null,
                null,
                (g, a, b, c, d) -> g.topology(a));
    }

    @Override
    public MemoryProfile memoryProfile() {
        return time(
                Call.MEMORY_PROFILE, null, null, null, null, (g, a, b, c, d) -> g.memoryProfile());
    }

    @Override
    public AttributeColumn nodeColumn(String key) {
        return time(Call.NODE_COLUMN, key, null, null, null, (g, a, b, c, d) -> g.nodeColumn(a));
    }

    @Override
    public AttributeColumn edgeColumn(String key) {
        return time(Call.EDGE_COLUMN, key, null, null, null, (g, a, b, c, d) -> g.edgeColumn(a));
    }

    @Override
    public void setNodeColumn(String key, List<?> values) {
        timeVoid(
                Call.SET_NODE_COLUMN,
                key,
                values,
                null,
                null,
                (g, a, b, c, d) -> g.setNodeColumn(a, b));
    }

    @Override
    public void setEdgeColumn(String key, List<?> values) {
        timeVoid(
                Call.SET_EDGE_COLUMN,
                key,
                values,
                null,
                null,
                (g, a, b, c, d) -> g.setEdgeColumn(a, b));
    }

    @Override
    public Stream<String> nodeStream() {
        return time(Call.NODE_STREAM, null, null, null, null, (g, a, b, c, d) -> g.nodeStream());
    }

    @Override
    public Stream<Edge> edgeStream() {
        return time(Call.EDGE_STREAM, null, null, null, null, (g, a, b, c, d) -> g.edgeStream());
    }

    @Override
    public int nodeCount() {
        return timeInt(Call.NODE_COUNT, null, (g, a) -> g.nodeCount());
    }

    @Override
    public List<String> nodes() {
        return time(Call.NODES, null, null, null, null, (g, a, b, c, d) -> g.nodes());
    }

    @Override
    public void addEdge(String source, String target) {
        timeVoid(Call.ADD_EDGE, source, target, null, null, (g, a, b, c, d) -> g.addEdge(a, b));
    }

    @Override
    public void addEdge(String source, String target, Map<String, ?> attributes) {
        timeVoid(
                Call.ADD_EDGE_WITH_ATTRIBUTES,
                source,
                target,
                attributes,
                null,
                (g, a, b, c, d) -> g.addEdge(a, b, c));
    }

    @Override
    public void addEdges(
            List<String> sources, List<String> targets, Map<String, ? extends List<?>> columns) {
        timeVoid(
                Call.ADD_EDGES,
                sources,
                targets,
                columns,
                null,
                (g, a, b, c, d) -> g.addEdges(a, b, c));
    }

    @Override
    public boolean mergeEdge(String source, String target, Map<String, ?> attributes) {
        return time(
                Call.MERGE_EDGE,
                source,
                target,
                attributes,
                null,
                (g, a, b, c, d) -> g.mergeEdge(a, b, c));
    }

    @Override
    public boolean hasEdge(String source, String target) {
        return time(Call.HAS_EDGE, source, target, null, null, (g, a, b, c, d) -> g.hasEdge(a, b));
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        return time(
                Call.EDGE_ATTRIBUTES,
                source,
                target,
                null,
                null,
                (g, a, b, c, d) -> g.edgeAttributes(a, b));
    }

    @Override
    public Optional<Object> edgeAttribute(String source, String target, String key) {
        return time(
                Call.EDGE_ATTRIBUTE,
                source,
                target,
                key,
                null,
                (g, a, b, c, d) -> g.edgeAttribute(a, b, c));
    }

    @Override
    public OptionalLong edgeLong(String source, String target, String key) {
        return time(
                Call.EDGE_LONG, source, target, key, null, (g, a, b, c, d) -> g.edgeLong(a, b, c));
    }

    @Override
    public OptionalDouble edgeDouble(String source, String target, String key) {
        return time(
                Call.EDGE_DOUBLE,
                source,
                target,
                key,
                null,
                (g, a, b, c, d) -> g.edgeDouble(a, b, c));
    }

    @Override
    public Optional<String> edgeString(String source, String target, String key) {
        return time(
                Call.EDGE_STRING,
                source,
                target,
                key,
                null,
                (g, a, b, c, d) -> g.edgeString(a, b, c));
    }

    @Override
    public Optional<Boolean> edgeBoolean(String source, String target, String key) {
        return time(
                Call.EDGE_BOOLEAN,
                source,
                target,
                key,
                null,
                (g, a, b, c, d) -> g.edgeBoolean(a, b, c));
    }

    @Override
    public void setEdgeAttribute(String source, String target, String key, Object value) {
        timeVoid(
                Call.SET_EDGE_ATTRIBUTE,
                source,
                target,
                key,
                value,
                (g, a, b, c, d) -> g.setEdgeAttribute(a, b, c, d));
    }

    @Override
    public void updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        timeVoid(
                Call.UPDATE_EDGE_ATTRIBUTES,
                source,
                target,
                attributes,
                null,
                (g, a, b, c, d) -> g.updateEdgeAttributes(a, b, c));
    }

    @Override
    public boolean removeEdgeAttribute(String source, String target, String key) {
        return time(
                Call.REMOVE_EDGE_ATTRIBUTE,
                source,
                target,
                key,
                null,
                (g, a, b, c, d) -> g.removeEdgeAttribute(a, b, c));
    }

    @Override
    public void removeEdge(String source, String target) {
        timeVoid(
                Call.REMOVE_EDGE,
                source,
                target,
                null,
                null,
                (g, a, b, c, d) -> g.removeEdge(a, b));
    }

    @Override
    public int edgeCount() {
        return timeInt(Call.EDGE_COUNT, null, (g, a) -> g.edgeCount());
    }

    @Override
    public List<Edge> edges() {
        return time(Call.EDGES, null, null, null, null, (g, a, b, c, d) -> g.edges());
    }

    @Override
    public List<String> successors(String id) {
        return time(Call.SUCCESSORS, id, null, null, null, (g, a, b, c, d) -> g.successors(a));
    }

    @Override
    public List<String> predecessors(String id) {
        return time(Call.PREDECESSORS, id, null, null, null, (g, a, b, c, d) -> g.predecessors(a));
    }

    @Override
    public List<String> neighbors(String id) {
        return time(Call.NEIGHBORS, id, null, null, null, (g, a, b, c, d) -> g.neighbors(a));
    }

    @Override
    public int outDegree(String id) {
        return timeInt(Call.OUT_DEGREE, id, (g, a) -> g.outDegree(a));
    }

    @Override
    public int inDegree(String id) {
        return timeInt(Call.IN_DEGREE, id, (g, a) -> g.inDegree(a));
    }

    @Override
    public int degree(String id) {
        return timeInt(Call.DEGREE, id, (g, a) -> g.degree(a));
    }

    @Override
    public void batch(Consumer<? super Batch> operations) {
        timeVoid(Call.BATCH, operations, null, null, null, (g, a, b, c, d) -> g.batch(a));
    }

    /** The delegate's batch, wrapped so that its {@link Batch#commit()} is timed too. */
    @Override
    public Batch openBatch() {
        Batch opened =
                time(Call.OPEN_BATCH, null, null, null, null, (g, a, b, c, d) -> g.openBatch());
        return new MonitoredBatch(opened, monitor);
    }

    @Override
    public List<String> findNodes(Predicate<? super Node> predicate) {
        return time(
                Call.FIND_NODES_BY_PREDICATE,
                predicate,
                null,
                null,
                null,
                (g, a, b, c, d) -> g.findNodes(a));
    }

    @Override
    public List<String> findNodes(Map<String, ?> match) {
        return time(
                Call.FIND_NODES_BY_MATCH,
                match,
                null,
                null,
                null,
                (g, a, b, c, d) -> g.findNodes(a));
    }

    @Override
    public List<Edge> findEdges(Predicate<? super Edge> predicate) {
        return time(
                Call.FIND_EDGES_BY_PREDICATE,
                predicate,
                null,
                null,
                null,
                (g, a, b, c, d) -> g.findEdges(a));
    }

    @Override
    public List<Edge> findEdges(Map<String, ?> match) {
        return time(
                Call.FIND_EDGES_BY_MATCH,
                match,
                null,
                null,
                null,
                (g, a, b, c, d) -> g.findEdges(a));
    }
}
