package io.gli.optimized;

import io.gli.Topology;
import io.gli.spi.StoreColumn;
import io.gli.spi.Weights;
import java.util.Arrays;
import java.util.List;

/**
 * Copies the optimized store's structure into a {@link Topology}, reading its arrays directly: no
 * String per edge, no ID decoded (the topology's IDs are an {@link IdList} over the node slots, as
 * {@code nodes()} returns, which decodes on access), no map lookup.
 *
 * <p>What it copies. Topology node {@code v} is the {@code v}-th live node index; while some node
 * is dead (removed, not yet compacted) a renumbering array maps node indices to topology indices,
 * otherwise they are equal and none is made. Each node's list of edge IDs in the {@link
 * AdjacencyPool} (out-list, in-list; the one list of an undirected node) is copied by one array
 * copy into the entries, then each edge ID is replaced by its other end's topology index, read from
 * the store's endpoint arrays: so a list reads exactly as {@code successors}, {@code predecessors}
 * or (undirected) {@code neighbors} do, in the same order, a self-loop once in an undirected list.
 * Dead edges are in no list, so they need no care.
 *
 * <p>Weights are read per entry from the edge's attribute set through the key's {@link
 * AttributeSets.KeyReader} (the set's kind by its shape, then the payload of the Long or Double
 * column), without boxing, before the edge ID is replaced. Anything else takes the slow path,
 * {@link Weights#of}, which throws naming the edge, the key and the value: the first such entry in
 * node order then list order, the out-lists before the in-lists, so the edge named is the one
 * {@link io.gli.Graph#topology(String)} promises.
 *
 * <p>Cost: time linear in nodes plus edges; per list entry one array copy share, one or two reads
 * of the endpoint chunks (a random access: the edge IDs of a list are in the order the edges were
 * added) and, with dead nodes, one read of the renumbering array; weights add a shape and a column
 * read per entry. Memory: the topology's arrays at exactly their length (4 B per node and direction
 * plus 4, 4 B per list entry, 8 B per entry for weights); besides, transiently, 4 B per node index
 * for the renumbering (only with dead nodes) and, on an undirected graph with self-loops, the
 * entries once more while they are trimmed. The ID list holds the live indices (4 B per node) only
 * when some node is dead, as {@code nodes()} does.
 *
 * <p>Runs under the store's read lock: it trusts every head and size it reads.
 */
final class TopologyCopy {
    private final NodeIndex nodes;
    private final Incidence incidence;
    private final AdjacencyPool pool;
    private final ChunkedInts source;
    private final ChunkedInts target;

    /** The edges' attribute set IDs; null while no edge has attributes. */
    private final int[] edgeSets;

    private final AttributeSets sets;

    /** Node index of each topology index; null while no node is dead (then they are equal). */
    private final int[] live;

    /** Topology index of each node index, -1 for a dead one; null while no node is dead. */
    private final int[] position;

    /** Topology nodes: the live node indices. */
    private final int n;

    private TopologyCopy(NodeIndex nodes, Incidence incidence, int[] edgeSets, AttributeSets sets) {
        this.nodes = nodes;
        this.incidence = incidence;
        this.pool = incidence.pool;
        this.source = incidence.source;
        this.target = incidence.target;
        this.edgeSets = edgeSets;
        this.sets = sets;
        n = nodes.size();
        if (nodes.deadCount() == 0) {
            live = null;
            position = null;
        } else {
            int slots = nodes.slots();
            live = new int[n];
            position = new int[slots];
            int v = 0;
            for (int slot = 0; slot < slots; slot++) {
                if (nodes.isLive(slot)) {
                    live[v] = slot;
                    position[slot] = v++;
                } else {
                    position[slot] = -1;
                }
            }
        }
    }

    /**
     * The topology of the store made of these structures: {@code edgeCount} live edges, {@code
     * edgeSets} their attribute set IDs (null if none has attributes), weights from {@code
     * weightKey} (null for none). Directed or not as {@code incidence} is.
     *
     * @throws io.gli.WeightException if an edge lacks {@code weightKey} or its value is no number
     */
    static Topology copy(
            NodeIndex nodes,
            Incidence incidence,
            int edgeCount,
            int[] edgeSets,
            AttributeSets sets,
            String weightKey) {
        return new TopologyCopy(nodes, incidence, edgeSets, sets).copy(edgeCount, weightKey);
    }

