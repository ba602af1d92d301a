package io.gli.algo;

import io.gli.Topology;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Small topologies for hand-checked tests, written as edge lists: {@code "a>b b>c"} over nodes
 * named by single letters or words, lists in edge order as a backend would give them. Weights, when
 * given, as {@code "a>b:2.5"}. Also long paths with IDs made up on demand.
 */
final class EdgeListTopology {
    static final String WEIGHT = "w";

    private EdgeListTopology() {}

    /** A directed topology of {@code nodes} (space-separated, in index order) and {@code edges}. */
    static Topology directed(String nodes, String edges) {
        return of(true, nodes, edges);
    }

    /** As {@link #directed}, undirected. */
    static Topology undirected(String nodes, String edges) {
        return of(false, nodes, edges);
    }

    private static Topology of(boolean directed, String nodes, String edges) {
        List<String> ids = List.of(nodes.trim().split("\\s+"));
        List<int[]> pairs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        boolean weighted = false;
        for (String edge : edges.trim().isEmpty() ? new String[0] : edges.trim().split("\\s+")) {
            String[] weightSplit = edge.split(":", -1);
            String[] ends = weightSplit[0].split(">", -1);
            int u = index(ids, ends[0]);
            int v = index(ids, ends[1]);
            pairs.add(new int[] {u, v});
            weighted |= weightSplit.length > 1;
            weights.add(weightSplit.length > 1 ? Double.parseDouble(weightSplit[1]) : 1.0);
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

    private static int index(List<String> ids, String id) {
        int v = ids.indexOf(id);
        if (v < 0) {
            throw new IllegalArgumentException("no node " + id);
        }
        return v;
    }

    /** IDs {@code "p0"}, {@code "p1"}, ... made on demand: no strings held for a long path. */
    static List<String> madeUpIds(int n) {
        return new MadeUpIds(n);
    }

    /**
     * The directed path {@code p0 -> p1 -> ... -> p(n-1)}, weight 1 on every edge if {@code
     * weighted}: 8 bytes per node per direction (16 more with weights) and no ID strings.
     */
    static Topology directedPath(int n, boolean weighted) {
        int[] outOffsets = new int[n + 1];
        int[] outTargets = new int[n - 1];
        int[] inOffsets = new int[n + 1];
        int[] inSources = new int[n - 1];
        for (int v = 0; v < n; v++) {
            outOffsets[v + 1] = Math.min(v + 1, n - 1);
            inOffsets[v + 1] = v;
            if (v + 1 < n) {
                outTargets[v] = v + 1;
                inSources[v] = v;
            }
        }
        double[] outWeights = null;
        double[] inWeights = null;
        if (weighted) {
            outWeights = new double[n - 1];
            inWeights = new double[n - 1];
            java.util.Arrays.fill(outWeights, 1.0);
            java.util.Arrays.fill(inWeights, 1.0);
        }
        return new Topology(
                true,
                madeUpIds(n),
                n - 1,
                outOffsets,
                outTargets,
                inOffsets,
                inSources,
                weighted ? WEIGHT : null,
                outWeights,
                inWeights);
    }

    private static final class MadeUpIds extends AbstractList<String> implements RandomAccess {
        private final int n;

        MadeUpIds(int n) {
            this.n = n;
        }

        @Override
        public String get(int index) {
            return "p" + java.util.Objects.checkIndex(index, n);
        }

        @Override
        public int size() {
            return n;
        }
    }
}
