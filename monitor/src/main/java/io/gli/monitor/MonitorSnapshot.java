package io.gli.monitor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link GraphMonitor} had recorded when {@link GraphMonitor#snapshot()} was called:
 * immutable, and unaffected by later calls. {@link #toString()} is an aligned text table.
 */
public final class MonitorSnapshot {
    /** The rise in average time that {@link #alertsAgainst(MonitorSnapshot)} tolerates: 50%. */
    public static final double DEFAULT_ALERT_INCREASE = 0.5;

    private static final Comparator<OperationStats> MOST_TIME_FIRST =
            Comparator.comparingLong(OperationStats::totalNanos)
                    .reversed()
                    .thenComparing(OperationStats::operation);

    private final List<OperationStats> operations;
    private final Duration window;
    private final Duration windowCovered;
    private final Duration slowThreshold;
    private final List<SlowOperation> slowOperations;
    private final long slowCount;

    MonitorSnapshot(
            List<OperationStats> operations,
            Duration window,
            Duration windowCovered,
            Duration slowThreshold,
            List<SlowOperation> slowOperations,
            long slowCount) {
        List<OperationStats> sorted = new ArrayList<>(operations);
        sorted.sort(MOST_TIME_FIRST);
        this.operations = List.copyOf(sorted);
        this.window = window;
        this.windowCovered = windowCovered;
        this.slowThreshold = slowThreshold;
        this.slowOperations = List.copyOf(slowOperations);
        this.slowCount = slowCount;
    }

    /**
     * Every operation called at least once, the one with the most total time first (ties by name).
     */
    public List<OperationStats> operations() {
        return operations;
    }

    /**
     * The figures of one operation (a {@link io.gli.Graph} method name, or {@code commit}), or
     * empty if it was never called.
     */
    public Optional<OperationStats> operation(String name) {
        Objects.requireNonNull(name, "operation name");
        return operations.stream().filter(s -> s.operation().equals(name)).findFirst();
    }

    /** The configured length of the rolling window. */
    public Duration window() {
        return window;
    }

    /** The time the window actually spanned: the rates' denominator. */
    public Duration windowCovered() {
        return windowCovered;
    }

    /** Calls longer than this went to the slow log. */
    public Duration slowThreshold() {
        return slowThreshold;
    }

    /** The slow calls the log kept, the most recent ones, oldest first. */
    public List<SlowOperation> slowOperations() {
        return slowOperations;
    }

    /** Every slow call there was, including those the log no longer keeps. */
    public long slowCount() {
        return slowCount;
    }

    /** {@link #alertsAgainst(MonitorSnapshot, double)} with a tolerated rise of 50%. */
    public List<Alert> alertsAgainst(MonitorSnapshot baseline) {
        return alertsAgainst(baseline, DEFAULT_ALERT_INCREASE);
    }

    /**
     * Compares each operation's average time with {@code baseline}'s: an operation whose average
     * rose by more than {@code maxIncrease} (a fraction: 0.5 is +50%) gives an alert. Operations
     * missing from either snapshot are not compared. The largest rise comes first.
     *
     * @throws NullPointerException if {@code baseline} is null
     * @throws IllegalArgumentException if {@code maxIncrease} is negative, NaN or infinite
     */
    public List<Alert> alertsAgainst(MonitorSnapshot baseline, double maxIncrease) {
        Objects.requireNonNull(baseline, "baseline");
        if (!(maxIncrease >= 0) || Double.isInfinite(maxIncrease)) {
            throw new IllegalArgumentException(
                    "maxIncrease must be a finite fraction of zero or more (0.5 is +50%), got "
                            + maxIncrease);
        }
        List<Alert> alerts = new ArrayList<>();
        for (OperationStats now : operations) {
            Optional<OperationStats> before = baseline.operation(now.operation());
            if (before.isPresent()
                    && now.averageNanos() > before.get().averageNanos() * (1 + maxIncrease)) {
                alerts.add(
                        new Alert(
                                now.operation(), before.get().averageNanos(), now.averageNanos()));
            }
        }
        alerts.sort(
                Comparator.comparingDouble(Alert::increase)
                        .reversed()
                        .thenComparing(Alert::operation));
        return List.copyOf(alerts);
    }

    /**
     * The snapshot as text: a header line, a table with one row per operation (columns aligned,
     * times in ns, us, ms or s with three significant digits), and the slow log.
     */
    public String toTable() {
        return StatsTable.render(this);
    }

    /** The same as {@link #toTable()}. */
    @Override
    public String toString() {
        return toTable();
    }
}