    private Topology copy(int edgeCount, String weightKey) {
        List<String> ids = nodes.ids(live, n);
        AttributeSets.KeyReader weights = weightKey == null ? null : sets.reader(weightKey);
        boolean directed = incidence instanceof DirectedIncidence;
        int[] outOffsets = new int[n + 1];
        // A directed graph lists each edge once per direction; an undirected one at both ends,
        // a self-loop once: trimmed below.
        int[] outTargets =
                edgeIds(true, outOffsets, directed ? edgeCount : Math.multiplyExact(2, edgeCount));
        double[] outWeights =
                weights == null ? null : weights(outOffsets, outTargets, weights, weightKey, true);
        if (!directed) {
            toNeighbors(outOffsets, outTargets);
            return new Topology(
                    false,
                    ids,
                    edgeCount,
                    outOffsets,
                    outTargets,
                    null,
                    null,
                    weightKey,
                    outWeights,
                    null);
        }
        toEnds(outTargets, target);
        int[] inOffsets = new int[n + 1];
        int[] inSources = edgeIds(false, inOffsets, edgeCount);
        double[] inWeights =
                weights == null ? null : weights(inOffsets, inSources, weights, weightKey, false);
        toEnds(inSources, source);
        return new Topology(
                true,
                ids,
                edgeCount,
                outOffsets,
                outTargets,
                inOffsets,
                inSources,
                weightKey,
                outWeights,
                inWeights);
    }

    private int slot(int v) {
        return live == null ? v : live[v];
    }

    /**
     * Every node's out-lists ({@code out}) or in-lists of edge IDs, concatenated in node order, at
     * most {@code capacity} entries; fills {@code offsets}.
     */
    private int[] edgeIds(boolean out, int[] offsets, int capacity) {
        int[] entries = new int[capacity];
        int k = 0;
        for (int v = 0; v < n; v++) {
            int slot = slot(v);
            k += pool.copyTo(out ? incidence.outList(slot) : incidence.inList(slot), entries, k);
            offsets[v + 1] = k;
        }
        return k == capacity ? entries : Arrays.copyOf(entries, k);
    }

    /** Replaces each edge ID of a directed list by its {@code end}'s topology index. */
    private void toEnds(int[] entries, ChunkedInts end) {
        int[] at = position;
        if (at == null) {
            for (int i = 0; i < entries.length; i++) {
                entries[i] = end.get(entries[i]);
            }
        } else {
            for (int i = 0; i < entries.length; i++) {
                entries[i] = at[end.get(entries[i])];
            }
        }
    }

    /** Replaces each edge ID of an undirected list by its other end's topology index. */
    private void toNeighbors(int[] offsets, int[] entries) {
        int[] at = position;
        for (int v = 0; v < n; v++) {
            int slot = slot(v);
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                int e = entries[i];
                int other = target.get(e);
                if (other == slot) {
                    other = source.get(e); // the node itself for a self-loop
                }
                entries[i] = at == null ? other : at[other];
            }
        }
    }

    /**
     * The weight of each edge ID of the lists; {@code out}: the list's node is the edge's source
     * (or, undirected, the end named first), else its target.
     */
    private double[] weights(
            int[] offsets, int[] edges, AttributeSets.KeyReader reader, String key, boolean out) {
        AttrColumn longs = reader.column(AttrColumn.LONG);
        AttrColumn doubles = reader.column(AttrColumn.DOUBLE);
        int[] setIds = edgeSets;
        double[] weights = new double[edges.length];
        for (int v = 0; v < n; v++) {
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                int e = edges[i];
                int set = setIds == null ? AttributeSets.EMPTY : setIds[e];
                int kind = reader.kind(set);
                if (kind == StoreColumn.DOUBLE) {
                    weights[i] = Double.longBitsToDouble(doubles.payload(set));
                } else if (kind == StoreColumn.LONG) {
                    weights[i] = longs.payload(set);
                } else {
                    weights[i] = badWeight(v, e, reader, key, set, kind, out);
                }
            }
        }
        return weights;
    }

    /** What {@link Weights#of} says of a value that is missing or not a number: it throws. */
    private double badWeight(
            int v,
            int e,
            AttributeSets.KeyReader reader,
            String key,
            int set,
            int kind,
            boolean out) {
        int slot = slot(v);
        int other = out ? target.get(e) : source.get(e);
        if (other == slot) {
            other = out ? source.get(e) : target.get(e); // undirected: the end that is not v
        }
        String self = nodes.id(slot);
        String that = nodes.id(other);
        Object value = kind == StoreColumn.ABSENT ? null : reader.value(set, kind - 1);
        return out ? Weights.of(self, that, key, value) : Weights.of(that, self, key, value);
    }
}
