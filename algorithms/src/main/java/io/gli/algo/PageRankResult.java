package io.gli.algo;

/**
 * What a {@link PageRank} run found: a rank per node (none absent) and how the power iteration
 * ended. Immutable.
 */
public final class PageRankResult {
    private final NodeDoubles ranks;
    private final int iterations;
    private final double error;
    private final boolean converged;

    PageRankResult(NodeDoubles ranks, int iterations, double error, boolean converged) {
        this.ranks = ranks;
        this.iterations = iterations;
        this.error = error;
        this.converged = converged;
    }

    /** The ranks after the last iteration run; they sum to 1 up to rounding. */
    public NodeDoubles ranks() {
        return ranks;
    }

    /** The number of iterations run: 0 on an empty topology. */
    public int iterations() {
        return iterations;
    }

    /** The L1 norm of the last iteration's change to the ranks; 0 on an empty topology. */
    public double error() {
        return error;
    }

    /**
     * Whether the last iteration changed the ranks by less than {@code n * tolerance}; if not, the
     * ranks are the last ones computed (where NetworkX would throw).
     */
    public boolean converged() {
        return converged;
    }

    @Override
    public String toString() {
        return "PageRank of "
                + ranks.size()
                + " nodes: "
                + (converged ? "converged" : "not converged")
                + " after "
                + iterations
                + " iterations, error "
                + error;
    }
}
