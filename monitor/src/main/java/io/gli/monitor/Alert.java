package io.gli.monitor;

import java.util.Locale;

/**
 * An operation whose average time rose by more than the allowed fraction over a baseline; see
 * {@link MonitorSnapshot#alertsAgainst(MonitorSnapshot, double)}.
 *
 * @param operation the {@link io.gli.Graph} method name
 * @param baselineAverageNanos its average in the baseline
 * @param currentAverageNanos its average now
 */
public record Alert(String operation, double baselineAverageNanos, double currentAverageNanos) {

    /**
     * The rise as a fraction of the baseline: 0.5 is +50%; infinite if the baseline average was 0.
     */
    public double increase() {
        return currentAverageNanos / baselineAverageNanos - 1;
    }

    /** Like {@code hasNode: average 150 ns, up 50% from 100 ns}. */
    @Override
    public String toString() {
        return operation
                + ": average "
                + StatsTable.duration(currentAverageNanos)
                + ", up "
                + String.format(Locale.ROOT, "%.0f%%", increase() * 100)
                + " from "
                + StatsTable.duration(baselineAverageNanos);
    }
}
