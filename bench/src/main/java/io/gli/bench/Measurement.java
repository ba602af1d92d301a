package io.gli.bench;

/**
 * One measured figure.
 *
 * @param row the table row's key
 * @param subject the backend or peer
 * @param size the graph size it was measured at; for the batch-size rows, the batch size
 * @param value the score
 * @param error half-width of JMH's 99.9% confidence interval; NaN when too few samples
 * @param unit like {@code ns/op}, {@code ms/op}, {@code ops/us}, {@code B}
 */
record Measurement(String row, String subject, int size, double value, double error, String unit) {

    /** The value in nanoseconds, for time units; the value itself otherwise. */
    double nanos() {
        return value * nanosPer(unit);
    }

    double errorNanos() {
        return error * nanosPer(unit);
    }

    static double nanosPer(String unit) {
        if (unit.startsWith("ns/")) {
            return 1;
        }
        if (unit.startsWith("us/")) {
            return 1e3;
        }
        if (unit.startsWith("ms/")) {
            return 1e6;
        }
        if (unit.startsWith("s/")) {
            return 1e9;
        }
        return 1;
    }
}
