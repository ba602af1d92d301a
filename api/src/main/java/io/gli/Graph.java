package io.gli;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A property graph: nodes identified by strings, edges identified by their endpoints, and
 * attributes on both. Application code is written against this interface; the storage behind it is
 * a backend chosen by name when the graph is opened (see {@link #open(String)} and {@link
 * GraphBuilder}).
 *
 * <h2>The contract</h2>
 *
 * Every backend behaves exactly as described here; the compatibility test kit ({@code gli-tck})
 * checks it.
 *
 * <h3>Identity</h3>
 *
 * <ul>
 *   <li>Node IDs are non-null, non-empty strings of any characters (whitespace, control characters,
 *       {@code "->"} and any unicode included). A null ID raises {@link NullPointerException}, an
 *       empty one {@link IllegalArgumentException}.
 *   <li>An edge is identified by its endpoints: at most one edge per ordered pair on a directed
 *       graph, per unordered pair on an undirected one. Self-loops are allowed. On an undirected
 *       graph {@code hasEdge(a, b) == hasEdge(b, a)}, and every edge method accepts the endpoints
 *       in either order; {@link #edges()} reports an edge in the orientation it was first added.
 * </ul>
 *
 * <h3>Attributes</h3>
 *
 * Keys are non-empty strings. Values are {@link Boolean}, {@link Long} ({@link Integer}, {@link
 * Short} and {@link Byte} are widened to Long), {@link Double} ({@link Float} is widened; NaN and
 * the infinities are ordinary values and compare with {@link Double#equals}), {@link String}, and
 * {@link List}s and {@link Map}{@code <String, ?>}s of these, nested to at most {@value
 * #MAX_NESTING} levels. Lists and maps are stored as immutable copies, so later changes to the
 * caller's collection do not reach the graph. A null value, a null or non-string map key, a
 * collection that contains itself, or any other type is refused with an {@link
 * IllegalArgumentException} naming the key and the offending type. Attribute maps compare with
 * {@link Map#equals}; the iteration order of their keys is not part of the contract.
 *
 * <h3>Errors</h3>
 *
 * <ul>
 *   <li>A missing node raises {@link NodeNotFoundException}, a missing edge {@link
 *       EdgeNotFoundException}; both are {@link NoSuchElementException}s naming the element.
 *   <li>Adding a node or edge that exists raises {@link NodeExistsException} or {@link
 *       EdgeExistsException}; {@link #mergeNode} and {@link #mergeEdge} are the upserts.
 *   <li>Adding an edge whose endpoint does not exist raises {@link NodeNotFoundException}: nodes
 *       are never created implicitly.
 *   <li>Arguments are checked before state: a call with both an invalid argument and a missing
 *       element reports the argument. Among state checks the source is checked before the target.
 *   <li>A failed operation leaves the graph exactly as it was.
 *   <li>Messages name what is wrong: the offending ID, key or edge (quoted and Java-escaped, so
 *       control characters are visible; anything longer than 80 characters is cut short with its
 *       length, so a huge input never floods a log), the offending value's type, and the path to it
 *       inside a list or map. The exceptions also carry the exact values ({@code nodeId()}, {@code
 *       source()}, {@code target()}, {@code key()}).
 *   <li>Hostile input is refused, never half-applied: null arguments raise {@link
 *       NullPointerException} (and a null attribute value {@link IllegalArgumentException}); empty
 *       IDs and keys, unsupported value types, map keys that are not strings (named with their
 *       type), lists and maps nested deeper than {@value #MAX_NESTING} levels or containing
 *       themselves, and attribute columns or edge lists of the wrong length raise {@link
 *       IllegalArgumentException}. NaN, the infinities, {@code -0.0}, huge strings and IDs of any
 *       characters (unpaired surrogates included) are ordinary values and are kept exactly.
 *   <li>Predicates and batch code are the caller's: they run outside the graph's lock, so they may
 *       read and write the graph; whatever they throw propagates unchanged, and a batch whose code
 *       throws applies nothing.
 * </ul>
 *
 * The compatibility test kit calls every public method of this package with such input ({@code
 * HostileInputTests}).
 *
 * <h3>Order</h3>
 *
 * Nodes and edges iterate in the insertion order of those still present (re-adding a removed
 * element puts it last; merging or updating an existing one keeps its place). Successor and
 * predecessor lists follow the order in which the connecting edges were added; {@link #neighbors}
 * lists successors, then the remaining predecessors. Every backend yields the same order, so
 * results from different backends compare exactly.
 *
 * <h3>Threads</h3>
 *
 * Any number of threads may read while one writes; writes are serialized. A reader never observes
 * part of an operation or of a {@linkplain #batch batch}, and never fails because of another
 * thread's write — except a read of a column made before that write, which fails fast with {@link
 * java.util.ConcurrentModificationException} rather than return torn values (see {@link
 * AttributeColumn}). Streams ({@link #nodeStream}, {@link #edgeStream}) run over snapshots and may
 * run in parallel while other threads write.
 *
 * <h3>Returned values</h3>
 *
 * Every collection, map or record returned is immutable and is a snapshot: it never changes after
 * it is returned, whatever is written to the graph later, and no caller can change the graph
 * through it. The one exception is a column read by {@link #nodeColumn} or {@link #edgeColumn}: a
 * read-only view of the storage, valid until the next write, after which reading it throws {@link
 * java.util.ConcurrentModificationException} (see {@link AttributeColumn}).
 */
public interface Graph {

    /** The deepest nesting of lists and maps accepted in an attribute value. */
    int MAX_NESTING = 64;

    // ------------------------------------------------------------------------------------------
    // Opening

    /**
     * Opens an empty directed graph on the highest-priority backend on the class path (with no
     * expected sizes given, as here, the sizes play no part).
     *
     * @throws IllegalStateException if no backend is on the class path; the message names the
     *     artifacts that provide one
     */
    static Graph open() {
        return builder().open();
    }

    /**
     * Opens an empty directed graph on the backend with the given name.
     *
     * @throws UnknownBackendException if no backend of that name is on the class path; the message
     *     lists the names available
     * @throws NullPointerException if {@code backend} is null
     */
    static Graph open(String backend) {
        Errors.checkBackendName(backend);
        return builder().backend(backend).open();
    }

    /** Returns a builder for graphs with options: backend, direction, expected sizes. */
    static GraphBuilder builder() {
        return new GraphBuilder();
    }

    /** The options this graph was opened with; the backend name is always filled in. */
    GraphOptions options();

    /** Whether edges have a direction. Shorthand for {@code options().directed()}. */
    default boolean isDirected() {
        return options().directed();
    }

    /**
     * What this graph's backend offers, as an immutable set: the capabilities of its {@link
     * BackendInfo} (see {@link Backends#available()}). Using one it lacks raises {@link
     * UnsupportedOperationException} naming the capability.
     *
     * <p>Unlike a {@code BackendInfo}, this is reachable from the graph alone, for code handed a
     * graph it did not open (perhaps a decorated one): application code asks it before relying on
     * an optional feature, say {@code if (graph.capabilities().contains(Capability.REMOVAL))},
     * rather than catch the exception. The compatibility test kit checks that it equals the
     * backend's declaration on every backend; the kit skips (never passes) a test needing what the
     * backend under test lacks.
     */
    Set<Capability> capabilities();

    // ------------------------------------------------------------------------------------------
    // Nodes

    /**
     * Adds a node with no attributes.
     *
     * @throws NodeExistsException if the node exists
     */
    void addNode(String id);

    /**
     * Adds a node with the given attributes.
     *
     * @throws NodeExistsException if the node exists
     * @throws IllegalArgumentException if a key or value is not allowed (see the class contract)
     */
    void addNode(String id, Map<String, ?> attributes);

    /**
     * Adds all the given nodes, without attributes, as one atomic operation: if any ID is invalid,
     * exists, or occurs twice in {@code ids}, nothing is added.
     *
     * @throws NodeExistsException if a node exists or is listed twice
     */
    void addNodes(Collection<String> ids);

    /**
     * Bulk construction from a node list with attribute columns, as one atomic operation. Node
     * {@code ids.get(i)} gets, for each column, the attribute {@code key = column.get(i)}; a null
     * entry in a column means the node has no such attribute.
     *
     * @param ids the nodes to add, in order
     * @param columns attribute columns, each exactly as long as {@code ids}
     * @throws IllegalArgumentException if a column's length differs from the number of IDs, or a
     *     key or value is not allowed
     * @throws NodeExistsException if a node exists or is listed twice
     */
    void addNodes(List<String> ids, Map<String, ? extends List<?>> columns);

    /**
     * Adds the node if it is missing, then sets the given attributes on it (other attributes of an
     * existing node are kept). An existing node keeps its place in the node order.
     *
     * @return true if the node was created, false if it existed
     */
    boolean mergeNode(String id, Map<String, ?> attributes);

    /** Whether the node exists. */
    boolean hasNode(String id);

    /**
     * Returns an immutable snapshot of the node's attributes.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    Map<String, Object> nodeAttributes(String id);

    /**
     * Returns one attribute of the node, or empty if the node has no such attribute.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    Optional<Object> nodeAttribute(String id, String key);

    /**
     * Returns a {@link Long} attribute of the node, or empty if it has no such attribute.
     *
     * @throws AttributeTypeException if the value is not a Long
     * @throws NodeNotFoundException if the node does not exist
     */
    OptionalLong nodeLong(String id, String key);

    /**
     * Returns a numeric attribute of the node as a double (a Long value is converted), or empty if
     * it has no such attribute.
     *
     * @throws AttributeTypeException if the value is neither a Double nor a Long
     * @throws NodeNotFoundException if the node does not exist
     */
    OptionalDouble nodeDouble(String id, String key);

    /**
     * Returns a {@link String} attribute of the node, or empty if it has no such attribute.
     *
     * @throws AttributeTypeException if the value is not a String
     * @throws NodeNotFoundException if the node does not exist
     */
    Optional<String> nodeString(String id, String key);

    /**
     * Returns a {@link Boolean} attribute of the node, or empty if it has no such attribute.
     *
     * @throws AttributeTypeException if the value is not a Boolean
     * @throws NodeNotFoundException if the node does not exist
     */
    Optional<Boolean> nodeBoolean(String id, String key);

    /**
     * Sets one attribute of the node, replacing any previous value.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    void setNodeAttribute(String id, String key, Object value);

    /**
     * Sets the given attributes of the node, all or none; attributes not named are kept.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    void updateNodeAttributes(String id, Map<String, ?> attributes);

    /**
     * Removes one attribute of the node.
     *
     * @return true if the node had the attribute
     * @throws NodeNotFoundException if the node does not exist
     */
    boolean removeNodeAttribute(String id, String key);

    /**
     * Removes the node and every edge incident to it.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    void removeNode(String id);

    /** The number of nodes. */
    int nodeCount();

    /** An immutable snapshot of the node IDs, in insertion order. */
    List<String> nodes();

    // ------------------------------------------------------------------------------------------
    // Edges

    /**
     * Adds an edge with no attributes.
     *
     * @throws NodeNotFoundException if the source or the target does not exist
     * @throws EdgeExistsException if the edge exists
     */
    void addEdge(String source, String target);

    /**
     * Adds an edge with the given attributes.
     *
     * @throws NodeNotFoundException if the source or the target does not exist
     * @throws EdgeExistsException if the edge exists
     */
    void addEdge(String source, String target, Map<String, ?> attributes);

    /**
     * Bulk construction from an edge list with attribute columns, as one atomic operation: edge
     * {@code i} goes from {@code sources.get(i)} to {@code targets.get(i)} and gets, for each
     * column, the attribute {@code key = column.get(i)}; a null entry means no such attribute.
     *
     * @throws IllegalArgumentException if the lists differ in length, or a key or value is not
     *     allowed
     * @throws NodeNotFoundException if an endpoint does not exist
     * @throws EdgeExistsException if an edge exists or is listed twice
     */
    void addEdges(
            List<String> sources, List<String> targets, Map<String, ? extends List<?>> columns);

    /**
     * Adds the edge if it is missing, then sets the given attributes on it (other attributes of an
     * existing edge are kept). The endpoints must exist.
     *
     * @return true if the edge was created, false if it existed
     * @throws NodeNotFoundException if the source or the target does not exist
     */
    boolean mergeEdge(String source, String target, Map<String, ?> attributes);

    /** Whether the edge exists; false if either endpoint does not exist. */
    boolean hasEdge(String source, String target);

    /**
     * Returns an immutable snapshot of the edge's attributes.
     *
     * @throws EdgeNotFoundException if the edge does not exist
     */
    Map<String, Object> edgeAttributes(String source, String target);

    /**
     * Returns one attribute of the edge, or empty if the edge has no such attribute.
     *
     * @throws EdgeNotFoundException if the edge does not exist
     */
    Optional<Object> edgeAttribute(String source, String target, String key);

    /** Like {@link #nodeLong}, for an edge. */
    OptionalLong edgeLong(String source, String target, String key);

    /** Like {@link #nodeDouble}, for an edge. */
    OptionalDouble edgeDouble(String source, String target, String key);

    /** Like {@link #nodeString}, for an edge. */
    Optional<String> edgeString(String source, String target, String key);

    /** Like {@link #nodeBoolean}, for an edge. */
    Optional<Boolean> edgeBoolean(String source, String target, String key);

    /**
     * Sets one attribute of the edge, replacing any previous value.
     *
     * @throws EdgeNotFoundException if the edge does not exist
     */
    void setEdgeAttribute(String source, String target, String key, Object value);

    /**
     * Sets the given attributes of the edge, all or none; attributes not named are kept.
     *
     * @throws EdgeNotFoundException if the edge does not exist
     */
    void updateEdgeAttributes(String source, String target, Map<String, ?> attributes);

    /**
     * Removes one attribute of the edge.
     *
     * @return true if the edge had the attribute
     * @throws EdgeNotFoundException if the edge does not exist
     */
    boolean removeEdgeAttribute(String source, String target, String key);

    /**
     * Removes the edge; its endpoints stay.
     *
     * @throws EdgeNotFoundException if the edge does not exist
     */
    void removeEdge(String source, String target);

    /** The number of edges. */
    int edgeCount();

    /** An immutable snapshot of the edges with their attributes, in insertion order. */
    List<Edge> edges();

    // ------------------------------------------------------------------------------------------
    // Adjacency

    /**
     * The targets of the node's outgoing edges, in the order those edges were added. On an
     * undirected graph, the same as {@link #neighbors}.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    List<String> successors(String id);

    /**
     * The sources of the node's incoming edges, in the order those edges were added. On an
     * undirected graph, the same as {@link #neighbors}.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    List<String> predecessors(String id);

    /**
     * The nodes joined to this one by an edge in either direction, each listed once: the
     * {@linkplain #successors successors} in their order, then the {@linkplain #predecessors
     * predecessors} that are not successors, in theirs. On an undirected graph, the neighbors in
     * the order their edges were added. A node with a self-loop is its own neighbor.
     *
     * @throws NodeNotFoundException if the node does not exist
     */
    List<String> neighbors(String id);

    /** {@code successors(id).size()}, without building the list. */
    int outDegree(String id);

    /** {@code predecessors(id).size()}, without building the list. */
    int inDegree(String id);

    /**
     * {@code neighbors(id).size()}: the number of distinct neighbors. On a directed graph with
     * edges both ways between two nodes this is less than {@code inDegree + outDegree}.
     */
    int degree(String id);

    // ------------------------------------------------------------------------------------------
    // Batches

    /**
     * Runs {@code operations}, which stages changes on the given {@link Batch}, then applies all of
     * them as one atomic unit. If {@code operations} throws, nothing is applied and the exception
     * propagates unchanged. If a staged operation turns out invalid when applied, nothing is
     * applied and a {@link BatchException} says which operation failed and why.
     *
     * <p>Staged operations are not visible, not even to reads inside {@code operations}, until the
     * batch is applied; other threads see all of it or none. Calls made directly on the graph
     * inside {@code operations} take effect at once and are not part of the batch.
     *
     * @throws BatchException if a staged operation is invalid
     */
    void batch(Consumer<? super Batch> operations);

    /**
     * Opens a batch to be committed explicitly; closing it without {@link Batch#commit()} discards
     * it. Meant for try-with-resources:
     *
     * <pre>{@code
     * try (Batch batch = graph.openBatch()) {
     *     batch.addNode("a").addNode("b").addEdge("a", "b");
     *     batch.commit();
     * }
     * }</pre>
     */
    Batch openBatch();

    /**
     * Runs {@code body}, which adds nodes and edges in chunks through the given {@link BulkLoad},
     * with this graph to itself: the load is one atomic unit, holding the write lock throughout, so
     * other threads see the graph as it was before or as it is after, never in between. If the body
     * throws (a {@link BatchException} from a bad row, or its own exception, such as a file
     * reader's {@link java.io.IOException}), everything it added or changed is taken back and the
     * exception propagates unchanged. The bulk path: sized once, no object per row where the store
     * can avoid one.
     *
     * <p>The body must not call this graph (or a view of it) directly: it holds the graph's lock,
     * and only the loader may touch the graph until it returns.
     *
     * @param <X> the checked exception the body may throw
     * @throws X what the body threw, after the load is undone
     */
    <X extends Exception> void bulkLoad(BulkLoad.Body<X> body) throws X;

    // ------------------------------------------------------------------------------------------
    // Topology

    /**
     * An immutable, int-indexed picture of this graph's structure, taken in one consistent state
     * under a read lock: node indices in node order, out- and in-lists in CSR form (see {@link
     * Topology}). What the algorithms of {@code io.gli.algo} run on. Time and memory linear in the
     * graph's size; the optimized backend copies its own arrays without decoding an ID.
     */
    Topology topology();

    /**
     * As {@link #topology()}, holding besides each edge's attribute {@code weightKey} as a {@code
     * double} aligned with the lists.
     *
     * @throws WeightException naming the first edge (in node order, then list order) that lacks the
     *     attribute or whose value is not a Long or a Double
     */
    Topology topology(String weightKey);

    // ------------------------------------------------------------------------------------------
    // Memory

    /**
     * What this graph's memory goes to, as its backend accounts for it: bytes per category (IDs,
     * indexes, nodes, adjacency, attributes, fixed overhead), in all and per node and per edge. A
     * consistent snapshot, taken under a read lock in time linear in the number of distinct
     * attribute values at most (no heap walk). Within 10% of a JOL measurement of everything
     * reachable from the graph, as the test kit checks on every backend.
     *
     * @throws UnsupportedOperationException if the backend lacks {@link Capability#MEMORY_PROFILE}
     */
    MemoryProfile memoryProfile();

    // ------------------------------------------------------------------------------------------
    // Queries

    /** The IDs of the nodes satisfying the predicate, in node order. */
    List<String> findNodes(Predicate<? super Node> predicate);

    /**
     * The IDs of the nodes having every one of the given attributes with an equal value (values are
     * normalized first, so {@code 1} matches a stored {@code 1L}), in node order.
     */
    List<String> findNodes(Map<String, ?> match);

    /** The edges satisfying the predicate, in edge order. */
    List<Edge> findEdges(Predicate<? super Edge> predicate);

    /** The edges having every one of the given attributes with an equal value, in edge order. */
    List<Edge> findEdges(Map<String, ?> match);

    // ------------------------------------------------------------------------------------------
    // Columns

    /**
     * Attribute {@code key} of every node, as a column in node order (the order of {@link
     * #nodes()}): a read-only view of the storage, valid until the graph is next written (see
     * {@link AttributeColumn}). A node lacking the key is absent at its position.
     */
    AttributeColumn nodeColumn(String key);

    /**
     * Attribute {@code key} of every edge, as a column in edge order (the order of {@link
     * #edges()}); like {@link #nodeColumn}.
     */
    AttributeColumn edgeColumn(String key);

    /**
     * Sets attribute {@code key} of every node at once, as one atomic operation: the {@code i}-th
     * node in node order gets {@code values.get(i)}, or loses the attribute where that is null.
     * Afterwards {@code nodeColumn(key).toList()} equals {@code values} (normalized: an Integer
     * reads back as a Long). Every value is checked before anything changes; if one is refused, or
     * the size is wrong, the graph is left as it was.
     *
     * @throws IllegalArgumentException if a value is not allowed (the message names its index and
     *     the key), or {@code values} does not have exactly {@link #nodeCount()} entries
     */
    void setNodeColumn(String key, List<?> values);

    /**
     * Like {@link #setNodeColumn}, for every edge in edge order: {@code values} has exactly {@link
     * #edgeCount()} entries.
     */
    void setEdgeColumn(String key, List<?> values);

    // ------------------------------------------------------------------------------------------
    // Streams

    /**
     * A sequential stream over a snapshot of the node IDs in node order ({@link #nodes()}); call
     * {@code parallel()} to spread it over threads. Its spliterator is {@code ORDERED}, {@code
     * SIZED}, {@code SUBSIZED}, {@code IMMUTABLE} and {@code NONNULL} and splits in halves, so
     * parallel work is even; the snapshot is unaffected by later writes, so the stream runs safely
     * while other threads write.
     */
    Stream<String> nodeStream();

    /** Like {@link #nodeStream}, over a snapshot of the edges in edge order ({@link #edges()}). */
    Stream<Edge> edgeStream();
}
