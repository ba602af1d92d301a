package io.gli.spi;

import io.gli.Edge;
import io.gli.Node;
import io.gli.Topology;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The storage of one graph, as a backend implements it. The API layer in front of the store has
 * already checked every argument (IDs non-empty, attribute maps normalized into immutable maps of
 * allowed values) and every precondition a method states, and it calls the store only inside its
 * {@link #synchronizer()}: reads in {@code read}, changes in {@code write}. A store therefore
 * neither validates nor locks; it stores.
 *
 * <p>Everything a store returns must be immutable and must not change after it is returned (a
 * snapshot), except a {@link StoreColumn}, which may be a view valid until the store's next change.
 * Orders are those of the {@link io.gli.Graph} contract: nodes and edges in insertion order,
 * successors and predecessors in the order of their edges.
 *
 * <p>On an undirected graph a store treats {@code (a, b)} and {@code (b, a)} as the same edge in
 * every edge method, and reports an edge in {@link #edges()} in the orientation it was added.
 */
public interface GraphStore {

    /** How reads and writes of this store are guarded. */
    Synchronizer synchronizer();

    // ---- nodes

    int nodeCount();

    /**
     * The store's own accounting of its memory, bytes per category (missing categories count 0),
     * everything it holds counted once: see {@link io.gli.MemoryProfile} for what each category
     * covers and {@link ObjectSizes} for the JVM's object layout. Called under the read lock of
     * {@link Synchronizer#readAll}. A store that cannot account for itself leaves {@link
     * io.gli.Capability#MEMORY_PROFILE} out of its backend's capabilities; the default throws
     * {@link UnsupportedOperationException}.
     */
    default Map<io.gli.MemoryProfile.Category, Long> footprint() {
        throw new UnsupportedOperationException("this store does not report its memory");
    }

    /**
     * A hint, given under the write lock before a batch or bulk add, that up to {@code
     * additionalNodes} nodes and {@code additionalEdges} edges are about to be added: a store may
     * grow its tables once now instead of step by step. It must not change what the store holds,
     * and the adds may turn out fewer (a failing batch adds none). The default does nothing.
     */
    default void reserve(int additionalNodes, int additionalEdges) {}

    boolean containsNode(String id);

    /** Precondition: the node does not exist. {@code attributes} is immutable and may be kept. */
    void addNode(String id, Map<String, Object> attributes);

    /**
     * Adds the node unless it exists, in one step (a store can look the ID up once); returns
     * whether it added it. The default checks, then adds.
     */
    default boolean addNodeIfAbsent(String id, Map<String, Object> attributes) {
        if (containsNode(id)) {
            return false;
        }
        addNode(id, attributes);
        return true;
    }

    /** Precondition: the node exists. Removes it and every incident edge. */
    void removeNode(String id);

    /** A snapshot of the node's attributes, or null if the node does not exist. */
    Map<String, Object> nodeAttributes(String id);

    /** One attribute's value, or null if the node or the attribute does not exist. */
    Object nodeAttribute(String id, String key);

    /**
     * One attribute's value, null if the node lacks the attribute, or {@code missingNode} if there
     * is no such node: a read that tells the two apart with one lookup of the node. The default
     * looks the node up a second time when the value is null.
     */
    default Object nodeValue(String id, String key, Object missingNode) {
        Object value = nodeAttribute(id, key);
        return value == null && !containsNode(id) ? missingNode : value;
    }

    /**
     * One attribute's value if it is a {@code Long}, unboxed; otherwise (no such node, no such
     * attribute, a value of another type) {@code otherwise}. A columnar store answers without
     * boxing; the API layer calls it for {@link io.gli.Graph#nodeLong} and resolves the rare {@code
     * otherwise} through {@link #nodeAttribute}. The default goes through {@link #nodeAttribute}.
     */
    default long nodeLong(String id, String key, long otherwise) {
        return nodeAttribute(id, key) instanceof Long value ? value : otherwise;
    }

    /** Precondition: the node exists. Sets each given attribute, keeping the others. */
    void putNodeAttributes(String id, Map<String, Object> attributes);

    /** Precondition: the node exists. Returns whether it had the attribute. */
    boolean removeNodeAttribute(String id, String key);

    /** A snapshot of the node IDs in insertion order. */
    List<String> nodes();

    /** Passes every node with its attributes, in insertion order, to {@code action}. */
    default void forEachNode(Consumer<? super Node> action) {
        for (String id : nodes()) {
            action.accept(new Node(id, nodeAttributes(id)));
        }
    }

    // ---- edges

    int edgeCount();

    /** Whether the edge exists; false if an endpoint does not exist. */
    boolean containsEdge(String source, String target);

    /**
     * Precondition: both endpoints exist and the edge does not. {@code attributes} is immutable and
     * may be kept.
     */
    void addEdge(String source, String target, Map<String, Object> attributes);

    /** {@link #addEdgeIfAbsent} added the edge. */
    int EDGE_ADDED = 0;

    /** {@link #addEdgeIfAbsent} found no source node. */
    int SOURCE_MISSING = 1;

    /** {@link #addEdgeIfAbsent} found no target node. */
    int TARGET_MISSING = 2;

    /** {@link #addEdgeIfAbsent} found the edge already there. */
    int EDGE_EXISTS = 3;

    /**
     * Adds the edge if both endpoints exist and it does not, in one step (a store can look each
     * endpoint up once); returns {@link #EDGE_ADDED} or what stopped it, checked in that order:
     * source, target, edge. The default checks, then adds.
     */
    default int addEdgeIfAbsent(String source, String target, Map<String, Object> attributes) {
        if (!containsNode(source)) {
            return SOURCE_MISSING;
        }
        if (!containsNode(target)) {
            return TARGET_MISSING;
        }
        if (containsEdge(source, target)) {
            return EDGE_EXISTS;
        }
        addEdge(source, target, attributes);
        return EDGE_ADDED;
    }

    /** Precondition: the edge exists. */
    void removeEdge(String source, String target);

    /** A snapshot of the edge's attributes, or null if the edge does not exist. */
    Map<String, Object> edgeAttributes(String source, String target);

    /** One attribute's value, or null if the edge or the attribute does not exist. */
    Object edgeAttribute(String source, String target, String key);

    /**
     * As {@link #nodeValue}, for an edge's attribute: {@code missingEdge} if there is no such edge.
     */
    default Object edgeValue(String source, String target, String key, Object missingEdge) {
        Object value = edgeAttribute(source, target, key);
        return value == null && !containsEdge(source, target) ? missingEdge : value;
    }

    /** As {@link #nodeLong}, for an edge's attribute. */
    default long edgeLong(String source, String target, String key, long otherwise) {
        return edgeAttribute(source, target, key) instanceof Long value ? value : otherwise;
    }

    /** Precondition: the edge exists. Sets each given attribute, keeping the others. */
    void putEdgeAttributes(String source, String target, Map<String, Object> attributes);

    /** Precondition: the edge exists. Returns whether it had the attribute. */
    boolean removeEdgeAttribute(String source, String target, String key);

    /** A snapshot of the edges with their attributes, in insertion order. */
    List<Edge> edges();

    /** Passes every edge, in insertion order, to {@code action}. */
    default void forEachEdge(Consumer<? super Edge> action) {
        edges().forEach(action);
    }

    // ---- bulk adds: the path of Graph.addNodes, Graph.addEdges and Graph.bulkLoad

    /**
     * Adds the nodes {@code ids.get(0)} to {@code ids.get(count - 1)} in order, node {@code i} with
     * the attribute {@code keys[k] = columns[k][i]} for every column whose entry {@code i} is not
     * null. A row whose node exists (before the call, or added by an earlier row) is passed over if
     * {@code skipExisting}; otherwise the call stops there. Rows are given as columns so that a
     * store can add them without an object per row.
     *
     * <p>Preconditions (the API layer has checked them): the IDs are valid, {@code keys} are
     * distinct valid keys, each column has at least {@code count} entries, each null or a
     * normalized value. A store may keep the values, not the arrays.
     *
     * <p>The default adds row by row through {@link #addNodeIfAbsent}, one attribute map per row
     * that has attributes.
     *
     * @return {@code count} if every row was added or passed over; otherwise the row whose node
     *     exists, every row before it added (the caller takes them back with {@link #truncate})
     */
    default int addNodes(
            List<String> ids, int count, String[] keys, Object[][] columns, boolean skipExisting) {
        for (int i = 0; i < count; i++) {
            if (!addNodeIfAbsent(ids.get(i), BulkRows.row(keys, columns, i)) && !skipExisting) {
                return i;
            }
        }
        return count;
    }

    /**
     * Adds the edges from {@code sources.get(i)} to {@code targets.get(i)}, for {@code i < count}
     * in order, with attributes as for {@link #addNodes}. A row whose edge exists (on an undirected
     * store, either way round) is passed over if {@code skipExisting}; a row with an endpoint
     * missing, or whose edge exists while not {@code skipExisting}, stops the call. Endpoints are
     * never created.
     *
     * <p>Preconditions as for {@link #addNodes}; the IDs are valid and every self-loop allowed. The
     * default adds row by row through {@link #addEdgeIfAbsent}.
     *
     * @return {@code count} if every row was added or passed over; otherwise the row that stopped
     *     the call, every row before it added (the caller finds out why, and takes them back with
     *     {@link #truncate})
     */
    default int addEdges(
            List<String> sources,
            List<String> targets,
            int count,
            String[] keys,
            Object[][] columns,
            boolean skipExisting) {
        for (int i = 0; i < count; i++) {
            int outcome =
                    addEdgeIfAbsent(sources.get(i), targets.get(i), BulkRows.row(keys, columns, i));
            if (outcome != EDGE_ADDED && !(outcome == EDGE_EXISTS && skipExisting)) {
                return i;
            }
        }
        return count;
    }

    /**
     * As {@link #addEdges(List, List, int, String[], Object[][], boolean)}, with the endpoints of
     * row {@code i} given as positions in {@code ids}: from {@code ids.get(sourceIndices[i])} to
     * {@code ids.get(targetIndices[i])}. Preconditions besides: every index lies within {@code
     * ids}, and every entry a row names is a valid ID (several may be equal; an entry no row names
     * may be anything, null included). A store resolves each of {@code ids} once and then works on
     * numbers; the default goes through the ID form.
     */
    default int addEdges(
            List<String> ids,
            int[] sourceIndices,
            int[] targetIndices,
            int count,
            String[] keys,
            Object[][] columns,
            boolean skipExisting) {
        return addEdges(
                BulkRows.indexed(ids, sourceIndices, count),
                BulkRows.indexed(ids, targetIndices, count),
                count,
                keys,
                columns,
                skipExisting);
    }

    /**
     * Takes back the newest adds: removes edges, newest first, until {@link #edgeCount()} is {@code
     * edges}, then nodes, newest first, until {@link #nodeCount()} is {@code nodes}; what a failed
     * bulk add or bulk load calls. Precondition: the counts are at most the current ones, and every
     * edge at a node to be removed is among the edges to be removed (true of what a bulk load
     * added, since it removes nothing). The default finds them through {@link #edges()} and {@link
     * #nodes()}: it is the failure path, where speed matters less.
     */
    default void truncate(int nodes, int edges) {
        if (edgeCount() > edges) {
            List<Edge> all = edges();
            for (int i = all.size() - 1; i >= edges; i--) {
                removeEdge(all.get(i).source(), all.get(i).target());
            }
        }
        if (nodeCount() > nodes) {
            List<String> all = nodes();
            for (int i = all.size() - 1; i >= nodes; i--) {
                removeNode(all.get(i));
            }
        }
    }

    // ---- columns

    /**
     * The attribute {@code key} of every node, in node order. The default copies the values through
     * {@link #nodes()} and {@link #nodeAttribute}; a store with a columnar layout returns a view of
     * its own storage instead (see {@link StoreColumn} for what a view may assume).
     */
    default StoreColumn nodeColumn(String key) {
        List<String> ids = nodes();
        Object[] values = new Object[ids.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = nodeAttribute(ids.get(i), key);
        }
        return ArrayColumn.of(values, ids, null);
    }

    /** The attribute {@code key} of every edge, in edge order; like {@link #nodeColumn}. */
    default StoreColumn edgeColumn(String key) {
        List<Edge> all = edges();
        Object[] values = new Object[all.size()];
        String[] sources = new String[values.length];
        String[] targets = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            Edge edge = all.get(i);
            values[i] = edge.attributes().get(key);
            sources[i] = edge.source();
            targets[i] = edge.target();
        }
        return ArrayColumn.of(values, Arrays.asList(sources), Arrays.asList(targets));
    }

    /**
     * Sets attribute {@code key} of the {@code i}-th node (in node order) to {@code values[i]}, or
     * removes it where {@code values[i]} is null. Precondition: {@code values} has exactly {@link
     * #nodeCount()} entries, each null or a normalized value. The default goes through {@link
     * #putNodeAttributes} and {@link #removeNodeAttribute}.
     */
    default void putNodeColumn(String key, Object[] values) {
        List<String> ids = nodes();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                removeNodeAttribute(ids.get(i), key);
            } else {
                putNodeAttributes(ids.get(i), Map.of(key, values[i]));
            }
        }
    }

    /**
     * Like {@link #putNodeColumn}, for the edges in edge order ({@code values} has {@link
     * #edgeCount()} entries).
     */
    default void putEdgeColumn(String key, Object[] values) {
        List<Edge> all = edges();
        for (int i = 0; i < values.length; i++) {
            Edge edge = all.get(i);
            if (values[i] == null) {
                removeEdgeAttribute(edge.source(), edge.target(), key);
            } else {
                putEdgeAttributes(edge.source(), edge.target(), Map.of(key, values[i]));
            }
        }
    }

    // ---- topology

    /**
     * {@link io.gli.Graph#topology(String)}: the store's structure as int-indexed lists (see {@link
     * Topology}) for a graph of direction {@code directed} (as the store was opened with), with
     * each edge's attribute {@code weightKey} as a weight, or none if {@code weightKey} is null.
     * Called under the read lock of {@link Synchronizer#readAll}. The default builds it from {@link
     * #nodes()}, the adjacency reads and {@link #edgeAttribute}, which is correct on any store; a
     * store with arrays of its own copies them instead into {@link Topology}'s constructor, and
     * reads weights through {@link Weights#of}.
     */
    default Topology topology(boolean directed, String weightKey) {
        return TopologyBuilder.build(this, directed, weightKey);
    }

    // ---- adjacency: as Graph's, but null (a count: -1) where the node does not exist

    /** {@link io.gli.Graph#successors}, or null. */
    List<String> successors(String id);

    /** {@link io.gli.Graph#outDegree}, or -1. */
    int outDegree(String id);

    /** {@link io.gli.Graph#predecessors}, or null. */
    List<String> predecessors(String id);

    /** {@link io.gli.Graph#inDegree}, or -1. */
    int inDegree(String id);

    /**
     * {@link io.gli.Graph#neighbors}, or null. The order is defined as it is so that a store need
     * not remember how a node's in- and out-edges interleave in time.
     */
    List<String> neighbors(String id);

    /** {@link io.gli.Graph#degree}, or -1. */
    int degree(String id);
}
