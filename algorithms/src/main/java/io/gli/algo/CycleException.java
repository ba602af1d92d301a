package io.gli.algo;

import java.util.List;

/**
 * Thrown when a directed graph has no topological order because it has a cycle; names one cycle.
 */
public class CycleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How many of the cycle's IDs the message lists; {@link #cycle()} has them all. */
    static final int IDS_IN_MESSAGE = 10;

    private final List<String> cycle;

    /** {@code cycle} as {@link #cycle()} describes it. */
    CycleException(List<String> cycle) {
        super(message(cycle));
        this.cycle = List.copyOf(cycle);
    }

    /**
     * The IDs of one cycle, in edge order: each node has an edge to the next, the last to the
     * first; the first is not repeated at the end, and is the cycle's lowest-indexed node. A
     * self-loop is a cycle of one node.
     */
    public List<String> cycle() {
        return cycle;
    }

    private static String message(List<String> cycle) {
        StringBuilder message =
                new StringBuilder("the graph has a cycle, so no topological order: ");
        int listed = Math.min(cycle.size(), IDS_IN_MESSAGE);
        for (int i = 0; i < listed; i++) {
            message.append(NodeValues.quote(cycle.get(i))).append(" -> ");
        }
        if (listed < cycle.size()) {
            message.append("... (").append(cycle.size()).append(" nodes in all) -> ");
        }
        return message.append(NodeValues.quote(cycle.get(0))).toString();
    }
}
