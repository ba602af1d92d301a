package io.gli;

import io.gli.spi.GraphStore;
import io.gli.spi.ObjectSizes;
import io.gli.spi.Synchronizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
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
import java.util.stream.StreamSupport;

/**
 * The one implementation of {@link Graph}: the public operations. A write becomes an {@link
 * Operation} ({@link OperationFactory}, which checks the arguments) and runs inside the store's
 * synchronizer, counted by {@link WriteCounter}; a bulk write or a batch runs as one {@link
 * AtomicApply}. A read checks its arguments and runs one query of the backend's {@link GraphStore},
 * whose answer {@link TypedReads} turns into a typed one. Keeping the contract here, rather than in
 * each backend, is what makes every backend behave the same.
 *
 * <p>Single writes and point reads are the hot path: a point read passes the synchronizer a lambda
 * that captures nothing, so it allocates nothing.
 */
final class StandardGraph extends OperationFactory implements Graph {
    private final GraphStore store;
    private final Synchronizer sync;
    private final GraphOptions options;

    /** Moved by every write; attribute columns check it to detect a write since they were made. */
    private final WriteCounter writes = new WriteCounter();

    StandardGraph(GraphStore store, GraphOptions options, Set<Capability> capabilities) {
        super(capabilities, options.backend());
        this.store = Objects.requireNonNull(store, "store");
        this.sync = Objects.requireNonNull(store.synchronizer(), "store.synchronizer()");
        this.options = options;
    }

