package io.gli.algo;

import io.gli.Topology;
import java.util.Objects;

/**
 * Core numbers, as NetworkX's {@code core_number}: a node's core number is the largest {@code k}
 * such that it belongs to a <em>k-core</em>, a maximal subgraph in which every node has at least
 * {@code k} neighbors. Computed on the simple undirected graph underlying the topology.
 *
 * <p>Where GLI differs from NetworkX: self-loops are ignored, where NetworkX refuses a graph that
 * has one; on a directed graph a node's degree is its number of distinct neighbors (a pair joined
 * both ways counts once), where NetworkX adds in- and out-degree.
 *
 * <p>Batagelj and Zaversnik's bucket algorithm: nodes sorted by degree into buckets, then taken
 * lowest degree first (ties in bucket order, which starts as index order), each lowering its later
 * neighbors' degrees by one. Time {@code O(n + m)}; memory that of the simple graph (8 bytes per
 * edge) and 12 bytes per node, plus 4 per degree value up to the largest.
 */
public final class Cores {
    private static final String NAME = "Cores";

    private Cores() {}

    /** Each node's core number (none absent: the absent value, -1, never occurs). */
    public static NodeInts coreNumbers(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        SimpleAdjacency graph = SimpleAdjacency.of(topology, NAME);
        int n = graph.nodeCount();
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        // bucketStart[d]: where the nodes of current degree d begin in byDegree
        int[] bucketStart = new int[maxDegree + 1];
        for (int v = 0; v < n; v++) {
            bucketStart[degree[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++) {
            int size = bucketStart[d];
            bucketStart[d] = start;
            start += size;
        }
        int[] byDegree = new int[n];
        int[] position = new int[n];
        for (int v = 0; v < n; v++) {
            position[v] = bucketStart[degree[v]]++;
            byDegree[position[v]] = v;
        }
        for (int d = maxDegree; d > 0; d--) {
            bucketStart[d] = bucketStart[d - 1];
        }
        bucketStart[0] = 0;
        long work = 0;
        for (int i = 0; i < n; i++) {
            int v = byDegree[i];
            int first = graph.offsets[v];
            int last = graph.offsets[v + 1];
            for (int k = first; k < last; k++) {
                int u = graph.neighbors[k];
                if (degree[u] > degree[v]) {
                    // move u to the front of its bucket, then shift the bucket's start past it:
                    // u now sits at the end of the bucket below
                    int d = degree[u];
                    int front = bucketStart[d];
                    int w = byDegree[front];
                    if (w != u) {
                        byDegree[position[u]] = w;
                        position[w] = position[u];
                        byDegree[front] = u;
                        position[u] = front;
                    }
                    bucketStart[d]++;
                    degree[u]--;
                }
            }
            work += last - first + 1;
            if (work >= Interrupts.CHECK_EVERY) {
                Interrupts.check(NAME);
                work = 0;
            }
        }
        return new NodeInts(topology, degree, -1);
    }
}
