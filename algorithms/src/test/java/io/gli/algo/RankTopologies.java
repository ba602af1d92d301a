package io.gli.algo;

import io.gli.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Topologies for the ranking, clustering and core tests, built with {@link Topology#ofArrays}: no
 * backend needed. Lists follow the order the edges are given in.
 */
final class RankTopologies {
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final Pattern COLON = Pattern.compile(":");
    private static final Pattern ARROW = Pattern.compile(">");
    private static final Pattern DASH = Pattern.compile("-");

    private RankTopologies() {}

    /**
     * The topology of {@code edges}, written {@code "a>b c>d"} (directed) or {@code "a-b c-d"}
     * (undirected), a weight after a colon ({@code "a>b:2.5"}) or 1; nodes in {@code nodes} order.
     */
    static Topology of(String nodes, String edges, boolean weighted) {
        List<String> ids = List.of(SPACE.split(nodes, -1));
        boolean directed = edges.contains(">");
        List<int[]> pairs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (!edges.isBlank()) {
            for (String edge : SPACE.split(edges, -1)) {
                String[] parts = COLON.split(edge, -1);
                String[] ends = (directed ? ARROW : DASH).split(parts[0], -1);
                pairs.add(new int[] {index(ids, ends[0]), index(ids, ends[1])});
                weights.add(parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0);
            }
        }
        int[] from = new int[pairs.size()];
        int[] to = new int[pairs.size()];
        double[] w = new double[pairs.size()];
        for (int e = 0; e < pairs.size(); e++) {
            from[e] = pairs.get(e)[0];
            to[e] = pairs.get(e)[1];
            w[e] = weights.get(e);
        }
        return build(directed, ids, from, to, weighted ? w : null);
    }

    /** As {@link #of(String, String, boolean)}, without weights. */
    static Topology of(String nodes, String edges) {
        return of(nodes, edges, false);
    }

    private static int index(List<String> ids, String id) {
        int v = ids.indexOf(id);
        if (v < 0) {
            throw new IllegalArgumentException("no node " + id);
        }
        return v;
    }

    /** Node IDs {@code "0"} to {@code n-1}, as a list that does not store them. */
    static List<String> numbered(int n) {
        return new java.util.AbstractList<>() {
            @Override
            public String get(int v) {
                return Integer.toString(java.util.Objects.checkIndex(v, n));
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /** The path {@code 0 - 1 - ... - n-1}, directed from low to high if {@code directed}. */
    static Topology path(int n, boolean directed) {
        int[] from = new int[Math.max(0, n - 1)];
        int[] to = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        return build(directed, numbered(n), from, to, null);
    }

    /**
     * A random simple graph of {@code n} nodes and about {@code m} edges (no self-loops unless
     * {@code loops}), weights in (0, 10], drawn from {@code seed}.
     */
    static Topology random(int n, int m, boolean directed, boolean loops, long seed) {
        Random random = new Random(seed);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int[] from = new int[m];
        int[] to = new int[m];
        double[] w = new double[m];
        int count = 0;
        for (int attempt = 0; attempt < 4 * m && count < m; attempt++) {
            // skewed degrees: low indices are picked more often, so some nodes are hubs
            int a = (int) (n * Math.pow(random.nextDouble(), 2));
            int b = random.nextInt(n);
            if ((a == b && !loops)
                    || !seen.add(
                            directed
                                    ? (long) a * n + b
                                    : (long) Math.min(a, b) * n + Math.max(a, b))) {
                continue;
            }
            from[count] = a;
            to[count] = b;
            w[count] = 0.5 + random.nextInt(20) * 0.5;
            count++;
        }
        return build(
                directed,
                numbered(n),
                java.util.Arrays.copyOf(from, count),
                java.util.Arrays.copyOf(to, count),
                java.util.Arrays.copyOf(w, count));
    }

    /** CSR lists of the edges {@code from[e] -> to[e]}, in edge order; weights may be null. */
    static Topology build(boolean directed, List<String> ids, int[] from, int[] to, double[] w) {
        int n = ids.size();
        int m = from.length;
        if (directed) {
            int[][] out = csr(n, from, to);
            int[][] in = csr(n, to, from);
            return Topology.ofArrays(
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
        return Topology.ofArrays(
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
}
