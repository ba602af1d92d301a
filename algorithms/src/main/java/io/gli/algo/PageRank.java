package io.gli.algo;

import io.gli.NodeNotFoundException;
import io.gli.Topology;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * PageRank by power iteration, as NetworkX's {@code pagerank} defines it: every node starts at
 * {@code 1/n}; each iteration a node passes {@code damping} of its rank along its out-edges, split
 * evenly (or in proportion to the edge weights, {@link Builder#weighted}); the rank of the
 * <em>dangling</em> nodes (no out-edge, or out-weights summing to 0) is spread by the
 * personalization vector, and so is the remaining {@code 1 - damping}. The run stops when the L1
 * change of an iteration is below {@code n * tolerance}, or after {@code maxIterations}.
 *
 * <p>On an undirected graph an edge passes rank both ways (NetworkX's {@code G.to_directed()}). A
 * self-loop is an out-edge of its node, as in NetworkX: it keeps part of the node's rank at home.
 *
 * <p>Where GLI differs from NetworkX: a run that does not converge returns its last ranks, saying
 * so ({@link PageRankResult#converged()}), where NetworkX throws; a personalization naming a node
 * the topology lacks is refused, where NetworkX ignores it; negative, NaN and infinite weights are
 * refused. There is no start vector and no separate dangling vector.
 *
 * <p>Each iteration pulls over the in-lists, node chunks spread over {@link Builder#threads}
 * threads; every sum (a node's in-list in list order, the dangling rank and the error by chunk in
 * chunk order) is taken in an order fixed by the topology, so the ranks are the same, bit for bit,
 * whatever the thread count. Memory: four {@code double}s per node (five with a personalization).
 */
public final class PageRank {
    private static final String NAME = "PageRank";

    private PageRank() {}

    /** A run with NetworkX's defaults: damping 0.85, tolerance 1e-6, 100 iterations. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The options of a run, then {@link #run}. Each setter checks its value and, if it is refused,
     * leaves the builder as it was. A builder may run any number of topologies.
     */
    public static final class Builder {
        private double damping = 0.85;
        private double tolerance = 1e-6;
        private int maxIterations = 100;
        private Map<String, Double> personalization;
        private boolean weighted;
        private int threads = Parallel.allCores();
        private AlgorithmProgress progress = AlgorithmProgress.NONE;

        private Builder() {}

        /**
         * The probability of following an edge rather than jumping (NetworkX's {@code alpha}).
         *
         * @throws IllegalArgumentException unless {@code damping} is in [0, 1]
         */
        public Builder damping(double damping) {
            if (!(damping >= 0 && damping <= 1)) {
                throw new IllegalArgumentException(
                        "damping is " + damping + "; expected a value in [0, 1]");
            }
            this.damping = damping;
            return this;
        }

        /**
         * The convergence threshold per node: the run stops once an iteration changes the ranks by
         * less than {@code n * tolerance} in L1 norm. 0 runs all {@link #maxIterations}.
         *
         * @throws IllegalArgumentException unless {@code tolerance} is finite and at least 0
         */
        public Builder tolerance(double tolerance) {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException(
                        "tolerance is " + tolerance + "; expected a finite value of at least 0");
            }
            this.tolerance = tolerance;
            return this;
        }

        /**
         * The most iterations to run.
         *
         * @throws IllegalArgumentException unless {@code maxIterations} is at least 1
         */
        public Builder maxIterations(int maxIterations) {
            if (maxIterations < 1) {
                throw new IllegalArgumentException(
                        "maxIterations is " + maxIterations + "; expected at least 1");
            }
            this.maxIterations = maxIterations;
            return this;
        }

        /**
         * Where the random jumps, and the rank of dangling nodes, go: a weight per node ID, scaled
         * to sum to 1; nodes not named get 0. Without one, every node gets {@code 1/n}. The IDs are
         * checked against the topology by {@link #run}.
         *
         * @throws NullPointerException if the map, an ID or a weight is null
         * @throws IllegalArgumentException naming the ID, if a weight is negative, NaN or infinite,
         *     or if every weight is 0 (or the map is empty)
         */
        public Builder personalization(Map<String, Double> personalization) {
            Objects.requireNonNull(personalization, "personalization");
            Map<String, Double> copy = new LinkedHashMap<>();
            boolean positive = false;
            for (Map.Entry<String, Double> entry : personalization.entrySet()) {
                String id = Objects.requireNonNull(entry.getKey(), "personalization has a null ID");
                Double weight = entry.getValue();
                if (weight == null) {
                    throw new NullPointerException(
                            "personalization weight of " + NodeValues.quote(id) + " is null");
                }
                if (!(weight >= 0) || weight.isInfinite()) {
                    throw new IllegalArgumentException(
                            "personalization weight of "
                                    + NodeValues.quote(id)
                                    + " is "
                                    + weight
                                    + "; expected a finite value of at least 0");
                }
                positive |= weight > 0;
                copy.put(id, weight);
            }
            if (!positive) {
                throw new IllegalArgumentException(
                        "personalization weights are all 0 (or none is given); expected at least"
                                + " one positive weight");
            }
            this.personalization = copy;
            return this;
        }

        /**
         * Whether a node splits its rank in proportion to its out-edges' weights (the topology's,
         * {@code graph.topology(weightKey)}) rather than evenly: NetworkX's {@code weight} argument
         * over {@code stochastic_graph}. Off by default.
         */
        public Builder weighted(boolean weighted) {
            this.weighted = weighted;
            return this;
        }

        /**
         * The number of threads an iteration runs on; all cores by default. The ranks do not depend
         * on it.
         *
         * @throws IllegalArgumentException unless {@code threads} is at least 1
         */
        public Builder threads(int threads) {
            this.threads = Parallel.requireThreads(threads);
            return this;
        }

        /**
         * Who is told, after each iteration, how many have run: {@code ("iteration", i,
         * maxIterations)}, on the thread that calls {@link #run}. The total is an upper bound: a
         * run that converges stops before it, its last {@code i} being {@link
         * PageRankResult#iterations()}. An empty topology runs no iteration and reports nothing. A
         * listener's exception propagates out of {@link #run}. {@link AlgorithmProgress#NONE} by
         * default; the ranks do not depend on it.
         *
         * @throws NullPointerException if {@code progress} is null
         */
        public Builder progress(AlgorithmProgress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        /**
         * Runs PageRank on {@code topology}.
         *
         * @return the ranks (one per node, none absent, summing to 1 up to rounding) and how the
         *     iteration ended
         * @throws IllegalArgumentException if the run is weighted and the topology holds no
         *     weights, or an edge's weight is negative, NaN or infinite (naming the edge, the key
         *     and the value)
         * @throws NodeNotFoundException if the personalization names a node the topology lacks
         * @throws java.util.concurrent.CancellationException if the thread is interrupted
         */
        public PageRankResult run(Topology topology) {
            Objects.requireNonNull(topology, "topology");
            if (weighted && !topology.hasWeights()) {
                throw new IllegalArgumentException(
                        "weighted PageRank needs a topology with weights; take it with"
                                + " graph.topology(weightKey)");
            }
            double[] jump = personalization == null ? null : jumpVector(topology, personalization);
            return new PowerIteration(topology, this, jump).run();
        }
    }

    /** The personalization as a per-node vector summing to 1, summed in node order. */
    private static double[] jumpVector(Topology topology, Map<String, Double> personalization) {
        double[] jump = new double[topology.nodeCount()];
        for (Map.Entry<String, Double> entry : personalization.entrySet()) {
            int v = topology.indexOf(entry.getKey());
            if (v < 0) {
                throw new NodeNotFoundException(entry.getKey());
            }
            jump[v] = entry.getValue();
        }
        double sum = 0;
        for (double weight : jump) {
            sum += weight;
        }
        for (int v = 0; v < jump.length; v++) {
            jump[v] /= sum;
        }
        return jump;
    }

    /** One run's state: the rank vector updated in place, and what each node passes on. */
    private static final class PowerIteration {
        private final Topology topology;
        private final int n;
        private final double damping;
        private final double tolerance;
        private final int maxIterations;
        private final boolean weighted;
        private final int threads;
        private final AlgorithmProgress progress;

        /** The personalization, or null for uniform. */
        private final double[] jump;

        private final double uniform;

        /** 1 over each node's out-degree (or out-weight sum); 0 for a dangling node. */
        private final double[] outShare;

        private final double[] ranks;

        /** Each node's rank times its out-share, read by the pulls of this iteration. */
        private double[] passed;

        /** Where this iteration writes what each node passes on the next. */
        private double[] nextPassed;

        /** The dangling rank of each chunk, summed in chunk order. */
        private final double[] chunkDangling;

        PowerIteration(Topology topology, Builder options, double[] jump) {
            this.topology = topology;
            this.n = topology.nodeCount();
            this.damping = options.damping;
            this.tolerance = options.tolerance;
            this.maxIterations = options.maxIterations;
            this.weighted = options.weighted;
            this.threads = options.threads;
            this.progress = options.progress;
            this.jump = jump;
            this.uniform = 1.0 / n;
            this.outShare = outShares(topology, weighted);
            this.ranks = new double[n];
            this.passed = new double[n];
            this.nextPassed = new double[n];
            this.chunkDangling = new double[(n + Parallel.CHUNK - 1) / Parallel.CHUNK];
        }

        PageRankResult run() {
            if (n == 0) {
                return new PageRankResult(new NodeDoubles(topology, ranks), 0, 0, true);
            }
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                ranks[v] = uniform;
                passed[v] = uniform * outShare[v];
                if (outShare[v] == 0) {
                    dangling += uniform;
                }
            }
            double error = Double.NaN;
            int iteration = 0;
            boolean converged = false;
            while (iteration < maxIterations && !converged) {
                iteration++;
                double danglingRank = dangling;
                error =
                        Parallel.sumChunks(
                                n, threads, NAME, (begin, end) -> step(begin, end, danglingRank));
                double[] swap = passed;
                passed = nextPassed;
                nextPassed = swap;
                dangling = 0;
                for (double chunk : chunkDangling) {
                    dangling += chunk;
                }
                converged = error < n * tolerance;
                progress.progress("iteration", iteration, maxIterations);
            }
            return new PageRankResult(
                    new NodeDoubles(topology, ranks), iteration, error, converged);
        }

        /**
         * One iteration over nodes {@code [begin, end)}: each node's new rank from what its
         * in-neighbors pass; returns the chunk's L1 change and records its dangling rank.
         */
        private double step(int begin, int end, double danglingRank) {
            double error = 0;
            double dangling = 0;
            for (int v = begin; v < end; v++) {
                double pulled = 0;
                int stop = topology.inEnd(v);
                if (weighted) {
                    for (int i = topology.inBegin(v); i < stop; i++) {
                        pulled += passed[topology.inSource(i)] * topology.inWeight(i);
                    }
                } else {
                    for (int i = topology.inBegin(v); i < stop; i++) {
                        pulled += passed[topology.inSource(i)];
                    }
                }
                double share = jump == null ? uniform : jump[v];
                double rank = damping * (pulled + danglingRank * share) + (1 - damping) * share;
                error += Math.abs(rank - ranks[v]);
                ranks[v] = rank;
                nextPassed[v] = rank * outShare[v];
                if (outShare[v] == 0) {
                    dangling += rank;
                }
            }
            chunkDangling[begin / Parallel.CHUNK] = dangling;
            return error;
        }
    }

    /**
     * 1 over each node's out-degree or, weighted, over the sum of its out-weights (summed in list
     * order); 0 where that is 0. Checks every weight in node, then list, order.
     */
    private static double[] outShares(Topology topology, boolean weighted) {
        int n = topology.nodeCount();
        double[] shares = new double[n];
        for (int v = 0; v < n; v++) {
            if ((v & (Interrupts.CHECK_EVERY - 1)) == 0) {
                Interrupts.check(NAME);
            }
            double sum = 0;
            if (weighted) {
                for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                    double weight = topology.outWeight(i);
                    if (!(weight >= 0) || Double.isInfinite(weight)) {
                        throw BadWeight.of(
                                topology,
                                v,
                                topology.outTarget(i),
                                weight,
                                "a finite number of at least 0");
                    }
                    sum += weight;
                }
                if (Double.isInfinite(sum) || (sum > 0 && Double.isInfinite(1 / sum))) {
                    // Out of range either way, a node's share of its rank per unit weight is
                    // not a double.
                    throw new IllegalArgumentException(
                            "the out-weights of node "
                                    + NodeValues.quote(topology.id(v))
                                    + " under key "
                                    + NodeValues.quote(topology.weightKey())
                                    + " sum to "
                                    + sum
                                    + "; PageRank needs a sum whose inverse is finite");
                }
            } else {
                sum = topology.outDegree(v);
            }
            shares[v] = sum == 0 ? 0 : 1 / sum;
        }
        return shares;
    }
}
