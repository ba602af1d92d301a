package io.gli.monitor;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/** What one operation's calls add up to: exact lifetime figures and the rolling window. */
final class OperationRecorder {
    private final String operation;
    private final LongAdder count = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final AtomicLong minNanos = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong maxNanos = new AtomicLong(Long.MIN_VALUE);
    private final RollingHistogram window;

    OperationRecorder(String operation, RollingHistogram window) {
        this.operation = operation;
        this.window = window;
    }

    void record(long nanos, long now, boolean failed) {
        totalNanos.add(nanos);
        // Read first: once the extremes settle, most calls change neither and need no
        // compare-and-set.
        if (nanos < minNanos.get()) {
            minNanos.accumulateAndGet(nanos, Math::min);
        }
        if (nanos > maxNanos.get()) {
            maxNanos.accumulateAndGet(nanos, Math::max);
        }
        window.record(nanos, now);
        // Counted after its time, so a snapshot that sees the call sees its time too; errors after
        // the count, so a snapshot (which reads the count first) never shows more errors than
        // calls.
        count.increment();
        if (failed) {
            errors.increment();
        }
    }

    /** The figures as of {@code now}, or null if the operation was never called. */
    OperationStats stats(long now, long windowNanos) {
        long calls = count.sum();
        if (calls == 0) {
            return null;
        }
        Histogram recent = window.window(now);
        long windowCount = recent.getTotalCount();
        double rate = windowNanos > 0 ? windowCount * 1e9 / windowNanos : Double.NaN;
        long min = minNanos.get();
        long max = maxNanos.get();
        return new OperationStats(
                operation,
                calls,
                errors.sum(),
                totalNanos.sum(),
                min,
                max,
                windowCount,
                rate,
                percentile(recent, 50, min, max),
                percentile(recent, 95, min, max),
                percentile(recent, 99, min, max));
    }

    /**
     * HdrHistogram reports the highest value equivalent to the percentile's bucket, which can lie
     * above every recorded value; the exact extremes bound the true percentile, so clamping only
     * moves the figure toward it (and a p99 never exceeds the max printed beside it).
     */
    private static long percentile(Histogram histogram, double percentile, long min, long max) {
        if (histogram.getTotalCount() == 0) {
            return 0;
        }
        return Math.max(min, Math.min(max, histogram.getValueAtPercentile(percentile)));
    }
}
