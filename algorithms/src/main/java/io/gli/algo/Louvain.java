package io.gli.algo;

import java.util.SplittableRandom;

/**
 * The Louvain method (Blondel et al. 2008), as NetworkX's {@code louvain_communities} runs it: each
 * level moves nodes one at a time, in a seeded random order, to the neighboring community that
 * raises modularity most, until a pass over all nodes moves none; the communities then become the
 * nodes of the next level's graph. It stops when a level moves no node or raises modularity by at
 * most {@link #THRESHOLD}, keeping that level's partition.
 *
 * <p>A node's candidate communities are weighed in the order their first member appears in its
 * list, and it moves only for a strictly higher gain, so the result is a function of the graph and
 * the seed alone.
 *
 * <p>Work arrays per level: a community, its total degree, a visiting order and per-community
 * scratch (about 28 bytes per node), beside the level's graph.
 */
final class Louvain {
    static final String NAME = "Louvain";

    /** The least modularity gain for which another level is run, as NetworkX's default. */
    static final double THRESHOLD = 1e-7;

    private final int[] communityOf;
    private final int levels;

    private Louvain(int[] communityOf, int levels) {
        this.communityOf = communityOf;
        this.levels = levels;
    }

    /** Each node's community: labels from 0 to {@code n - 1}. */
    int[] communityOf() {
        return communityOf;
    }

    /** The number of levels that moved a node. */
    int levels() {
        return levels;
    }

    /**
     * The partition of {@code graph}; after each local-moving pass {@code progress} is told the
     * passes run so far in all levels, {@code ("pass", passes, -1)}.
     */
    static Louvain run(
            WeightedUndirected graph, long seed, double resolution, AlgorithmProgress progress) {
        int n = graph.nodeCount();
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        if (!(graph.twiceTotal > 0)) {
            return new Louvain(membership, 0);
        }
        SplittableRandom random = new SplittableRandom(seed);
        WeightedUndirected level = graph;
        double modularity = level.modularity(membership, n, resolution);
        int levels = 0;
        Passes passes = new Passes(progress);
        while (true) {
            int[] communityOf = moveNodes(level, random, resolution, passes);
            if (communityOf == null) {
                break;
            }
            int count = CommunityResult.renumber(communityOf);
            for (int v = 0; v < n; v++) {
                membership[v] = communityOf[membership[v]];
            }
            levels++;
            double reached = level.modularity(communityOf, count, resolution);
            if (reached - modularity <= THRESHOLD) {
                break;
            }
            modularity = reached;
            level = level.aggregate(communityOf, count, NAME);
        }
        return new Louvain(membership, levels);
    }

    /**
     * One level's local moving; each node's community (labels 0 to {@code n - 1}), or null if no
     * node moved.
     */
    private static int[] moveNodes(
            WeightedUndirected g, SplittableRandom random, double resolution, Passes passes) {
        int n = g.nodeCount();
        int[] order = new int[n];
        int[] communityOf = new int[n];
        double[] totals = new double[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
            communityOf[v] = v;
            totals[v] = g.degree[v];
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates, from the seed
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        double[] towards = new double[n]; // the weight from the node at hand to each community
        boolean[] seen = new boolean[n]; // whether towards[c] is set for the node at hand
        int[] candidates = new int[n];
        boolean movedAny = false;
        long work = 0;
        for (int moved = 1; moved > 0; ) {
            moved = 0;
            for (int u : order) {
                int found = 0;
                for (int i = g.offsets[u]; i < g.offsets[u + 1]; i++) {
                    int c = communityOf[g.neighbors[i]];
                    if (!seen[c]) {
                        seen[c] = true;
                        towards[c] = 0;
                        candidates[found++] = c;
                    }
                    towards[c] += g.weights[i];
                }
                int own = communityOf[u];
                double degree = g.degree[u];
                totals[own] -= degree;
                // The gain of joining c is (towards[c] - resolution * totals[c] * degree / 2m) / m
                // less the same for staying; compared without the common 1 / m.
                double scale = resolution * degree / g.twiceTotal;
                int best = own;
                double bestScore = (seen[own] ? towards[own] : 0) - totals[own] * scale;
                for (int k = 0; k < found; k++) {
                    int c = candidates[k];
                    double score = towards[c] - totals[c] * scale;
                    if (c != own && score > bestScore) {
                        best = c;
                        bestScore = score;
                    }
                }
                for (int k = 0; k < found; k++) {
                    seen[candidates[k]] = false;
                }
                totals[best] += degree;
                if (best != own) {
                    communityOf[u] = best;
                    moved++;
                }
                work += found + 1;
                if (work >= Interrupts.CHECK_EVERY) {
                    Interrupts.check(NAME);
                    work = 0;
                }
            }
            movedAny |= moved > 0;
            passes.done();
        }
        return movedAny ? communityOf : null;
    }

    /** The local-moving passes of one run, over all its levels, and who is told of each. */
    private static final class Passes {
        private final AlgorithmProgress progress;
        private long done;

        Passes(AlgorithmProgress progress) {
            this.progress = progress;
        }

        /** Counts a finished pass and reports it. */
        void done() {
            done++;
            progress.progress("pass", done, -1);
        }
    }
}
