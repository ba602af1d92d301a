package io.gli;

import java.util.List;
import java.util.Map;

/**
 * The writer a {@link Graph#bulkLoad} body fills a graph through: nodes and edges added in chunks
 * of columns, the way a file reader streams them, all of which the graph applies as one atomic
 * unit.
 *
 * <p>Each call is atomic in itself: it adds all of its rows or, throwing a {@link BatchException}
 * whose {@linkplain BatchException#operationIndex() index} is the offending row within the call,
 * none of them. The whole load is atomic too: if the body throws, everything every call added or
 * changed is taken back before the exception leaves {@link Graph#bulkLoad}. Rows meet the state the
 * earlier rows and calls left, so an edge may name a node added earlier in the same load.
 *
 * <p>Columns are as for {@link Graph#addNodes(List, Map)}: one list per attribute key, aligned with
 * the rows, a null entry meaning "this row has no such attribute"; values are normalized and
 * checked like any attribute value. A loader may be used only inside the body that received it, and
 * only from that body's thread.
 */
public interface BulkLoad {
    /** What a row does when its node or edge already exists. */
    enum OnDuplicate {
        /** The row fails with {@link NodeExistsException} or {@link EdgeExistsException}. */
        FAIL,
        /** The row is ignored; the existing element keeps its attributes. */
        SKIP,
        /** The row's attributes are set on the existing element (the others are kept). */
        MERGE
    }

    /**
     * A hint that about {@code nodes} more nodes and {@code edges} more edges are coming, so that
     * the store can size its tables once (from a file's header, say). Changes nothing visible.
     *
     * @throws IllegalArgumentException if either is negative
     */
    void expect(long nodes, long edges);

    /**
     * Adds one node per ID, in order, with the attributes of its row of {@code columns}.
     *
     * @throws BatchException naming the first row that cannot be added (its ID invalid, a value
     *     invalid, or, under {@link OnDuplicate#FAIL}, the node already there or repeated)
     * @throws IllegalArgumentException if a column's length differs from the IDs'
     */
    void addNodes(
            List<String> ids, Map<String, ? extends List<?>> columns, OnDuplicate onDuplicate);

    /**
     * Adds one edge per row, from {@code sources.get(i)} to {@code targets.get(i)}, with the
     * attributes of row {@code i} of {@code columns}. Endpoints are never created.
     *
     * @throws BatchException naming the first row that cannot be added (an endpoint missing, a
     *     self-loop the backend lacks, a value invalid, or, under {@link OnDuplicate#FAIL}, the
     *     edge already there or repeated; on an undirected graph {@code (b, a)} repeats {@code (a,
     *     b)})
     * @throws IllegalArgumentException if the lists' lengths differ
     */
    void addEdges(
            List<String> sources,
            List<String> targets,
            Map<String, ? extends List<?>> columns,
            OnDuplicate onDuplicate);

    /**
     * As {@link #addEdges(List, List, Map, OnDuplicate)}, with the endpoints of row {@code i} given
     * as positions in {@code ids}: from {@code ids.get(sourceIndices[i])} to {@code
     * ids.get(targetIndices[i])}, for {@code i < count}. The form for a reader whose file numbers
     * its nodes (a snapshot): the store resolves each ID once, not once per edge.
     *
     * @throws IndexOutOfBoundsException if {@code count} exceeds an array's length or an index is
     *     outside {@code ids}
     */
    void addEdges(
            List<String> ids,
            int[] sourceIndices,
            int[] targetIndices,
            int count,
            Map<String, ? extends List<?>> columns,
            OnDuplicate onDuplicate);

    /** Whether the node exists now: in the graph before the load, or added by it. */
    boolean hasNode(String id);

    /** Whether the edge exists now. */
    boolean hasEdge(String source, String target);

    /** The number of nodes now. */
    int nodeCount();

    /** The number of edges now. */
    int edgeCount();

    /**
     * The body of a {@link Graph#bulkLoad}: what fills the graph, allowed to throw a checked
     * exception (a reader's {@link java.io.IOException}), which aborts the load.
     *
     * @param <X> the checked exception the body may throw
     */
    @FunctionalInterface
    interface Body<X extends Exception> {
        /** Adds through {@code load}; throwing undoes all of it. */
        void load(BulkLoad load) throws X;
    }
}
