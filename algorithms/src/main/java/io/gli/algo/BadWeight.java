package io.gli.algo;

import io.gli.Topology;
import io.gli.WeightException;

/** The one way an algorithm refuses an edge's weight, so that all name it in the same words. */
final class BadWeight {
    private BadWeight() {}

    /**
     * The exception for the out-list entry from {@code source} to {@code target} of {@code
     * topology}, whose weight {@code weight} is not what the algorithm needs ({@code expected},
     * such as "a finite number of at least 0").
     */
    static WeightException of(
            Topology topology, int source, int target, double weight, String expected) {
        return new WeightException(
                topology.id(source), topology.id(target), topology.weightKey(), weight, expected);
    }
}
