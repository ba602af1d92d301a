package io.gli.monitor;

/**
 * The figures of one operation in a {@link MonitorSnapshot}. Times are in nanoseconds. {@code
 * count}, {@code errors}, {@code totalNanos}, {@code minNanos} and {@code maxNanos} are exact and
 * cover the monitor's whole life; {@code windowCount}, {@code ratePerSecond} and the percentiles
 * cover the rolling window (see {@link GraphMonitor}), the percentiles within HdrHistogram's
 * precision (values below 256 ns exact, larger ones within 1%).
 *
 * @param operation the {@link io.gli.Graph} method name; overloads share it
 * @param count calls, including those that threw; at least 1
 * @param errors calls that threw
 * @param totalNanos the sum of every call's duration
 * @param minNanos the shortest call
 * @param maxNanos the longest call
 * @param windowCount calls that ended in the window
 * @param ratePerSecond {@code windowCount} over the time the window spans; NaN if it spans no time
 * @param p50Nanos the median duration in the window; 0 if {@code windowCount} is 0
 * @param p95Nanos the 95th percentile in the window; 0 if {@code windowCount} is 0
 * @param p99Nanos the 99th percentile in the window; 0 if {@code windowCount} is 0
 */
public record OperationStats(
        String operation,
        long count,
        long errors,
        long totalNanos,
        long minNanos,
        long maxNanos,
        long windowCount,
        double ratePerSecond,
        long p50Nanos,
        long p95Nanos,
        long p99Nanos) {

    /** The mean duration over the monitor's life: {@code totalNanos / count}. */
    public double averageNanos() {
        return (double) totalNanos / count;
    }
}
