package io.gli.spi;

import io.gli.WeightException;

/** How a backend building a {@link io.gli.Topology} reads an edge's weight. */
public final class Weights {
    private Weights() {}

    /**
     * {@code value}, the edge's attribute {@code key}, as a weight: a Double as it is, a Long
     * converted as by a cast (exact up to 2<sup>53</sup>).
     *
     * @throws WeightException naming the edge and the key, if {@code value} is null (the edge lacks
     *     the attribute) or not a Long or a Double
     */
    public static double of(String source, String target, String key, Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Long l) {
            return l;
        }
        throw new WeightException(source, target, key, value, "a number (a Long or a Double)");
    }
}
