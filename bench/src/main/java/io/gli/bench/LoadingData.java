package io.gli.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The graph of the Loading table: a seeded {@link GeneratedGraph}'s directed edges, each with a
 * {@value #WEIGHT} attribute, between nodes named by their index in decimal ({@code "0"}, {@code
 * "1"}, ...), as the large edge lists people load (SNAP's) name them. Only the nodes some edge
 * names are kept, so that an edge table alone holds the whole graph and every format holds the same
 * one.
 *
 * <p>Edges come in the generator's order (sorted by source, then target, as SNAP's files are).
 * Weights are the generator's weights rounded up to three decimals, in [0.001, 1]: a weight column
 * as data sets carry one, whose text is a few characters and not the 17 digits of a random double,
 * which would make an edge list mostly digits of weights.
 *
 * <p>Bytes: the ID strings (about 48 per node), 12 per edge in the arrays, and the boxed lists of
 * {@link #sourceIds()}, {@link #targetIds()}, {@link #weights()} once asked for (about 32 more per
 * edge).
 */
final class LoadingData {
    /** The edge attribute every format carries. */
    static final String WEIGHT = "weight";

    private final GraphSpec spec;
    private final String[] ids;
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;

    private LoadingData(
            GraphSpec spec, String[] ids, int[] sources, int[] targets, double[] weights) {
        this.spec = spec;
        this.ids = ids;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
    }

    /** Draws the graph {@code spec} names, from {@link Workload#SEED}. */
    static LoadingData of(GraphSpec spec) {
        GeneratedGraph drawn = spec.generate();
        int n = drawn.nodeCount();
        int m = drawn.edgeCount();
        int[] newIndex = new int[n];
        Arrays.fill(newIndex, -1);
        for (int e = 0; e < m; e++) {
            newIndex[drawn.source(e)] = 0;
            newIndex[drawn.target(e)] = 0;
        }
        List<String> kept = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (newIndex[v] == 0) {
                newIndex[v] = kept.size();
                kept.add(Integer.toString(v));
            }
        }
        int[] sources = new int[m];
        int[] targets = new int[m];
        double[] weights = new double[m];
        for (int e = 0; e < m; e++) {
            sources[e] = newIndex[drawn.source(e)];
            targets[e] = newIndex[drawn.target(e)];
            weights[e] = Math.ceil(drawn.weight(e) * 1000) / 1000;
        }
        return new LoadingData(spec, kept.toArray(new String[0]), sources, targets, weights);
    }

    GraphSpec spec() {
        return spec;
    }

    int nodeCount() {
        return ids.length;
    }

    int edgeCount() {
        return sources.length;
    }

    /** The node IDs, in index order. */
    List<String> nodeIds() {
        return Arrays.asList(ids);
    }

    String id(int node) {
        return ids[node];
    }

    String sourceId(int edge) {
        return ids[sources[edge]];
    }

    String targetId(int edge) {
        return ids[targets[edge]];
    }

    double weight(int edge) {
        return weights[edge];
    }

    /** Each edge's source ID, in edge order; the strings are {@link #nodeIds()}'s. */
    List<String> sourceIds() {
        String[] out = new String[sources.length];
        for (int e = 0; e < out.length; e++) {
            out[e] = ids[sources[e]];
        }
        return Arrays.asList(out);
    }

    /** Each edge's target ID, in edge order. */
    List<String> targetIds() {
        String[] out = new String[targets.length];
        for (int e = 0; e < out.length; e++) {
            out[e] = ids[targets[e]];
        }
        return Arrays.asList(out);
    }

    /** Each edge's weight, boxed, in edge order: the column {@code addEdges} takes. */
    List<Double> weights() {
        Double[] out = new Double[weights.length];
        for (int e = 0; e < out.length; e++) {
            out[e] = weights[e];
        }
        return Arrays.asList(out);
    }
}
