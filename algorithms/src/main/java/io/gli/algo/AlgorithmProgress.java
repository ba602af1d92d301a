package io.gli.algo;

/**
 * Told how far a long-running algorithm has come, for display: a progress line, a log entry. The
 * algorithms that take one are {@link PageRank.Builder#progress}, {@link
 * Communities#labelPropagation(io.gli.Topology, int, AlgorithmProgress)}, {@link
 * Communities#louvain(io.gli.Topology, long, double, AlgorithmProgress)}, {@link
 * Betweenness#exact(io.gli.Topology, boolean, int, AlgorithmProgress)} and {@link
 * Betweenness#sampled(io.gli.Topology, int, long, boolean, int, AlgorithmProgress)}; each says
 * which stage it reports and what its total is.
 *
 * <p>The contract:
 *
 * <ul>
 *   <li><b>Thread.</b> Always called on the thread that called the algorithm, never on one of its
 *       worker threads, and never concurrently with itself: a listener needs no synchronization of
 *       its own.
 *   <li><b>How often.</b> At most about once per unit of the algorithm's coarse loop (an iteration,
 *       a pass, a chunk of sources), never per node or edge; a run with no such unit (an empty
 *       topology, no iterations allowed, no sources) makes no call.
 *   <li><b>Cost.</b> It is for display and must be cheap: the algorithm waits while it runs.
 *   <li><b>Exceptions.</b> A runtime exception or error the listener throws propagates out of the
 *       algorithm unchanged, which then returns nothing; since the algorithms only read, nothing is
 *       changed by the run it stops. Worker threads the algorithm started are stopped.
 * </ul>
 */
@FunctionalInterface
public interface AlgorithmProgress {
    /** A listener that ignores every call: what the overloads without a listener use. */
    AlgorithmProgress NONE = (stage, done, total) -> {};

    /**
     * Reports that {@code done} units of {@code stage} are finished.
     *
     * @param stage a short lower-case word naming the unit: {@code "iteration"}, {@code "pass"},
     *     {@code "level"}, {@code "source"}, {@code "node"}
     * @param done the units finished so far in this stage: at least 1, strictly increasing from one
     *     call of a stage to the next
     * @param total the units the stage will take, or -1 when unknown. When the algorithm may stop
     *     early (an iteration limit, reached only if the run does not converge) it is an upper
     *     bound, and the last {@code done} may stay below it; each algorithm says which it passes
     */
    void progress(String stage, long done, long total);
}
