package io.gli.algo;

import io.gli.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Topologies for unit tests, built with {@link Topology#ofArrays} from an edge list: nodes {@code
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
        int[] outOffsets = new int[n + 1];
        int[] inOffsets = new int[n + 1];
        for (int e = 0; e < m; e++) {
            int u = edges[2 * e];
            int v = edges[2 * e + 1];
            outOffsets[u + 1]++;
            if (directed) {
                inOffsets[v + 1]++;
            } else if (u != v) {
                outOffsets[v + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            outOffsets[v + 1] += outOffsets[v];
            inOffsets[v + 1] += inOffsets[v];
        }
        int[] outTargets = new int[outOffsets[n]];
        int[] inSources = new int[inOffsets[n]];
        double[] outWeights = weights == null ? null : new double[outOffsets[n]];
        double[] inWeights = weights == null || !directed ? null : new double[inOffsets[n]];
        int[] outFill = outOffsets.clone();
        int[] inFill = inOffsets.clone();
        for (int e = 0; e < m; e++) {
            int u = edges[2 * e];
            int v = edges[2 * e + 1];
            double w = weights == null ? 0 : weights[e];
            if (weights != null) {
                outWeights[outFill[u]] = w;
            }
            outTargets[outFill[u]++] = v;
            if (directed) {
                if (weights != null) {
                    inWeights[inFill[v]] = w;
                }
                inSources[inFill[v]++] = u;
            } else if (u != v) {
                if (weights != null) {
                    outWeights[outFill[v]] = w;
                }
                outTargets[outFill[v]++] = u;
            }
        }
        return Topology.ofArrays(
                directed,
                ids,
                m,
                outOffsets,
                outTargets,
                directed ? inOffsets : null,
                directed ? inSources : null,
                weights == null ? null : "w",
                outWeights,
                inWeights);
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
        return Topology.ofArrays(
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
