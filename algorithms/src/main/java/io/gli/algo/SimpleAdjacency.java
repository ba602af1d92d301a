package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;

/**
 * The simple undirected graph underlying a topology, as sorted CSR lists: {@code u} and {@code v}
 * are neighbors if an edge joins them in either direction; self-loops are left out. What triangle
 * counting, clustering and cores run on.
 *
 * <p>Representation: {@code offsets} ({@code n + 1} ints) and {@code neighbors} (the lists, each
 * sorted by node index, no repeats): 4 bytes per node and 4 per list entry, 8 per undirected edge.
 */
final class SimpleAdjacency {
    final int[] offsets;
    final int[] neighbors;

    private SimpleAdjacency(int[] offsets, int[] neighbors) {
        this.offsets = offsets;
        this.neighbors = neighbors;
    }

    /** The underlying simple graph of {@code topology}. */
    static SimpleAdjacency of(Topology topology, String algorithm) {
        int n = topology.nodeCount();
        boolean directed = topology.isDirected();
        long total = 0;
        for (int v = 0; v < n; v++) {
            total += topology.outDegree(v) + (directed ? topology.inDegree(v) : 0);
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "the graph has " + total + " list entries; at most 2^31 are supported");
        }
        int[] entries = new int[(int) total];
        int[] offsets = new int[n + 1];
        int w = 0;
        for (int v = 0; v < n; v++) {
            if ((v & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(algorithm);
            }
            int begin = w;
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                entries[w++] = topology.outTarget(i);
            }
            if (directed) {
                for (int i = topology.inBegin(v), end = topology.inEnd(v); i < end; i++) {
                    entries[w++] = topology.inSource(i);
                }
            }
            Arrays.sort(entries, begin, w);
            int kept = begin;
            for (int i = begin; i < w; i++) {
                int u = entries[i];
                if (u != v && (kept == begin || entries[kept - 1] != u)) {
                    entries[kept++] = u;
                }
            }
            w = kept;
            offsets[v + 1] = w;
        }
        return new SimpleAdjacency(
                offsets, w == entries.length ? entries : Arrays.copyOf(entries, w));
    }

    int nodeCount() {
        return offsets.length - 1;
    }

    int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }
}
