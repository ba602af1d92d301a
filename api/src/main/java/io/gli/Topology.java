package io.gli;

import io.gli.spi.ObjectSizes;
import java.util.List;
import java.util.Objects;

/**
 * An immutable, int-indexed picture of a graph's structure, taken in one consistent state ({@link
 * Graph#topology()}): what graph algorithms run on. Writers may go on changing the graph; the
 * picture never changes.
 *
 * <h2>Indices</h2>
 *
 * Node {@code v} (0 &le; v &lt; {@link #nodeCount()}) is the {@code v}-th node of {@link
 * Graph#nodes()} when the picture was taken. {@link #id(int)} decodes its ID only when asked;
 * {@link #indexOf(String)} maps back.
 *
 * <h2>Adjacency, in CSR form</h2>
 *
 * The out-list of {@code v} is the positions {@code outBegin(v)} (inclusive) to {@code outEnd(v)}
 * (exclusive); {@link #outTarget(int)} is the node at a position. On a directed graph the out-list
 * is {@link Graph#successors}, the in-list ({@link #inBegin}, {@link #inEnd}, {@link #inSource})
 * {@link Graph#predecessors}, both in the graph's order. On an undirected graph both lists are the
 * same list, {@link Graph#neighbors}, in its order: an edge {@code {u, v}} stands in the lists of
 * {@code u} and {@code v}, a self-loop once in its node's list. The position of an entry in the
 * out-list is the entry's <em>slot</em>: on a directed graph every edge has exactly one, numbered
 * by source in out-list order, which is how an algorithm keys per-edge data.
 *
 * <h2>Weights</h2>
 *
 * Taken with a weight key ({@link Graph#topology(String)}), the picture holds each edge's value of
 * that attribute as a {@code double}, aligned with the out-list ({@link #outWeight}) and, on a
 * directed graph, the in-list ({@link #inWeight}). Long values are converted as by a cast (exact up
 * to 2<sup>53</sup>).
 *
 * <h2>Bytes</h2>
 *
 * Offsets: 4 per node per direction, + 4; targets: 4 per edge per direction (a directed graph
 * stores each edge in an out- and an in-list, an undirected graph in both endpoints' lists): 8 per
 * node and 8 per edge, directed or undirected. Weights add 8 per list entry. The IDs are the list
 * {@link Graph#nodes()} returned, shared, not copied (on the optimized backend it decodes each ID
 * on access and costs a few dozen bytes in all); the lookup behind {@link #indexOf} is built on its
 * first call, at most 12 bytes per node. {@link #arrayBytes()} counts the arrays.
 *
 * <p>Thread-safe: reads may run from any number of threads.
 */
public final class Topology {
    private final boolean directed;
    private final List<String> ids;
    private final int nodeCount;
    private final long edgeCount;
    private final int[] outOffsets;
    private final int[] outTargets;
    private final int[] inOffsets;
    private final int[] inSources;
    private final String weightKey;
    private final double[] outWeights;
    private final double[] inWeights;

    /** Built on the first {@link #indexOf} call; racing threads may each build one, all equal. */
    private volatile IdLookup lookup;

