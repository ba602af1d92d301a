package io.gli.algo;

import io.gli.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Topologies for the ranking, clustering and core tests, built with the {@link Topology}
 * constructor: no backend needed. Lists follow the order the edges are given in.
 */
final class RankTopologies {
    private static final Pattern SPACE = Pattern.compile(" ");
    private static final Pattern COLON = Pattern.compile(":");
    private static final Pattern ARROW = Pattern.compile(">");
    private static final Pattern DASH = Pattern.compile("-");

    /** Zachary's karate club, as NetworkX's {@code karate_club_graph()}: nodes 0 to 33. */
    static final String KARATE =
            "0-1 0-2 0-3 0-4 0-5 0-6 0-7 0-8 0-10 0-11 0-12 0-13 0-17 0-19 0-21 0-31 1-2 1-3 1-7"
                    + " 1-13 1-17 1-19 1-21 1-30 2-3 2-7 2-8 2-9 2-13 2-27 2-28 2-32 3-7 3-12 3-13 4-6"
                    + " 4-10 5-6 5-10 5-16 6-16 8-30 8-32 8-33 9-33 13-33 14-32 14-33 15-32 15-33 18-32"
                    + " 18-33 19-33 20-32 20-33 22-32 22-33 23-25 23-27 23-29 23-32 23-33 24-25 24-27"
                    + " 24-31 25-31 26-29 26-33 27-33 28-31 28-33 29-32 29-33 30-32 30-33 31-32 31-33"
                    + " 32-33";

    private RankTopologies() {}

    /** The karate club's topology: node {@code i} is ID {@code "i"}, at index {@code i}. */
    static Topology karate() {
        StringBuilder nodes = new StringBuilder("0");
        for (int i = 1; i < 34; i++) {
            nodes.append(' ').append(i);
        }
        return of(nodes.toString(), KARATE);
    }

    /**
     * The simple undirected graph under {@code topology} as a matrix, for brute-force references:
     * joined if an edge goes either way, self-loops left out.
     */
    static boolean[][] simpleMatrix(Topology topology) {
        int n = topology.nodeCount();
        boolean[][] joined = new boolean[n][n];
        for (int v = 0; v < n; v++) {
            for (int i = topology.outBegin(v); i < topology.outEnd(v); i++) {
                int w = topology.outTarget(i);
                if (w != v) {
                    joined[v][w] = true;
                    joined[w][v] = true;
                }
            }
        }
        return joined;
    }

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
        return EdgeListTopologies.build(directed, ids, from, to, weighted ? w : null);
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
        return EdgeListTopologies.build(directed, numbered(n), from, to, null);
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
        return EdgeListTopologies.build(
                directed,
                numbered(n),
                java.util.Arrays.copyOf(from, count),
                java.util.Arrays.copyOf(to, count),
                java.util.Arrays.copyOf(w, count));
    }
}
