package io.gli.monitor;

import java.util.Arrays;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Durations of one operation over a rolling window made of time slices (see {@link GraphMonitor}
 * for the exact definition). Calls record into an HdrHistogram {@link Recorder}, which writers use
 * without locks; the recorder is drained into the current slice's histogram when a call or a
 * snapshot first sees a later slice, and when a snapshot is taken.
 */
final class RollingHistogram {
    /** Two significant digits: values below 256 ns exact, larger ones within 1%. */
    static final int SIGNIFICANT_DIGITS = 2;

    private final long originNanos;
    private final long sliceNanos;
    private final int slices;
    private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);

    /** Ring of closed and current slices, created on first use; guarded by {@code this}. */
    private final Histogram[] ring;

    /** The slice number each ring entry holds; guarded by {@code this}. */
    private final long[] ringSlice;

    /** The slice the recorder's values belong to. Written under {@code this}. */
    private volatile long currentSlice;

    /** Returned by the recorder last time, handed back to it for reuse; guarded by {@code this}. */
    private Histogram spare;

    RollingHistogram(long originNanos, long sliceNanos, int slices) {
        this.originNanos = originNanos;
        this.sliceNanos = sliceNanos;
        this.slices = slices;
        this.ring = new Histogram[slices];
        this.ringSlice = new long[slices];
        Arrays.fill(ringSlice, Long.MIN_VALUE);
    }

    /** Records a call of {@code nanos} that ended at {@code now}. */
    void record(long nanos, long now) {
        long slice = sliceOf(now);
        if (slice > currentSlice) {
            advance(slice);
        }
        recorder.recordValue(nanos);
    }

    /** A new histogram of the calls in the window ending at {@code now}. */
    synchronized Histogram window(long now) {
        long slice = Math.max(sliceOf(now), currentSlice);
        advance(slice);
        drain();
        Histogram merged = new Histogram(SIGNIFICANT_DIGITS);
        for (int i = 0; i < slices; i++) {
            if (ring[i] != null && ringSlice[i] > slice - slices && ringSlice[i] <= slice) {
                merged.add(ring[i]);
            }
        }
        return merged;
    }

    /** How much time the window ending at {@code now} spans: never more than the monitor's age. */
    static long covered(long originNanos, long sliceNanos, int slices, long now) {
        long age = Math.max(0, now - originNanos);
        long slice = Math.floorDiv(age, sliceNanos);
        long intoSlice = age - slice * sliceNanos;
        return Math.min(age, (slices - 1) * sliceNanos + intoSlice);
    }

    private long sliceOf(long now) {
        return Math.floorDiv(now - originNanos, sliceNanos);
    }

    private synchronized void advance(long slice) {
        if (slice > currentSlice) {
            drain();
            currentSlice = slice;
        }
    }

    /** Moves what the recorder holds into the current slice. Caller holds the lock. */
    private void drain() {
        spare = recorder.getIntervalHistogram(spare);
        if (spare.getTotalCount() == 0) {
            return;
        }
        int i = (int) Math.floorMod(currentSlice, (long) slices);
        if (ring[i] == null) {
            ring[i] = new Histogram(SIGNIFICANT_DIGITS);
        }
        if (ringSlice[i] != currentSlice) {
            ring[i].reset();
            ringSlice[i] = currentSlice;
        }
        ring[i].add(spare);
    }
}