    /**
     * A picture over arrays a backend has built, for {@link io.gli.spi.GraphStore#topology}; the
     * arrays are taken, not copied, and must not be changed afterwards. Checks their shapes and
     * that every target is a node index, in time linear in their length, so that a faulty backend
     * fails here and not inside an algorithm.
     *
     * @param directed whether the graph is directed
     * @param ids the node IDs in node order
     * @param edgeCount the number of edges (an undirected edge counted once)
     * @param outOffsets {@code ids.size() + 1} non-decreasing offsets, from 0 to the number of
     *     out-list entries
     * @param outTargets the out-list entries
     * @param inOffsets as {@code outOffsets} for the in-lists; null on an undirected graph
     * @param inSources the in-list entries; null on an undirected graph
     * @param weightKey the key the weights were read from; null for no weights
     * @param outWeights weights aligned with {@code outTargets}; null for no weights
     * @param inWeights weights aligned with {@code inSources}; null for no weights or undirected
     * @throws IllegalArgumentException if an array does not have the shape described
     */
    public Topology(
            boolean directed,
            List<String> ids,
            long edgeCount,
            int[] outOffsets,
            int[] outTargets,
            int[] inOffsets,
            int[] inSources,
            String weightKey,
            double[] outWeights,
            double[] inWeights) {
        Objects.requireNonNull(ids, "ids");
        int n = ids.size();
        checkLists("out", outOffsets, outTargets, n);
        if (directed) {
            checkLists("in", inOffsets, inSources, n);
            if (inSources.length != outTargets.length || edgeCount != outTargets.length) {
                throw Errors.badTopology(
                        "a directed graph has one out- and one in-entry per edge; got "
                                + outTargets.length
                                + " out, "
                                + inSources.length
                                + " in, for "
                                + edgeCount
                                + " edges");
            }
        } else if (inOffsets != null || inSources != null || inWeights != null) {
            throw Errors.badTopology("an undirected graph has no separate in-lists");
        } else {
            long selfLoops = 0;
            for (int v = 0; v < n; v++) {
                for (int i = outOffsets[v]; i < outOffsets[v + 1]; i++) {
                    selfLoops += outTargets[i] == v ? 1 : 0;
                }
            }
            if (outTargets.length != 2 * edgeCount - selfLoops) {
                throw Errors.badTopology(
                        "an undirected graph lists each edge at both ends, a self-loop once; got "
                                + outTargets.length
                                + " entries with "
                                + selfLoops
                                + " self-loops, for "
                                + edgeCount
                                + " edges");
            }
        }
        if ((weightKey == null) != (outWeights == null)
                || (directed && (weightKey == null) != (inWeights == null))) {
            throw Errors.badTopology("weights go with a weight key, and a key with weights");
        }
        checkWeights("out", outWeights, outTargets);
        if (directed) {
            checkWeights("in", inWeights, inSources);
        }
        this.directed = directed;
        this.ids = ids;
        this.nodeCount = n;
        this.edgeCount = edgeCount;
        this.outOffsets = outOffsets;
        this.outTargets = outTargets;
        // an undirected graph's in-lists are its out-lists: one array, read under both names
        this.inOffsets = directed ? inOffsets : outOffsets;
        this.inSources = directed ? inSources : outTargets;
        this.weightKey = weightKey;
        this.outWeights = outWeights;
        this.inWeights = directed ? inWeights : outWeights;
    }

