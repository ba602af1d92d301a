package io.gli;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A {@link Graph} that forwards every call to another graph, its {@linkplain #delegate() delegate}:
 * the base of a decorator (a monitor, a cache, access control), which overrides only the methods it
 * decorates, as with Guava's {@code ForwardingObject}s.
 *
 * <p>Every method of {@code Graph} is forwarded, the default ones too: {@link #isDirected()} goes
 * to the delegate's {@code isDirected()}, not to {@link #options()}, so a decorator sees each call
 * the application made and no other. A decorator that overrides a method keeps the {@code Graph}
 * contract as long as it passes the delegate's results and exceptions through; to decorate the
 * batches it hands out, it overrides {@link #openBatch()} and wraps the delegate's batch in a
 * {@link ForwardingBatch}. {@link #batch(Consumer)} is forwarded whole: its staging and commit
 * happen inside the delegate.
 *
 * <pre>{@code
 * Graph readOnlyNodes = new ForwardingGraph(graph) {
 *     @Override
 *     public void addNode(String id) {
 *         throw new UnsupportedOperationException("read-only");
 *     }
 * };
 * }</pre>
 *
 * {@link #toString()} is the delegate's; {@code equals} and {@code hashCode} are identity, as for
 * every graph.
 */
public abstract class ForwardingGraph implements Graph {
    private final Graph delegate;

    /**
     * @param delegate the graph every call goes to
     * @throws NullPointerException if {@code delegate} is null
     */
    protected ForwardingGraph(Graph delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The graph every call goes to. */
    protected final Graph delegate() {
        return delegate;
    }

    @Override
    public GraphOptions options() {
        return delegate.options();
    }

    @Override
    public boolean isDirected() {
        return delegate.isDirected();
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }

    @Override
    public void addNode(String id) {
        delegate.addNode(id);
    }

    @Override
    public void addNode(String id, Map<String, ?> attributes) {
        delegate.addNode(id, attributes);
    }

    @Override
    public void addNodes(Collection<String> ids) {
        delegate.addNodes(ids);
    }

    @Override
    public void addNodes(List<String> ids, Map<String, ? extends List<?>> columns) {
        delegate.addNodes(ids, columns);
    }

    @Override
    public boolean mergeNode(String id, Map<String, ?> attributes) {
        return delegate.mergeNode(id, attributes);
    }

    @Override
    public boolean hasNode(String id) {
        return delegate.hasNode(id);
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        return delegate.nodeAttributes(id);
    }

    @Override
    public Optional<Object> nodeAttribute(String id, String key) {
        return delegate.nodeAttribute(id, key);
    }

    @Override
    public OptionalLong nodeLong(String id, String key) {
        return delegate.nodeLong(id, key);
    }

    @Override
    public OptionalDouble nodeDouble(String id, String key) {
        return delegate.nodeDouble(id, key);
    }

    @Override
    public Optional<String> nodeString(String id, String key) {
        return delegate.nodeString(id, key);
    }

    @Override
    public Optional<Boolean> nodeBoolean(String id, String key) {
        return delegate.nodeBoolean(id, key);
    }

    @Override
    public void setNodeAttribute(String id, String key, Object value) {
        delegate.setNodeAttribute(id, key, value);
    }

    @Override
    public void updateNodeAttributes(String id, Map<String, ?> attributes) {
        delegate.updateNodeAttributes(id, attributes);
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        return delegate.removeNodeAttribute(id, key);
    }

    @Override
    public void removeNode(String id) {
        delegate.removeNode(id);
    }

    @Override
    public int nodeCount() {
        return delegate.nodeCount();
    }

    @Override
    public List<String> nodes() {
        return delegate.nodes();
    }

    @Override
    public void addEdge(String source, String target) {
        delegate.addEdge(source, target);
    }

    @Override
    public void addEdge(String source, String target, Map<String, ?> attributes) {
        delegate.addEdge(source, target, attributes);
    }

    @Override
    public void addEdges(
            List<String> sources, List<String> targets, Map<String, ? extends List<?>> columns) {
        delegate.addEdges(sources, targets, columns);
    }

    @Override
    public boolean mergeEdge(String source, String target, Map<String, ?> attributes) {
        return delegate.mergeEdge(source, target, attributes);
    }

    @Override
    public boolean hasEdge(String source, String target) {
        return delegate.hasEdge(source, target);
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        return delegate.edgeAttributes(source, target);
    }

    @Override
    public Optional<Object> edgeAttribute(String source, String target, String key) {
        return delegate.edgeAttribute(source, target, key);
    }

    @Override
    public OptionalLong edgeLong(String source, String target, String key) {
        return delegate.edgeLong(source, target, key);
    }

    @Override
    public OptionalDouble edgeDouble(String source, String target, String key) {
        return delegate.edgeDouble(source, target, key);
    }

    @Override
    public Optional<String> edgeString(String source, String target, String key) {
        return delegate.edgeString(source, target, key);
    }

    @Override
    public Optional<Boolean> edgeBoolean(String source, String target, String key) {
        return delegate.edgeBoolean(source, target, key);
    }

    @Override
    public void setEdgeAttribute(String source, String target, String key, Object value) {
        delegate.setEdgeAttribute(source, target, key, value);
    }

    @Override
    public void updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        delegate.updateEdgeAttributes(source, target, attributes);
    }

    @Override
    public boolean removeEdgeAttribute(String source, String target, String key) {
        return delegate.removeEdgeAttribute(source, target, key);
    }

    @Override
    public void removeEdge(String source, String target) {
        delegate.removeEdge(source, target);
    }

    @Override
    public int edgeCount() {
        return delegate.edgeCount();
    }

    @Override
    public List<Edge> edges() {
        return delegate.edges();
    }

    @Override
    public List<String> successors(String id) {
        return delegate.successors(id);
    }

    @Override
    public List<String> predecessors(String id) {
        return delegate.predecessors(id);
    }

    @Override
    public List<String> neighbors(String id) {
        return delegate.neighbors(id);
    }

    @Override
    public int outDegree(String id) {
        return delegate.outDegree(id);
    }

    @Override
    public int inDegree(String id) {
        return delegate.inDegree(id);
    }

    @Override
    public int degree(String id) {
        return delegate.degree(id);
    }

    @Override
    public void batch(Consumer<? super Batch> operations) {
        delegate.batch(operations);
    }

    @Override
    public Batch openBatch() {
        return delegate.openBatch();
    }

    @Override
    public <X extends Exception> void bulkLoad(BulkLoad.Body<X> body) throws X {
        delegate.bulkLoad(body);
    }

    @Override
    public Topology topology() {
        return delegate.topology();
    }

    @Override
    public Topology topology(String weightKey) {
        return delegate.topology(weightKey);
    }

    @Override
    public MemoryProfile memoryProfile() {
        return delegate.memoryProfile();
    }

    @Override
    public List<String> findNodes(Predicate<? super Node> predicate) {
        return delegate.findNodes(predicate);
    }

    @Override
    public List<String> findNodes(Map<String, ?> match) {
        return delegate.findNodes(match);
    }

    @Override
    public List<Edge> findEdges(Predicate<? super Edge> predicate) {
        return delegate.findEdges(predicate);
    }

    @Override
    public List<Edge> findEdges(Map<String, ?> match) {
        return delegate.findEdges(match);
    }

    @Override
    public AttributeColumn nodeColumn(String key) {
        return delegate.nodeColumn(key);
    }

    @Override
    public AttributeColumn edgeColumn(String key) {
        return delegate.edgeColumn(key);
    }

    @Override
    public void setNodeColumn(String key, List<?> values) {
        delegate.setNodeColumn(key, values);
    }

    @Override
    public void setEdgeColumn(String key, List<?> values) {
        delegate.setEdgeColumn(key, values);
    }

    @Override
    public Stream<String> nodeStream() {
        return delegate.nodeStream();
    }

    @Override
    public Stream<Edge> edgeStream() {
        return delegate.edgeStream();
    }

    /** The delegate's. */
    @Override
    public String toString() {
        return delegate.toString();
    }
}
