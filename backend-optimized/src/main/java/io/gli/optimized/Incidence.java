package io.gli.optimized;

import java.util.function.IntConsumer;

/**
 * Which edges touch each node: per node, lists of edge IDs kept in one {@link AdjacencyPool}, each
 * list named by a 4-byte head in an {@code int[]} indexed by node; and the searches and neighbour
 * queries that read them together with the store's edge endpoints. A store picks one of the two
 * forms once, by direction, as Guava's {@code DirectedGraphConnections} and {@code
 * UndirectedGraphConnections}: {@link DirectedIncidence} (an out-list and an in-list per node) and
 * {@link UndirectedIncidence} (one list per node). Both are final, so a call through the store's
 * field has one of two targets and stays cheap to inline.
 *
 * <p>Representation: a node's list is named by its head, an int in an array indexed by node (0 for
 * none, the edge itself for a list of one, a pair or a block otherwise; see {@link AdjacencyPool}).
 * Lists keep insertion order. {@code source.get(e)} and {@code target.get(e)} are the store's
 * endpoint arrays, shared with it and only read here; a dead edge has source -1.
 *
 * <p>Bytes: 4 per node and list for its head (spare capacity included, as the store sizes the head
 * arrays), plus the pool: nothing for an edge that is its list's only entry, 4 in a pair, otherwise
 * 4 plus its share of the block's header and spare room.
 *
 * <p>Contract: node and edge arguments are live indices (a read's node may also be -1, a node not
 * in the graph, answered as {@link io.gli.spi.GraphStore} answers it: null or -1); the store
 * removes an edge from these lists before it marks the edge dead. Reads mutate nothing and size
 * every list with {@link AdjacencyPool#checkedSize} before looping or allocating over it, so they
 * are safe under an optimistic read: torn state may throw or give a wrong answer, both of which the
 * failed validation discards. (A degree reads one list header with {@link AdjacencyPool#size}: no
 * loop to bound.) Writes run under the write lock. Not thread-safe.
 */
abstract sealed class Incidence permits DirectedIncidence, UndirectedIncidence {
    final AdjacencyPool pool;
    final ChunkedInts source;
    final ChunkedInts target;

    Incidence(int expectedEdges, ChunkedInts source, ChunkedInts target) {
        this.pool = new AdjacencyPool(2 * expectedEdges);
        this.source = source;
        this.target = target;
    }

    /** The incidence for a directed or an undirected graph, with heads for {@code nodeCapacity}. */
    static Incidence of(
            boolean directed,
            int nodeCapacity,
            int expectedEdges,
            ChunkedInts source,
            ChunkedInts target) {
        return directed
                ? new DirectedIncidence(nodeCapacity, expectedEdges, source, target)
                : new UndirectedIncidence(nodeCapacity, expectedEdges, source, target);
    }

    // ---- reads: a node argument may be -1 (no such node), answered with null or -1

    /** The ID of the edge from {@code s} to {@code t} (either way if undirected), or -1. */
    abstract int find(int s, int t);

    /** The nodes {@code n}'s out-edges lead to, one per edge, in edge order; null for -1. */
    abstract int[] successors(int n);

    /** The nodes {@code n}'s in-edges come from, one per edge, in edge order; null for -1. */
    abstract int[] predecessors(int n);

    /** Every node adjacent to {@code n}, in the contract's order; null for -1. */
    abstract int[] neighbors(int n);

    /** The head of {@code n}'s list of out-edges (of every incident edge, if undirected). */
    abstract int outList(int n);

    /** The head of {@code n}'s list of in-edges (of every incident edge, if undirected). */
    abstract int inList(int n);

    /** -1 for -1. */
    final int outDegree(int n) {
        return n < 0 ? -1 : pool.size(outList(n));
    }

    /** -1 for -1. */
    final int inDegree(int n) {
        return n < 0 ? -1 : pool.size(inList(n));
    }

    /**
     * The number of distinct neighbours (directed) or of incident edges (undirected); -1 for -1.
     */
    abstract int degree(int n);

    /**
     * The node at the {@code end} of each edge in the list at {@code head}, in list order; the size
     * is checked first (see {@link AdjacencyPool#checkedSize}).
     */
    final int[] ends(int head, ChunkedInts end) {
        int size = pool.checkedSize(head);
        int[] ends = new int[size];
        for (int i = 0; i < size; i++) {
            ends[i] = end.get(pool.get(head, i));
        }
        return ends;
    }

    // ---- writes

    /** Grows every head array to {@code capacity} nodes. */
    abstract void resize(int capacity);

    /** Gives a new node index empty lists. */
    abstract void addNode(int n);

    /** Lists edge {@code e}, from {@code s} to {@code t}, at its endpoints. */
    abstract void addEdge(int e, int s, int t);

    /**
     * Gives the list that {@link #addEdge} appends to at the source {@code s} room for {@code
     * additional} edges that are certain to follow.
     */
    abstract void reserveAtSource(int s, int additional);

    /** Unlists edge {@code e}, from {@code s} to {@code t}, at its endpoints. */
    abstract void removeEdge(int e, int s, int t);

    /**
     * Unlists every edge of {@code n} at its other endpoint, handing each to {@code killEdge} once
     * (which must mark it dead: source -1), and frees {@code n}'s lists.
     */
    abstract void removeNode(int n, IntConsumer killEdge);

    /**
     * Renumbers nodes after compaction: node {@code n} below {@code slots} moves to {@code
     * mapping[n]} (dropped if negative), into head arrays of {@code capacity}.
     */
    abstract void compactNodes(int[] mapping, int slots, int capacity);

    /**
     * Renumbers edges after compaction: every entry {@code e} of the lists of the first {@code
     * nodes} nodes becomes {@code mapping[e]}; then the pool is rebuilt without gaps.
     */
    abstract void compactEdges(int[] mapping, int nodes);

    /**
     * Rewrites each of the first {@code count} heads through the pool's {@link
     * AdjacencyPool#remap}.
     */
    final void remap(int[] heads, int[] mapping, int count) {
        for (int n = 0; n < count; n++) {
            heads[n] = pool.remap(heads[n], mapping);
        }
    }

    // ---- bytes

    /** Bytes of the head arrays, at their full length. */
    abstract long headBytes();

    /** Bytes of the lists: the pool with its segments, hub arrays and tables. */
    final long listBytes() {
        return pool.footprintBytes();
    }
}
