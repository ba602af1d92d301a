package io.gli.monitor;

import io.gli.Graph;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Records how the graphs it {@linkplain #wrap wraps} are used: per operation (a {@link Graph}
 * method name, overloads sharing a row, or {@code commit} for an explicit batch's commit) the
 * number of calls and of calls that threw, their total, average, shortest and longest time, and
 * over a rolling window their rate and p50, p95 and p99; and a log of the last calls slower than a
 * threshold. Works with every backend: it sees only the {@link Graph} interface.
 *
 * <pre>{@code
 * GraphMonitor monitor = GraphMonitor.builder().slowThreshold(Duration.ofMillis(50)).build();
 * Graph graph = monitor.wrap(Graph.open());
 * ... use graph ...
 * System.out.println(monitor.snapshot());   // a table, one row per operation
 * }</pre>
 *
 * <h2>What is measured</h2>
 *
 * A call's duration runs from just before the wrapped graph is called to just after it returns or
 * throws, read from the monitor's {@linkplain Builder#clock clock}. A call that throws is counted
 * in {@link OperationStats#count()} and in {@link OperationStats#errors()}, its duration is part of
 * every figure, and the exception reaches the caller unchanged. {@code batch(operations)} is one
 * row, {@code batch}, timed with the caller's staging code and the commit included. A batch from
 * {@code openBatch()} comes wrapped: its {@link io.gli.Batch#commit()} is recorded under the row
 * {@code commit} (a failing commit is an error, a slow one is logged with the number of staged
 * operations); its staging calls are not recorded.
 *
 * <h2>The rolling window</h2>
 *
 * The window of {@linkplain Builder#window(Duration, int) length L in S slices} is the current
 * slice and the S-1 before it, slices being consecutive intervals of L/S nanoseconds (rounded down)
 * counted from the monitor's creation: it always covers between L - L/S and L of the most recent
 * time (less while the monitor is younger than that). A call belongs to the slice in which it
 * ended; one ending within a few instructions of a slice boundary, concurrently with a call that
 * crossed it, may be counted in the next slice. Rate and percentiles are over the window; count,
 * errors, total, average, minimum and maximum are exact and over the monitor's whole life.
 *
 * <h2>Threads</h2>
 *
 * A monitor and the graphs it wraps may be used by any number of threads. Recording takes no lock
 * except once per operation per slice (to close the slice) and for a slow call. A {@link
 * #snapshot()} taken while calls run reads each figure once: figures of one row may differ by the
 * calls in flight.
 */
public final class GraphMonitor {
    private final LongSupplier clock;
    private final long originNanos;
    private final Instant originInstant;
    private final long slowThresholdNanos;
    private final Duration window;
    private final long sliceNanos;
    private final int slices;
    private final SlowLog slowLog;

    /**
     * Indexed by {@link Call#ordinal()}, an {@code EnumMap} without the lookup on every call's
     * path; overloads of one method share a recorder.
     */
    private final OperationRecorder[] recorders;

    private final List<OperationRecorder> distinct;

    @SuppressWarnings("EnumOrdinal") // see recorders
    private GraphMonitor(Builder builder) {
        this.clock = builder.clock;
        this.originNanos = clock.getAsLong();
        this.originInstant = builder.wallClock.instant();
        this.slowThresholdNanos = builder.slowThreshold.toNanos();
        this.slowLog = new SlowLog(builder.slowLogCapacity);
        this.slices = builder.windowSlices;
        this.sliceNanos = builder.window.toNanos() / slices;
        this.window = Duration.ofNanos(sliceNanos * slices);
        Map<String, OperationRecorder> byName = new LinkedHashMap<>();
        Call[] calls = Call.values();
        this.recorders = new OperationRecorder[calls.length];
        for (Call call : calls) {
            recorders[call.ordinal()] =
                    byName.computeIfAbsent(
                            call.operation,
                            name ->
                                    new OperationRecorder(
                                            name,
                                            new RollingHistogram(originNanos, sliceNanos, slices)));
        }
        this.distinct = List.copyOf(byName.values());
    }

    /**
     * A monitor with the defaults: slow above 100 ms, the last 100 slow calls, a 60 s window in 6
     * slices.
     */
    public static GraphMonitor create() {
        return builder().build();
    }

    /** A builder for a monitor with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a graph that forwards every call to {@code graph} and records it in this monitor. The
     * returned graph keeps {@code graph}'s contract: same results, same exceptions, same threading.
     * A monitor may wrap several graphs; their calls are recorded together.
     *
     * @throws NullPointerException if {@code graph} is null
     */
    public Graph wrap(Graph graph) {
        return new MonitoredGraph(Objects.requireNonNull(graph, "graph to monitor"), this);
    }

    /** An immutable snapshot of everything recorded so far, with the window ending now. */
    public MonitorSnapshot snapshot() {
        long now = clock.getAsLong();
        long covered = RollingHistogram.covered(originNanos, sliceNanos, slices, now);
        List<OperationStats> stats = new ArrayList<>();
        for (OperationRecorder recorder : distinct) {
            OperationStats s = recorder.stats(now, covered);
            if (s != null) {
                stats.add(s);
            }
        }
        return new MonitorSnapshot(
                stats,
                window,
                Duration.ofNanos(covered),
                Duration.ofNanos(slowThresholdNanos),
                slowLog.entries(),
                slowLog.total());
    }

    /**
     * A timed call: the call on {@code target} with its inputs. A body captures nothing, its inputs
     * travel beside it (as with {@link io.gli.spi.Synchronizer}'s queries), so each body is one
     * shared instance and timing a call allocates nothing.
     */
    @FunctionalInterface
    interface Body<T, A, B, C, D, R> {
        R run(T target, A a, B b, C c, D d);
    }

    /**
     * A {@link Body} of a call with no inputs, so that a call site names only what it passes (often
     * as a method reference such as {@code Graph::nodes}); the unused inputs are null.
     */
    @FunctionalInterface
    interface Body0<T, R> extends Body<T, Void, Void, Void, Void, R> {
        R run(T target);

        @Override
        default R run(T target, Void a, Void b, Void c, Void d) {
            return run(target);
        }
    }

    /** A {@link Body} of a call with one input. */
    @FunctionalInterface
    interface Body1<T, A, R> extends Body<T, A, Void, Void, Void, R> {
        R run(T target, A a);

        @Override
        default R run(T target, A a, Void b, Void c, Void d) {
            return run(target, a);
        }
    }

    /** A {@link Body} of a call with two inputs. */
    @FunctionalInterface
    interface Body2<T, A, B, R> extends Body<T, A, B, Void, Void, R> {
        R run(T target, A a, B b);

        @Override
        default R run(T target, A a, B b, Void c, Void d) {
            return run(target, a, b);
        }
    }

    /** A {@link Body} of a call with three inputs. */
    @FunctionalInterface
    interface Body3<T, A, B, C, R> extends Body<T, A, B, C, Void, R> {
        R run(T target, A a, B b, C c);

        @Override
        default R run(T target, A a, B b, C c, Void d) {
            return run(target, a, b, c);
        }
    }

    /** A {@link Body} with an int result, which is not boxed. */
    @FunctionalInterface
    interface IntBody<T, A> {
        int run(T target, A a);
    }

    /** A {@link Body} with no result. */
    @FunctionalInterface
    interface VoidBody<T, A, B, C, D> {
        void run(T target, A a, B b, C c, D d);
    }

    /** A {@link VoidBody} of a call with one input. */
    @FunctionalInterface
    interface VoidBody1<T, A> extends VoidBody<T, A, Void, Void, Void> {
        void run(T target, A a);

        @Override
        default void run(T target, A a, Void b, Void c, Void d) {
            run(target, a);
        }
    }

    /** A {@link VoidBody} of a call with two inputs. */
    @FunctionalInterface
    interface VoidBody2<T, A, B> extends VoidBody<T, A, B, Void, Void> {
        void run(T target, A a, B b);

        @Override
        default void run(T target, A a, B b, Void c, Void d) {
            run(target, a, b);
        }
    }

    /** A {@link VoidBody} of a call with three inputs. */
    @FunctionalInterface
    interface VoidBody3<T, A, B, C> extends VoidBody<T, A, B, C, Void> {
        void run(T target, A a, B b, C c);

        @Override
        default void run(T target, A a, B b, C c, Void d) {
            run(target, a, b, c);
        }
    }

    /**
     * Runs {@code body} on {@code target} and records it under {@code call}: its time, whether it
     * threw, and for a slow call its inputs {@code a} to {@code d} (unused ones are null; they are
     * rendered as text only for a slow call). The result or exception passes through unchanged.
     */
    <T, A, B, C, D, R> R time(
            Call call, T target, A a, B b, C c, D d, Body<T, A, B, C, D, R> body) {
        long start = clock.getAsLong();
        boolean failed = true;
        try {
            R result = body.run(target, a, b, c, d);
            failed = false;
            return result;
        } finally {
            record(call, start, failed, a, b, c, d);
        }
    }

    /** {@link #time} for a body with an int result. */
    <T, A> int timeInt(Call call, T target, A a, IntBody<T, A> body) {
        long start = clock.getAsLong();
        boolean failed = true;
        try {
            int result = body.run(target, a);
            failed = false;
            return result;
        } finally {
            record(call, start, failed, a, null, null, null);
        }
    }

    /** {@link #time} for a body with no result. */
    <T, A, B, C, D> void timeVoid(
            Call call, T target, A a, B b, C c, D d, VoidBody<T, A, B, C, D> body) {
        long start = clock.getAsLong();
        boolean failed = true;
        try {
            body.run(target, a, b, c, d);
            failed = false;
        } finally {
            record(call, start, failed, a, b, c, d);
        }
    }

    @SuppressWarnings("EnumOrdinal") // see recorders
    private void record(
            Call call, long start, boolean failed, Object a, Object b, Object c, Object d) {
        long end = clock.getAsLong();
        // A clock that steps back (a fake one, or a thread moved across sockets) must not record a
        // negative time.
        long nanos = Math.max(0, end - start);
        recorders[call.ordinal()].record(nanos, end, failed);
        if (nanos > slowThresholdNanos) {
            slowLog.add(
                    new SlowOperation(
                            call.operation,
                            ArgumentSummary.of(call, a, b, c, d),
                            Duration.ofNanos(nanos),
                            originInstant.plusNanos(start - originNanos),
                            failed));
        }
    }

    /**
     * Configures a {@link GraphMonitor}. Every setting has a default; each setter checks its
     * argument at once and returns this builder.
     */
    public static final class Builder {
        private Duration slowThreshold = Duration.ofMillis(100);
        private int slowLogCapacity = 100;
        private Duration window = Duration.ofSeconds(60);
        private int windowSlices = 6;
        private LongSupplier clock = System::nanoTime;
        private Clock wallClock = Clock.systemUTC();

        private Builder() {}

        /**
         * Calls that take longer than this (strictly) go to the slow log. Default 100 ms.
         *
         * @throws NullPointerException if {@code threshold} is null
         * @throws IllegalArgumentException if {@code threshold} is negative
         */
        public Builder slowThreshold(Duration threshold) {
            Objects.requireNonNull(threshold, "slowThreshold");
            if (threshold.isNegative()) {
                throw new IllegalArgumentException(
                        "slowThreshold must be zero or more, got " + threshold);
            }
            this.slowThreshold = threshold;
            return this;
        }

        /**
         * How many slow calls the log keeps: the most recent ones. Default 100; 0 keeps none (they
         * are still counted).
         *
         * @throws IllegalArgumentException if {@code capacity} is negative
         */
        public Builder slowLogCapacity(int capacity) {
            if (capacity < 0) {
                throw new IllegalArgumentException(
                        "slowLogCapacity must be zero or more, got " + capacity);
            }
            this.slowLogCapacity = capacity;
            return this;
        }

        /**
         * The rolling window for rates and percentiles: {@code length} divided into {@code slices}
         * equal slices; the window is the current slice and the {@code slices - 1} before it (see
         * the class description). More slices track the recent past more closely and keep more
         * histograms. Default 60 s in 6 slices.
         *
         * @throws NullPointerException if {@code length} is null
         * @throws IllegalArgumentException if {@code slices} is less than 1 or {@code length} is
         *     shorter than {@code slices} nanoseconds
         */
        public Builder window(Duration length, int slices) {
            Objects.requireNonNull(length, "window length");
            if (slices < 1) {
                throw new IllegalArgumentException(
                        "window slices must be at least 1, got " + slices);
            }
            if (length.isNegative() || length.compareTo(Duration.ofNanos(slices)) < 0) {
                throw new IllegalArgumentException(
                        "window length must be at least one nanosecond per slice ("
                                + slices
                                + " ns), got "
                                + length);
            }
            this.window = length;
            this.windowSlices = slices;
            return this;
        }

        /**
         * The time source for durations and the window, in nanoseconds, like (and by default)
         * {@link System#nanoTime()}. A test passes one it controls.
         *
         * @throws NullPointerException if {@code nanoTime} is null
         */
        public Builder clock(LongSupplier nanoTime) {
            this.clock = Objects.requireNonNull(nanoTime, "clock");
            return this;
        }

        /**
         * The wall clock, read once when the monitor is built, that dates the slow log's entries.
         * Default {@link Clock#systemUTC()}.
         *
         * @throws NullPointerException if {@code wallClock} is null
         */
        public Builder wallClock(Clock wallClock) {
            this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
            return this;
        }

        /** A new monitor with these settings; its clocks are read now. */
        public GraphMonitor build() {
            return new GraphMonitor(this);
        }
    }
}