    @Override
    public GraphOptions options() {
        return options;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    @Override
    public String toString() {
        return "Graph["
                + options.backend()
                + ", "
                + (options.directed() ? "directed" : "undirected")
                + "]";
    }

    // ---- writes

    /**
     * Checks and applies one operation atomically; returns what {@link Operation#apply} returned.
     * It passes the synchronizer one lambda, not one wrapped in {@link #write}'s: a single write
     * allocates one closure and its result cell.
     */
    private boolean run(Operation operation) {
        boolean[] result = new boolean[1];
        GraphStore store = this.store;
        WriteCounter writes = this.writes;
        sync.write(
                () -> {
                    writes.begin();
                    result[0] = operation.checkAndApply(store);
                });
        return result[0];
    }

    /** Runs a change under the store's write lock, counted before it changes anything. */
    private void write(Runnable body) {
        WriteCounter writes = this.writes;
        sync.write(
                () -> {
                    writes.begin();
                    body.run();
                });
    }

    /** Checks every operation against the state the earlier ones leave, then applies them all. */
    void applyBatch(List<Operation> operations) {
        applyAll(operations, true);
    }

    /** Applies {@code operations} as one unit; {@code wrapFailures} as for {@link AtomicApply}. */
    private void applyAll(List<Operation> operations, boolean wrapFailures) {
        if (!operations.isEmpty()) {
            write(new AtomicApply(store, options.directed(), operations, wrapFailures));
        }
    }

    // ---- nodes

    @Override
    public void addNode(String id) {
        run(addNodeOperation(id, Map.of()));
    }

    @Override
    public void addNode(String id, Map<String, ?> attributes) {
        run(addNodeOperation(id, attributes));
    }

    @Override
    public void addNodes(Collection<String> ids) {
        Errors.requireNonNull(ids, "ids");
        addAll(
                BulkAdd.nodes(
                        this,
                        ids instanceof List<String> list ? list : new ArrayList<>(ids),
                        Map.of()));
    }

    @Override
    public void addNodes(List<String> ids, Map<String, ? extends List<?>> columns) {
        addAll(BulkAdd.nodes(this, ids, columns));
    }

    /**
     * A bulk add of {@link #addNodes} or {@link #addEdges}: all of it or, throwing the failing
     * row's own exception (the invalid row's before any state is looked at), none.
     */
    private void addAll(BulkAdd add) {
        if (add.invalidCause() != null) {
            throw add.invalidCause();
        }
        if (add.count() == 0) {
            return;
        }
        write(
                () -> {
                    BulkAdd.RowFailure failure = add.apply(store, false);
                    if (failure != null) {
                        throw failure.cause();
                    }
                });
    }

    @Override
    public boolean mergeNode(String id, Map<String, ?> attributes) {
        return run(mergeNodeOperation(id, attributes));
    }

    @Override
    public boolean hasNode(String id) {
        Errors.requireId(id, "node id");
        return sync.read(store, id, null, null, (s, a, b, c) -> s.containsNode(a));
    }

    @Override
    public Map<String, Object> nodeAttributes(String id) {
        Errors.requireId(id, "node id");
        Map<String, Object> attributes =
                sync.read(store, id, null, null, (s, a, b, c) -> s.nodeAttributes(a));
        if (attributes == null) {
            throw new NodeNotFoundException(id);
        }
        return attributes;
    }

    @Override
    public Optional<Object> nodeAttribute(String id, String key) {
        return Optional.ofNullable(nodeValue(id, key));
    }

    /** The value, or null if the node lacks the attribute; throws if the node is missing. */
    private Object nodeValue(String id, String key) {
        Errors.requireId(id, "node id");
        Errors.requireKey(key);
        Object value = sync.read(store, id, key, null, TypedReads::nodeValueOrMissing);
        if (value == TypedReads.MISSING) {
            throw new NodeNotFoundException(id);
        }
        return value;
    }

    @Override
    public OptionalLong nodeLong(String id, String key) {
        Errors.requireId(id, "node id");
        Errors.requireKey(key);
        long fast =
                sync.readLong(
                        store,
                        id,
                        key,
                        null,
                        (s, a, b, c) -> s.nodeLong(a, b, TypedReads.NOT_A_LONG));
        if (fast != TypedReads.NOT_A_LONG) {
            return OptionalLong.of(fast);
        }
        Object value = nodeValue(id, key);
        return value == null
                ? OptionalLong.empty()
                : OptionalLong.of(TypedReads.as(value, Long.class, id, null, key));
    }

    @Override
    public OptionalDouble nodeDouble(String id, String key) {
        return TypedReads.toDouble(nodeValue(id, key), id, null, key);
    }

    @Override
    public Optional<String> nodeString(String id, String key) {
        return Optional.ofNullable(TypedReads.as(nodeValue(id, key), String.class, id, null, key));
    }

    @Override
    public Optional<Boolean> nodeBoolean(String id, String key) {
        return Optional.ofNullable(TypedReads.as(nodeValue(id, key), Boolean.class, id, null, key));
    }

    @Override
    public void setNodeAttribute(String id, String key, Object value) {
        run(setNodeAttributeOperation(id, key, value));
    }

    @Override
    public void updateNodeAttributes(String id, Map<String, ?> attributes) {
        run(updateNodeAttributesOperation(id, attributes));
    }

    @Override
    public boolean removeNodeAttribute(String id, String key) {
        return run(removeNodeAttributeOperation(id, key));
    }

    @Override
    public void removeNode(String id) {
        run(removeNodeOperation(id));
    }

    @Override
    public int nodeCount() {
        return sync.readInt(store, null, null, (s, a, b) -> s.nodeCount());
    }

    @Override
    public List<String> nodes() {
        return sync.readAll(store::nodes);
    }

    // ---- edges

    @Override
    public void addEdge(String source, String target) {
        run(addEdgeOperation(source, target, Map.of()));
    }

    @Override
    public void addEdge(String source, String target, Map<String, ?> attributes) {
        run(addEdgeOperation(source, target, attributes));
    }

    @Override
    public void addEdges(
            List<String> sources, List<String> targets, Map<String, ? extends List<?>> columns) {
        addAll(BulkAdd.edges(this, sources, targets, columns));
    }

    @Override
    public boolean mergeEdge(String source, String target, Map<String, ?> attributes) {
        return run(mergeEdgeOperation(source, target, attributes));
    }

    @Override
    public boolean hasEdge(String source, String target) {
        Errors.requireEndpoints(source, target);
        return sync.read(store, source, target, null, (s, a, b, c) -> s.containsEdge(a, b));
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        Errors.requireEndpoints(source, target);
        Map<String, Object> attributes =
                sync.read(store, source, target, null, (s, a, b, c) -> s.edgeAttributes(a, b));
        if (attributes == null) {
            throw new EdgeNotFoundException(source, target);
        }
        return attributes;
    }

    @Override
    public Optional<Object> edgeAttribute(String source, String target, String key) {
        return Optional.ofNullable(edgeValue(source, target, key));
    }

    private Object edgeValue(String source, String target, String key) {
        Errors.requireEndpoints(source, target);
        Errors.requireKey(key);
        Object value = sync.read(store, source, target, key, TypedReads::edgeValueOrMissing);
        if (value == TypedReads.MISSING) {
            throw new EdgeNotFoundException(source, target);
        }
        return value;
    }

    @Override
    public OptionalLong edgeLong(String source, String target, String key) {
        Errors.requireEndpoints(source, target);
        Errors.requireKey(key);
        long fast =
                sync.readLong(
                        store,
                        source,
                        target,
                        key,
                        (s, a, b, c) -> s.edgeLong(a, b, c, TypedReads.NOT_A_LONG));
        if (fast != TypedReads.NOT_A_LONG) {
            return OptionalLong.of(fast);
        }
        Object value = edgeValue(source, target, key);
        return value == null
                ? OptionalLong.empty()
                : OptionalLong.of(TypedReads.as(value, Long.class, source, target, key));
    }

    @Override
    public OptionalDouble edgeDouble(String source, String target, String key) {
        return TypedReads.toDouble(edgeValue(source, target, key), source, target, key);
    }

    @Override
    public Optional<String> edgeString(String source, String target, String key) {
        return Optional.ofNullable(
                TypedReads.as(edgeValue(source, target, key), String.class, source, target, key));
    }

    @Override
    public Optional<Boolean> edgeBoolean(String source, String target, String key) {
        return Optional.ofNullable(
                TypedReads.as(edgeValue(source, target, key), Boolean.class, source, target, key));
    }

    @Override
    public void setEdgeAttribute(String source, String target, String key, Object value) {
        run(setEdgeAttributeOperation(source, target, key, value));
    }

    @Override
    public void updateEdgeAttributes(String source, String target, Map<String, ?> attributes) {
        run(updateEdgeAttributesOperation(source, target, attributes));
    }

    @Override
    public boolean removeEdgeAttribute(String source, String target, String key) {
        return run(removeEdgeAttributeOperation(source, target, key));
    }

    @Override
    public void removeEdge(String source, String target) {
        run(removeEdgeOperation(source, target));
    }

    @Override
    public int edgeCount() {
        return sync.readInt(store, null, null, (s, a, b) -> s.edgeCount());
    }

    @Override
    public List<Edge> edges() {
        return sync.readAll(store::edges);
    }

    // ---- adjacency

    @Override
    public List<String> successors(String id) {
        Errors.requireId(id, "node id");
        return adjacency(id, sync.read(store, id, null, null, (s, a, b, c) -> s.successors(a)));
    }

    @Override
    public List<String> predecessors(String id) {
        Errors.requireId(id, "node id");
        return adjacency(id, sync.read(store, id, null, null, (s, a, b, c) -> s.predecessors(a)));
    }

    @Override
    public List<String> neighbors(String id) {
        Errors.requireId(id, "node id");
        return adjacency(id, sync.read(store, id, null, null, (s, a, b, c) -> s.neighbors(a)));
    }

    private static List<String> adjacency(String id, List<String> found) {
        if (found == null) {
            throw new NodeNotFoundException(id);
        }
        return found;
    }

    @Override
    public int outDegree(String id) {
        Errors.requireId(id, "node id");
        return degree(id, sync.readInt(store, id, null, (s, a, b) -> s.outDegree(a)));
    }

    @Override
    public int inDegree(String id) {
        Errors.requireId(id, "node id");
        return degree(id, sync.readInt(store, id, null, (s, a, b) -> s.inDegree(a)));
    }

    @Override
    public int degree(String id) {
        Errors.requireId(id, "node id");
        return degree(id, sync.readInt(store, id, null, (s, a, b) -> s.degree(a)));
    }

    private static int degree(String id, int found) {
        if (found < 0) {
            throw new NodeNotFoundException(id);
        }
        return found;
    }

    // ---- batches

    @Override
    public void batch(Consumer<? super Batch> operations) {
        Errors.requireNonNull(operations, "operations");
        try (StandardBatch batch = new StandardBatch(this)) {
            operations.accept(batch);
            if (!batch.isFinished()) {
                batch.commit();
            }
        }
    }

    @Override
    public <X extends Exception> void bulkLoad(BulkLoad.Body<X> body) throws X {
        Errors.requireNonNull(body, "body");
        Exception[] failure = new Exception[1];
        write(
                () -> {
                    StandardBulkLoad load = new StandardBulkLoad(this, store);
                    try {
                        body.load(load);
                    } catch (RuntimeException | Error e) {
                        load.undoAll();
                        throw e;
                    } catch (Exception e) {
                        load.undoAll();
                        failure[0] = e;
                    } finally {
                        load.close();
                    }
                });
        if (failure[0] != null) {
            @SuppressWarnings("unchecked")
            X checked = (X) failure[0];
            throw checked;
        }
    }

    @Override
    public Batch openBatch() {
        return new StandardBatch(this);
    }

    // ---- topology

    @Override
    public Topology topology() {
        return sync.readAll(() -> store.topology(options.directed(), null));
    }

    @Override
    public Topology topology(String weightKey) {
        Errors.requireKey(weightKey);
        return sync.readAll(() -> store.topology(options.directed(), weightKey));
    }

    // ---- memory

    @Override
    public MemoryProfile memoryProfile() {
        require(Capability.MEMORY_PROFILE);
        return sync.readAll(
                () -> {
                    Map<MemoryProfile.Category, Long> parts =
                            new EnumMap<>(MemoryProfile.Category.class);
                    parts.putAll(store.footprint());
                    parts.merge(MemoryProfile.Category.OVERHEAD, ownBytes(), Long::sum);
                    return new MemoryProfile(
                            options.backend(), store.nodeCount(), store.edgeCount(), parts);
                });
    }

    /**
     * This object and what it holds besides the store: options, capabilities, value rules, write
     * count.
     */
    private long ownBytes() {
        long bytes =
                ObjectSizes.instance(StandardGraph.class)
                        + ObjectSizes.instance(WriteCounter.class)
                        + ObjectSizes.instance(GraphOptions.class)
                        + ObjectSizes.string(options.backend())
                        + ObjectSizes.instance(AttributeValues.class)
                        + ObjectSizes.instance(capabilities.getClass())
                        + ObjectSizes.referenceArray(2L * capabilities.size());
        for (Capability capability : capabilities) {
            bytes += ObjectSizes.instance(Capability.class) + ObjectSizes.string(capability.name());
        }
        return bytes;
    }

    // ---- queries

    @Override
    public List<String> findNodes(Predicate<? super Node> predicate) {
        Errors.requireNonNull(predicate, "predicate");
        List<Node> snapshot =
                sync.readAll(
                        () -> {
                            List<Node> all = new ArrayList<>(store.nodeCount());
                            store.forEachNode(all::add);
                            return all;
                        });
        // The predicate is the caller's code: it runs outside the lock, so it may use the graph.
        List<String> found = new ArrayList<>();
        for (Node node : snapshot) {
            if (predicate.test(node)) {
                found.add(node.id());
            }
        }
        return Collections.unmodifiableList(found);
    }

    @Override
    public List<String> findNodes(Map<String, ?> match) {
        Map<String, Object> wanted = values.normalizeAll(match);
        return sync.readAll(
                () -> {
                    List<String> found = new ArrayList<>();
                    store.forEachNode(
                            node -> {
                                if (matches(node.attributes(), wanted)) {
                                    found.add(node.id());
                                }
                            });
                    return Collections.unmodifiableList(found);
                });
    }

    @Override
    public List<Edge> findEdges(Predicate<? super Edge> predicate) {
        Errors.requireNonNull(predicate, "predicate");
        List<Edge> snapshot = sync.readAll(store::edges);
        List<Edge> found = new ArrayList<>();
        for (Edge edge : snapshot) {
            if (predicate.test(edge)) {
                found.add(edge);
            }
        }
        return Collections.unmodifiableList(found);
    }

    @Override
    public List<Edge> findEdges(Map<String, ?> match) {
        Map<String, Object> wanted = values.normalizeAll(match);
        return sync.readAll(
                () -> {
                    List<Edge> found = new ArrayList<>();
                    store.forEachEdge(
                            edge -> {
                                if (matches(edge.attributes(), wanted)) {
                                    found.add(edge);
                                }
                            });
                    return Collections.unmodifiableList(found);
                });
    }

    private static boolean matches(Map<String, Object> attributes, Map<String, Object> wanted) {
        for (Map.Entry<String, Object> entry : wanted.entrySet()) {
            if (!entry.getValue().equals(attributes.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    // ---- columns

    @Override
    public AttributeColumn nodeColumn(String key) {
        Errors.requireKey(key);
        return sync.readAll(
                () -> new GraphColumn(key, store.nodeColumn(key), writes, writes.stamp(), false));
    }

    @Override
    public AttributeColumn edgeColumn(String key) {
        Errors.requireKey(key);
        return sync.readAll(
                () -> new GraphColumn(key, store.edgeColumn(key), writes, writes.stamp(), true));
    }

    @Override
    public void setNodeColumn(String key, List<?> values) {
        Object[] normalized = this.values.normalizeColumn(key, values);
        write(
                () -> {
                    Errors.requireColumnSize(normalized.length, store.nodeCount(), "node");
                    store.putNodeColumn(key, normalized);
                });
    }

    @Override
    public void setEdgeColumn(String key, List<?> values) {
        Object[] normalized = this.values.normalizeColumn(key, values);
        write(
                () -> {
                    Errors.requireColumnSize(normalized.length, store.edgeCount(), "edge");
                    store.putEdgeColumn(key, normalized);
                });
    }

    // ---- streams

    @Override
    public Stream<String> nodeStream() {
        return StreamSupport.stream(SnapshotSpliterator.of(nodes()), false);
    }

    @Override
    public Stream<Edge> edgeStream() {
        return StreamSupport.stream(SnapshotSpliterator.of(edges()), false);
    }
}
