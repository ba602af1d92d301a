package io.gli.algo;

import io.gli.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Topologies for unit tests, built with {@link Topology#Topology} from an edge list: nodes {@code
 * "v0"} to {@code "v(n-1)"}, lists in edge order (an undirected edge in both endpoints' lists, a
 * self-loop once).
 */
final class EdgeListTopologies {
    private EdgeListTopologies() {}

    /** {@code edges} is {@code {u0, v0, u1, v1, ...}}; {@code weights} one per edge, or null. */
    static Topology of(boolean directed, int n, int[] edges, double[] weights) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            ids.add("v" + v);
        }
        int m = edges.length / 2;
        int[] from = new int[m];
        int[] to = new int[m];
        for (int k = 0; k < m; k++) {
            from[k] = edges[2 * k];
            to[k] = edges[2 * k + 1];
        }
        return build(directed, ids, from, to, weights);
    }

    /** CSR lists of the edges {@code from[e] -> to[e]}, in edge order; weights may be null. */
    static Topology build(boolean directed, List<String> ids, int[] from, int[] to, double[] w) {
        int n = ids.size();
        int m = from.length;
        if (directed) {
            int[][] out = csr(n, from, to);
            int[][] in = csr(n, to, from);
            return new Topology(
                    true,
                    ids,
                    m,
                    out[0],
                    out[1],
                    in[0],
                    in[1],
                    w == null ? null : "w",
                    w == null ? null : weightsOf(n, from, w),
                    w == null ? null : weightsOf(n, to, w));
        }
        // undirected: each edge in both endpoints' lists, a self-loop once
        int loops = 0;
        for (int e = 0; e < m; e++) {
            if (from[e] == to[e]) {
                loops++;
            }
        }
        int entries = 2 * m - loops;
        int[] a = new int[entries];
        int[] b = new int[entries];
        double[] ws = new double[entries];
        int k = 0;
        for (int e = 0; e < m; e++) {
            a[k] = from[e];
            b[k] = to[e];
            ws[k++] = w == null ? 1 : w[e];
            if (from[e] != to[e]) {
                a[k] = to[e];
                b[k] = from[e];
                ws[k++] = w == null ? 1 : w[e];
            }
        }
        int[][] lists = csr(n, a, b);
        return new Topology(
                false,
                ids,
                m,
                lists[0],
                lists[1],
                null,
                null,
                w == null ? null : "w",
                w == null ? null : weightsOf(n, a, ws),
                null);
    }

    /** {offsets, targets} grouping entries by {@code owner}, stable (entry order kept). */
    private static int[][] csr(int n, int[] owner, int[] other) {
        int[] offsets = new int[n + 1];
        for (int o : owner) {
            offsets[o + 1]++;
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] fill = java.util.Arrays.copyOf(offsets, n);
        int[] targets = new int[owner.length];
        for (int e = 0; e < owner.length; e++) {
            targets[fill[owner[e]]++] = other[e];
        }
        return new int[][] {offsets, targets};
    }

    /** The weights grouped by {@code owner} as {@link #csr} groups the entries. */
    private static double[] weightsOf(int n, int[] owner, double[] w) {
        int[] fill = new int[n + 1];
        for (int o : owner) {
            fill[o + 1]++;
        }
        for (int v = 0; v < n; v++) {
            fill[v + 1] += fill[v];
        }
        double[] grouped = new double[owner.length];
        for (int e = 0; e < owner.length; e++) {
            grouped[fill[owner[e]]++] = w[e];
        }
        return grouped;
    }

    static Topology undirected(int n, int... edges) {
        return of(false, n, edges, null);
    }

    static Topology directed(int n, int... edges) {
        return of(true, n, edges, null);
    }

    /** An undirected path of {@code n} nodes, every edge weighing 1 if {@code weighted}. */
    static Topology path(int n, boolean weighted) {
        int[] offsets = new int[n + 1];
        int[] targets = new int[2 * Math.max(0, n - 1)];
        int w = 0;
        for (int v = 0; v < n; v++) {
            if (v > 0) {
                targets[w++] = v - 1;
            }
            if (v + 1 < n) {
                targets[w++] = v + 1;
            }
            offsets[v + 1] = w;
        }
        List<String> ids =
                new java.util.AbstractList<>() {
                    @Override
                    public String get(int index) {
                        return "v" + index;
                    }

                    @Override
                    public int size() {
                        return n;
                    }
                };
        double[] weights = null;
        if (weighted) {
            weights = new double[targets.length];
            java.util.Arrays.fill(weights, 1.0);
        }
        return new Topology(
                false,
                ids,
                Math.max(0, n - 1),
                offsets,
                targets,
                null,
                null,
                weighted ? "w" : null,
                weights,
                null);
    }
}
