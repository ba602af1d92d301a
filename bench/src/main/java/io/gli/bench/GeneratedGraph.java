package io.gli.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded synthetic graph for the algorithm rows, as index arrays every subject builds its own
 * representation from: nodes {@code 0 .. n-1}, distinct directed edges without self-loops ({@code
 * sources[i] -> targets[i]}, sorted by source, then target) and a weight per edge.
 *
 * <p>RMAT draws each edge's endpoints bit by bit, choosing one quadrant of the adjacency matrix per
 * bit with probabilities A = 0.57, B = C = 0.19, D = 0.05, as the GAP benchmark suite's Kronecker
 * generator does, then renames the nodes by a seeded permutation (otherwise the hubs would all have
 * low indices, and every subject would get their locality for free). Uniform draws both endpoints
 * uniformly. Both drop self-loops and repeated pairs, so fewer edges remain than were drawn: RMAT
 * repeats many pairs between its hubs. Weights are seeded doubles in (0, 1].
 *
 * <p>Bytes: 16 per edge (two ints and a double) while it is held, plus 8 per drawn edge during
 * generation.
 */
final class GeneratedGraph {
    static final double A = 0.57;
    static final double B = 0.19;
    static final double C = 0.19;

    private final GraphSpec spec;
    private final int nodes;
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;
    private final long seed;

    private GeneratedGraph(GraphSpec spec, int[] sources, int[] targets, long seed) {
        this.spec = spec;
        this.seed = seed;
        this.nodes = spec.nodes();
        this.sources = sources;
        this.targets = targets;
        this.weights = new double[sources.length];
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 - random.nextDouble();
        }
    }

    /** Draws the graph {@code spec} names from {@code seed}; the same seed, the same graph. */
    static GeneratedGraph generate(GraphSpec spec, long seed) {
        int n = spec.nodes();
        int m = spec.generatedEdges();
        SplittableRandom random = new SplittableRandom(seed);
        long[] pairs = new long[m];
        if (spec.shape() == GraphSpec.Shape.RMAT) {
            int[] rename = permutation(n, random.split());
            for (int i = 0; i < m; i++) {
                int source = 0;
                int target = 0;
                for (int bit = 0; bit < spec.scale(); bit++) {
                    double r = random.nextDouble();
                    source <<= 1;
                    target <<= 1;
                    if (r >= A + B + C) {
                        source |= 1;
                        target |= 1;
                    } else if (r >= A + B) {
                        source |= 1;
                    } else if (r >= A) {
                        target |= 1;
                    }
                }
                pairs[i] = pair(rename[source], rename[target]);
            }
        } else {
            for (int i = 0; i < m; i++) {
                pairs[i] = pair(random.nextInt(n), random.nextInt(n));
            }
        }
        return fromPairs(spec, pairs, seed);
    }

    /** Sorts, drops self-loops and repeats, and keeps what remains. */
    private static GeneratedGraph fromPairs(GraphSpec spec, long[] pairs, long seed) {
        Arrays.sort(pairs);
        int kept = 0;
        for (int i = 0; i < pairs.length; i++) {
            long p = pairs[i];
            if (source(p) != target(p) && (kept == 0 || pairs[kept - 1] != p)) {
                pairs[kept++] = p;
            }
        }
        int[] sources = new int[kept];
        int[] targets = new int[kept];
        for (int i = 0; i < kept; i++) {
            sources[i] = source(pairs[i]);
            targets[i] = target(pairs[i]);
        }
        return new GeneratedGraph(spec, sources, targets, seed);
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static long pair(int source, int target) {
        return (long) source << 32 | target;
    }

    private static int source(long pair) {
        return (int) (pair >>> 32);
    }

    private static int target(long pair) {
        return (int) pair;
    }

    /**
     * The same graph with its direction forgotten: one edge {@code {u, v}} (listed with {@code u <
     * v}) for every pair joined in either direction, weighted by a seeded draw of its own.
     */
    GeneratedGraph undirected() {
        long[] pairs = new long[sources.length];
        for (int i = 0; i < pairs.length; i++) {
            int s = sources[i];
            int t = targets[i];
            pairs[i] = s < t ? pair(s, t) : pair(t, s);
        }
        return fromPairs(spec, pairs, seed + 1);
    }

    GraphSpec spec() {
        return spec;
    }

    int nodeCount() {
        return nodes;
    }

    int edgeCount() {
        return sources.length;
    }

    int source(int edge) {
        return sources[edge];
    }

    int target(int edge) {
        return targets[edge];
    }

    double weight(int edge) {
        return weights[edge];
    }

    /** How many edges leave each node. */
    int[] outDegrees() {
        int[] degrees = new int[nodes];
        for (int s : sources) {
            degrees[s]++;
        }
        return degrees;
    }

    /** How many edges enter each node. */
    int[] inDegrees() {
        int[] degrees = new int[nodes];
        for (int t : targets) {
            degrees[t]++;
        }
        return degrees;
    }

    /**
     * The source of the traversal rows: the node with the most outgoing edges (the lowest index
     * among equals), so that a search from it reaches the graph's giant component.
     */
    int hub() {
        return highest(outDegrees(), -1);
    }

    /**
     * The target the shortest-path rows report the distance of: the node with the most incoming
     * edges besides {@link #hub()} (the lowest index among equals).
     */
    int probe() {
        return highest(inDegrees(), hub());
    }

    private int highest(int[] degrees, int except) {
        int best = except == 0 ? 1 : 0;
        for (int v = best + 1; v < nodes; v++) {
            if (v != except && degrees[v] > degrees[best]) {
                best = v;
            }
        }
        return best;
    }
}