    private static void checkLists(String direction, int[] offsets, int[] entries, int n) {
        if (offsets == null || entries == null) {
            throw Errors.badTopology(direction + "-lists are missing");
        }
        if (offsets.length != n + 1 || offsets[0] != 0 || offsets[n] != entries.length) {
            throw Errors.badTopology(
                    direction
                            + "-offsets must run from 0 to the number of entries, one per node"
                            + " and one more");
        }
        for (int v = 0; v < n; v++) {
            if (offsets[v] > offsets[v + 1]) {
                throw Errors.badTopology(direction + "-offsets decrease at node " + v);
            }
        }
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] < 0 || entries[i] >= n) {
                throw Errors.badTopology(
                        direction + "-entry " + i + " is " + entries[i] + ", not a node index");
            }
        }
    }

    private static void checkWeights(String direction, double[] weights, int[] entries) {
        if (weights != null && weights.length != entries.length) {
            throw Errors.badTopology(direction + "-weights are not aligned with the entries");
        }
    }

    /** Whether the graph is directed. */
    public boolean isDirected() {
        return directed;
    }

    /** The number of nodes. */
    public int nodeCount() {
        return nodeCount;
    }

    /** The number of edges, an undirected edge counted once. */
    public long edgeCount() {
        return edgeCount;
    }

    /** The ID of node {@code v}. */
    public String id(int v) {
        return ids.get(Objects.checkIndex(v, nodeCount)); // a store's list may throw unexplained
    }

    /** The node IDs in index order (the graph's node order when the picture was taken). */
    public List<String> ids() {
        return ids;
    }

    /**
     * The index of the node with this ID, or -1 if the picture has none. The first call builds a
     * lookup table (decoding every ID once); later calls are a hash probe.
     *
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is empty (no node has that ID)
     */
    public int indexOf(String id) {
        Errors.requireId(id, "id");
        IdLookup table = lookup;
        if (table == null) {
            table = new IdLookup(ids);
            lookup = table;
        }
        return table.indexOf(id);
    }

    /**
     * The index of the node with this ID.
     *
     * @throws NodeNotFoundException if the picture has no such node
     */
    public int requireIndex(String id) {
        int v = indexOf(id);
        if (v < 0) {
            throw new NodeNotFoundException(id);
        }
        return v;
    }

    // Every accessor checks its index itself: the offsets arrays have one entry more than there are
    // nodes, so their own check would let v = nodeCount() (and, in the End methods, -1) through,
    // and a hot array access that fails often loses its message to the JIT's fast throw. C2 folds
    // Objects.checkIndex into the array's own bounds check.

    /** The first position of {@code v}'s out-list. */
    public int outBegin(int v) {
        return outOffsets[Objects.checkIndex(v, nodeCount)];
    }

    /** The position after the last of {@code v}'s out-list. */
    public int outEnd(int v) {
        return outOffsets[Objects.checkIndex(v, nodeCount) + 1];
    }

    /** The number of entries in {@code v}'s out-list. */
    public int outDegree(int v) {
        int at = Objects.checkIndex(v, nodeCount);
        return outOffsets[at + 1] - outOffsets[at];
    }

    // The list accessors check i too: an implicit array bounds exception may lose its message once
    // the JIT compiles the method (the JVM's fast throw), and the message must name the index.

    /** The node at position {@code i} of the out-lists. */
    public int outTarget(int i) {
        return outTargets[Objects.checkIndex(i, outTargets.length)];
    }

    /** The first position of {@code v}'s in-list (its out-list on an undirected graph). */
    public int inBegin(int v) {
        return inOffsets[Objects.checkIndex(v, nodeCount)];
    }

    /** The position after the last of {@code v}'s in-list. */
    public int inEnd(int v) {
        return inOffsets[Objects.checkIndex(v, nodeCount) + 1];
    }

    /** The number of entries in {@code v}'s in-list. */
    public int inDegree(int v) {
        int at = Objects.checkIndex(v, nodeCount);
        return inOffsets[at + 1] - inOffsets[at];
    }

    /** The node at position {@code i} of the in-lists. */
    public int inSource(int i) {
        return inSources[Objects.checkIndex(i, inSources.length)];
    }

    /** The number of entries of all out-lists: the edge count on a directed graph. */
    public int outEntries() {
        return outTargets.length;
    }

    /** Whether the picture holds weights. */
    public boolean hasWeights() {
        return weightKey != null;
    }

    /** The attribute key the weights were read from, or null. */
    public String weightKey() {
        return weightKey;
    }

    /**
     * The weight at position {@code i} of the out-lists.
     *
     * @throws IllegalStateException if the picture holds no weights
     */
    public double outWeight(int i) {
        double[] weights = weights(outWeights);
        return weights[Objects.checkIndex(i, weights.length)];
    }

    /** The weight at position {@code i} of the in-lists; as {@link #outWeight}. */
    public double inWeight(int i) {
        double[] weights = weights(inWeights);
        return weights[Objects.checkIndex(i, weights.length)];
    }

    private static double[] weights(double[] weights) {
        if (weights == null) {
            throw Errors.noWeights();
        }
        return weights;
    }

    /** The bytes of the picture's arrays (offsets, entries, weights), headers included. */
    public long arrayBytes() {
        long bytes = intArray(outOffsets) + intArray(outTargets) + doubleArray(outWeights);
        if (directed) {
            bytes += intArray(inOffsets) + intArray(inSources) + doubleArray(inWeights);
        }
        return bytes;
    }

    private static long intArray(int[] a) {
        return a == null ? 0 : ObjectSizes.of(a);
    }

    private static long doubleArray(double[] a) {
        return a == null ? 0 : ObjectSizes.array(a.length, Double.BYTES);
    }

    @Override
    public String toString() {
        return (directed ? "directed" : "undirected")
                + " topology of "
                + nodeCount()
                + " nodes and "
                + edgeCount
                + " edges"
                + (weightKey == null ? "" : ", weighted by " + Errors.quote(weightKey));
    }
}
