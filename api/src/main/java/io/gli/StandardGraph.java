package io.gli;

import io.gli.spi.GraphStore;
import io.gli.spi.ObjectSizes;
import io.gli.spi.Synchronizer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
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
 * The one implementation of {@link Graph}: checks arguments, runs every change as an {@link
 * Operation} inside the store's synchronizer, and leaves storage to the backend's {@link
 * GraphStore}. Keeping the contract here, rather than in each backend, is what makes every backend
 * behave the same.
 */
final class StandardGraph implements Graph {
    private final GraphStore store;
    private final Synchronizer sync;
    private final GraphOptions options;
    private final Set<Capability> capabilities;
    private final AttributeValues values;

    /**
     * How many writes have begun; columns (views of the store) compare it after each read, as the
     * reader of a sequence lock does. Written only under the write lock.
     */
    @SuppressWarnings("unused") // through WRITES
    private long writes;

    private static final VarHandle WRITES;

    static {
        try {
            WRITES =
                    MethodHandles.lookup().findVarHandle(StandardGraph.class, "writes", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    StandardGraph(GraphStore store, GraphOptions options, Set<Capability> capabilities) {
        this.store = Objects.requireNonNull(store, "store");
        this.sync = Objects.requireNonNull(store.synchronizer(), "store.synchronizer()");
        this.options = options;
        this.capabilities = Set.copyOf(capabilities);
        this.values =
                new AttributeValues(
                        capabilities.contains(Capability.NESTED_VALUES), options.backend());
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

    // ---- operations: arguments checked here, state checked when applied

    Operation addNodeOperation(String id, Map<String, ?> attributes) {
        Errors.requireId(id, "node id");
        return new Operation.AddNode(id, values.normalizeAll(attributes));
    }

    Operation mergeNodeOperation(String id, Map<String, ?> attributes) {
        Errors.requireId(id, "node id");
        return new Operation.MergeNode(id, values.normalizeAll(attributes));
    }

    Operation setNodeAttributeOperation(String id, String key, Object value) {
        Errors.requireId(id, "node id");
        Errors.requireKey(key);
        return new Operation.PutNodeAttributes(
                "setNodeAttribute", id, Map.of(key, values.normalize(key, value)));
    }

    Operation updateNodeAttributesOperation(String id, Map<String, ?> attributes) {
        Errors.requireId(id, "node id");
        return new Operation.PutNodeAttributes(
                "updateNodeAttributes", id, values.normalizeAll(attributes));
    }

    Operation removeNodeAttributeOperation(String id, String key) {
        Errors.requireId(id, "node id");
        Errors.requireKey(key);
        return new Operation.RemoveNodeAttribute(id, key);
    }

    Operation removeNodeOperation(String id) {
        Errors.requireId(id, "node id");
        require(Capability.REMOVAL);
        return new Operation.RemoveNode(id);
    }

    Operation addEdgeOperation(String source, String target, Map<String, ?> attributes) {
        checkNewEdge(source, target);
        return new Operation.AddEdge(source, target, values.normalizeAll(attributes));
    }

    Operation mergeEdgeOperation(String source, String target, Map<String, ?> attributes) {
        checkNewEdge(source, target);
        return new Operation.MergeEdge(source, target, values.normalizeAll(attributes));
    }

    Operation setEdgeAttributeOperation(String source, String target, String key, Object value) {
        checkEndpoints(source, target);
        Errors.requireKey(key);
        return new Operation.PutEdgeAttributes(
                "setEdgeAttribute", source, target, Map.of(key, values.normalize(key, value)));
    }

    Operation updateEdgeAttributesOperation(
            String source, String target, Map<String, ?> attributes) {
        checkEndpoints(source, target);
        return new Operation.PutEdgeAttributes(
                "updateEdgeAttributes", source, target, values.normalizeAll(attributes));
    }

    Operation removeEdgeAttributeOperation(String source, String target, String key) {
        checkEndpoints(source, target);
        Errors.requireKey(key);
        return new Operation.RemoveEdgeAttribute(source, target, key);
    }

    Operation removeEdgeOperation(String source, String target) {
        checkEndpoints(source, target);
        require(Capability.REMOVAL);
        return new Operation.RemoveEdge(source, target);
    }

    private void checkEndpoints(String source, String target) {
        Errors.requireId(source, "source");
        Errors.requireId(target, "target");
    }

    private void checkNewEdge(String source, String target) {
        checkEndpoints(source, target);
        if (source.equals(target)) {
            require(Capability.SELF_LOOPS);
        }
    }

    private void require(Capability capability) {
        if (!capabilities.contains(capability)) {
            throw Errors.unsupported(options.backend(), capability);
        }
    }

    /**
     * Checks and applies one operation atomically; returns what {@link Operation#apply} returned.
     */
    private boolean run(Operation operation) {
        boolean[] result = new boolean[1];
        write(() -> result[0] = operation.checkAndApply(store));
        return result[0];
    }

    /**
     * Runs a change under the store's write lock, counting it first: the count is published before
     * any change to the store can be (the fence orders the stores), so a column reader that saw any
     * part of the change sees the count moved.
     */
    private void write(Runnable body) {
        sync.write(
                () -> {
                    WRITES.setOpaque(this, (long) WRITES.getOpaque(this) + 1);
                    VarHandle.storeStoreFence();
                    body.run();
                });
    }

    /** The write count, read under a read lock (no write in progress). */
    private long writeStamp() {
        return (long) WRITES.getOpaque(this);
    }

    /** Throws if a write has begun since {@code stamp}; called after the reads it vouches for. */
    void checkUnwrittenSince(long stamp) {
        VarHandle.acquireFence(); // the reads before this line are done before the count is read
        if ((long) WRITES.getOpaque(this) != stamp) {
            throw Errors.staleColumn();
        }
    }

    /** Checks every operation against the state the earlier ones leave, then applies them all. */
    void applyBatch(List<Operation> operations) {
        applyAll(operations, true);
    }

    private void applyAll(List<Operation> operations, boolean wrapFailures) {
        if (operations.isEmpty()) {
            return;
        }
        boolean removes = false;
        int nodeAdds = 0;
        int edgeAdds = 0;
        for (Operation operation : operations) {
            removes |= !(operation instanceof Operation.Undoable);
            if (operation instanceof Operation.AddNode
                    || operation instanceof Operation.MergeNode) {
                nodeAdds++;
            } else if (operation instanceof Operation.AddEdge
                    || operation instanceof Operation.MergeEdge) {
                edgeAdds++;
            }
        }
        int reservedNodes = nodeAdds;
        int reservedEdges = edgeAdds;
        if (removes) {
            write(
                    () -> {
                        store.reserve(reservedNodes, reservedEdges);
                        checkThenApply(operations, wrapFailures);
                    });
        } else {
            write(
                    () -> {
                        store.reserve(reservedNodes, reservedEdges);
                        applyOrUndo(operations, wrapFailures);
                    });
        }
    }

    /**
     * For batches that remove: checks every operation against the state the earlier ones leave (an
     * overlay on the store), then applies them all; a removal cannot be undone in place.
     */
    private void checkThenApply(List<Operation> operations, boolean wrapFailures) {
        Overlay overlay = new Overlay(store, options.directed());
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            try {
                operation.check(overlay);
            } catch (RuntimeException e) {
                throw wrapFailures ? new BatchException(i, operation.describe(), e) : e;
            }
            operation.record(overlay);
        }
        for (Operation operation : operations) {
            operation.apply(store);
        }
    }

    /**
     * For batches of adds and updates: checks and applies each operation in turn against the store
     * itself, remembering how to undo it; on the first failure, undoes what was applied, last
     * first. Cheaper than an overlay: nothing is looked up twice, and an add needs no memory to be
     * undone. Readers see none of it either way, as the whole runs under the write lock.
     */
    private void applyOrUndo(List<Operation> operations, boolean wrapFailures) {
        Object[] memos = null;
        int i = 0;
        try {
            for (; i < operations.size(); i++) {
                Object memo = ((Operation.Undoable) operations.get(i)).checkAndApplyUndoably(store);
                if (memo != null) {
                    if (memos == null) {
                        memos = new Object[operations.size()];
                    }
                    memos[i] = memo;
                }
            }
        } catch (RuntimeException e) {
            for (int j = i - 1; j >= 0; j--) {
                ((Operation.Undoable) operations.get(j))
                        .undo(store, memos == null ? null : memos[j]);
            }
            Operation failed = operations.get(i);
            throw wrapFailures ? new BatchException(i, failed.describe(), e) : e;
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
        List<Operation> operations = new ArrayList<>(ids.size());
        for (String id : ids) {
            operations.add(addNodeOperation(id, Map.of()));
        }
        applyAll(operations, false);
    }

    @Override
    public void addNodes(List<String> ids, Map<String, ? extends List<?>> columns) {
        Errors.requireNonNull(ids, "ids");
        List<Map<String, Object>> rows = rows(columns, ids.size());
        List<Operation> operations = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            operations.add(addNodeOperation(ids.get(i), rows.get(i)));
        }
        applyAll(operations, false);
    }

    /** Turns attribute columns into one map per row, skipping null cells. */
    private static List<Map<String, Object>> rows(
            Map<String, ? extends List<?>> columns, int size) {
        Errors.requireNonNull(columns, "columns");
        if (columns.isEmpty()) {
            return Collections.nCopies(
                    size, Map.of()); // a bulk add without attributes allocates no row maps
        }
        List<Map<String, Object>> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(new HashMap<>());
        }
        for (Map.Entry<String, ? extends List<?>> column : columns.entrySet()) {
            Object key = column.getKey();
            if (!(key instanceof String k) || k.isEmpty()) {
                throw Errors.badKey(key);
            }
            List<?> cells = Errors.requireNonNull(column.getValue(), "column " + Errors.quote(k));
            if (cells.size() != size) {
                throw Errors.columnLength("column " + Errors.quote(k), cells.size(), size);
            }
            for (int i = 0; i < size; i++) {
                Object cell = cells.get(i);
                if (cell != null) {
                    rows.get(i).put(k, cell);
                }
            }
        }
        return rows;
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
        Object value = sync.read(store, id, key, null, StandardGraph::nodeValueOrMissing);
        if (value == MISSING) {
            throw new NodeNotFoundException(id);
        }
        return value;
    }

    @Override
    public OptionalLong nodeLong(String id, String key) {
        Errors.requireId(id, "node id");
        Errors.requireKey(key);
        long fast =
                sync.readLong(store, id, key, null, (s, a, b, c) -> s.nodeLong(a, b, NOT_A_LONG));
        if (fast != NOT_A_LONG) {
            return OptionalLong.of(fast);
        }
        Object value = nodeValue(id, key);
        return value == null
                ? OptionalLong.empty()
                : OptionalLong.of(as(value, Long.class, id, null, key));
    }

    @Override
    public OptionalDouble nodeDouble(String id, String key) {
        return toDouble(nodeValue(id, key), id, null, key);
    }

    @Override
    public Optional<String> nodeString(String id, String key) {
        return Optional.ofNullable(as(nodeValue(id, key), String.class, id, null, key));
    }

    @Override
    public Optional<Boolean> nodeBoolean(String id, String key) {
        return Optional.ofNullable(as(nodeValue(id, key), Boolean.class, id, null, key));
    }

    /** The value cast to {@code type}; {@code target} is null for a node attribute. */
    private static <T> T as(Object value, Class<T> type, String source, String target, String key) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        String element = target == null ? Errors.node(source) : Errors.edge(source, target);
        throw new AttributeTypeException(element, key, AttributeValues.contractType(value), type);
    }

    private static OptionalDouble toDouble(Object value, String source, String target, String key) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (value instanceof Long l) {
            return OptionalDouble.of(l);
        }
        return OptionalDouble.of(as(value, Double.class, source, target, key));
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
        Errors.requireNonNull(sources, "sources");
        Errors.requireNonNull(targets, "targets");
        if (targets.size() != sources.size()) {
            throw Errors.columnLength("targets", targets.size(), sources.size());
        }
        List<Map<String, Object>> rows = rows(columns, sources.size());
        List<Operation> operations = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            operations.add(addEdgeOperation(sources.get(i), targets.get(i), rows.get(i)));
        }
        applyAll(operations, false);
    }

    @Override
    public boolean mergeEdge(String source, String target, Map<String, ?> attributes) {
        return run(mergeEdgeOperation(source, target, attributes));
    }

    @Override
    public boolean hasEdge(String source, String target) {
        checkEndpoints(source, target);
        return sync.read(store, source, target, null, (s, a, b, c) -> s.containsEdge(a, b));
    }

    @Override
    public Map<String, Object> edgeAttributes(String source, String target) {
        checkEndpoints(source, target);
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
        checkEndpoints(source, target);
        Errors.requireKey(key);
        Object value = sync.read(store, source, target, key, StandardGraph::edgeValueOrMissing);
        if (value == MISSING) {
            throw new EdgeNotFoundException(source, target);
        }
        return value;
    }

    /**
     * What a typed long read returns for "not a stored long here": a missing element, a missing
     * attribute, a value of another type — or the value {@code Long.MIN_VALUE} itself. The typed
     * getters then read again through the boxed path, which tells these apart; the second read is
     * the one that counts, so the answer is still that of one consistent state.
     */
    private static final long NOT_A_LONG = Long.MIN_VALUE;

    /**
     * Marks a missing element in a read's result, so that a lookup needs no second read to tell "no
     * such attribute" from "no such element" and throws outside the read.
     */
    private static final Object MISSING = new Object();

    private static Object nodeValueOrMissing(
            GraphStore store, String id, String key, String unused) {
        return store.nodeValue(id, key, MISSING);
    }

    private static Object edgeValueOrMissing(
            GraphStore store, String source, String target, String key) {
        return store.edgeValue(source, target, key, MISSING);
    }

    @Override
    public OptionalLong edgeLong(String source, String target, String key) {
        checkEndpoints(source, target);
        Errors.requireKey(key);
        long fast =
                sync.readLong(
                        store,
                        source,
                        target,
                        key,
                        (s, a, b, c) -> s.edgeLong(a, b, c, NOT_A_LONG));
        if (fast != NOT_A_LONG) {
            return OptionalLong.of(fast);
        }
        Object value = edgeValue(source, target, key);
        return value == null
                ? OptionalLong.empty()
                : OptionalLong.of(as(value, Long.class, source, target, key));
    }

    @Override
    public OptionalDouble edgeDouble(String source, String target, String key) {
        return toDouble(edgeValue(source, target, key), source, target, key);
    }

    @Override
    public Optional<String> edgeString(String source, String target, String key) {
        return Optional.ofNullable(
                as(edgeValue(source, target, key), String.class, source, target, key));
    }

    @Override
    public Optional<Boolean> edgeBoolean(String source, String target, String key) {
        return Optional.ofNullable(
                as(edgeValue(source, target, key), Boolean.class, source, target, key));
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
    public Batch openBatch() {
        return new StandardBatch(this);
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

    /** This object and what it holds besides the store: options, capabilities, value rules. */
    private long ownBytes() {
        long bytes =
                ObjectSizes.instance(StandardGraph.class)
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
                () -> new GraphColumn(key, store.nodeColumn(key), this, writeStamp(), false));
    }

    @Override
    public AttributeColumn edgeColumn(String key) {
        Errors.requireKey(key);
        return sync.readAll(
                () -> new GraphColumn(key, store.edgeColumn(key), this, writeStamp(), true));
    }

    @Override
    public void setNodeColumn(String key, List<?> values) {
        Object[] normalized = normalizeColumn(key, values);
        write(
                () -> {
                    int count = store.nodeCount();
                    if (normalized.length != count) {
                        throw Errors.columnSize(normalized.length, count, "node");
                    }
                    store.putNodeColumn(key, normalized);
                });
    }

    @Override
    public void setEdgeColumn(String key, List<?> values) {
        Object[] normalized = normalizeColumn(key, values);
        write(
                () -> {
                    int count = store.edgeCount();
                    if (normalized.length != count) {
                        throw Errors.columnSize(normalized.length, count, "edge");
                    }
                    store.putEdgeColumn(key, normalized);
                });
    }

    /**
     * The stored form of every entry (nulls kept), checked before anything is locked or changed.
     */
    private Object[] normalizeColumn(String key, List<?> values) {
        Errors.requireKey(key);
        Object[] cells = Errors.requireNonNull(values, "values").toArray();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                try {
                    cells[i] = this.values.normalize(key, cells[i]);
                } catch (IllegalArgumentException e) {
                    throw Errors.badColumnEntry(i, e);
                }
            }
        }
        return cells;
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
