package io.gli.examples;

import io.gli.algo.NodeDoubles;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The nodes with the highest values of a result, for printing a "top k" list. */
final class TopNodes {
    private TopNodes() {}

    /**
     * The indices of the {@code k} nodes with the highest present values, highest first; equal
     * values in node order, so the list is the same on every run and backend.
     */
    static int[] of(NodeDoubles values, int k) {
        return IntStream.range(0, values.size())
                .filter(values::isPresent)
                .boxed()
                .sorted(
                        Comparator.comparingDouble((Integer v) -> values.get(v))
                                .reversed()
                                .thenComparingInt(v -> v))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
