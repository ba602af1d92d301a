package io.gli.algo;

import io.gli.Topology;
import java.util.Arrays;

/**
 * Community detection by label propagation as LDBC Graphalytics defines it (CDLP): synchronous
 * rounds in which every node takes the label most frequent among its neighbors' labels of the
 * previous round, ties going to the smallest label.
 *
 * <p>Work arrays: two labels per node (8 bytes per node) and one buffer as long as the longest list
 * (twice the out- plus in-degree on a directed graph), in which a node's neighbor labels are sorted
 * so that equal labels stand in runs: the longest run wins, the first of equal runs being the
 * smallest label.
 */
final class LabelPropagation {
    static final String NAME = "label propagation";

    private final Topology topology;
    private int[] labels;
    private int[] next;
    private final int[] gathered;
    private int iterations;

    private LabelPropagation(Topology topology) {
        this.topology = topology;
        int n = topology.nodeCount();
        labels = new int[n];
        next = new int[n];
        int widest = 0;
        for (int v = 0; v < n; v++) {
            labels[v] = v;
            int entries =
                    topology.outDegree(v) + (topology.isDirected() ? topology.inDegree(v) : 0);
            widest = Math.max(widest, entries);
        }
        gathered = new int[widest];
    }

    /**
     * The labels after at most {@code maxIterations} rounds (fewer if a round changes none), each
     * round reported to {@code progress} once it is done.
     */
    static LabelPropagation run(Topology topology, int maxIterations, AlgorithmProgress progress) {
        LabelPropagation run = new LabelPropagation(topology);
        for (int round = 0; round < maxIterations; round++) {
            boolean changed = run.round();
            run.iterations++;
            progress.progress("iteration", run.iterations, maxIterations);
            if (!changed) {
                break;
            }
        }
        return run;
    }

    int[] labels() {
        return labels;
    }

    int iterations() {
        return iterations;
    }

    /** One synchronous round; whether any label changed. */
    private boolean round() {
        boolean directed = topology.isDirected();
        boolean changed = false;
        long work = 0;
        for (int v = 0; v < labels.length; v++) {
            int count = 0;
            for (int i = topology.outBegin(v), end = topology.outEnd(v); i < end; i++) {
                gathered[count++] = labels[topology.outTarget(i)];
            }
            if (directed) {
                for (int i = topology.inBegin(v), end = topology.inEnd(v); i < end; i++) {
                    gathered[count++] = labels[topology.inSource(i)];
                }
            }
            int label = count == 0 ? labels[v] : mostFrequent(count);
            next[v] = label;
            changed |= label != labels[v];
            work += count + 1;
            if (work >= Interrupts.CHECK_EVERY) {
                Interrupts.check(NAME);
                work = 0;
            }
        }
        int[] previous = labels;
        labels = next;
        next = previous;
        return changed;
    }

    /** The most frequent of {@code gathered[0..count)}, the smallest of equally frequent ones. */
    private int mostFrequent(int count) {
        Arrays.sort(gathered, 0, count);
        int best = gathered[0];
        int bestRun = 0;
        for (int i = 0; i < count; ) {
            int j = i + 1;
            while (j < count && gathered[j] == gathered[i]) {
                j++;
            }
            if (j - i > bestRun) {
                bestRun = j - i;
                best = gathered[i];
            }
            i = j;
        }
        return best;
    }
}
