package io.gli.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One call that took longer than the monitor's slow threshold.
 *
 * @param operation the {@link io.gli.Graph} method called
 * @param arguments a short rendering of the arguments, like {@code id="alice", attributes={2
 *     entries}}: strings quoted and cut at 40 characters, collections and maps by size, functions
 *     as {@code (function)}
 * @param duration how long the call took
 * @param startedAt when the call started, by the monitor's wall clock
 * @param failed whether the call threw
 */
public record SlowOperation(
        String operation, String arguments, Duration duration, Instant startedAt, boolean failed) {

    /** Checks that no component is null. */
    public SlowOperation {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Like {@code 2026-01-01T00:00:00Z addNode(id="a") took 150 ms (threw)}. */
    @Override
    public String toString() {
        return startedAt
                + " "
                + operation
                + "("
                + arguments
                + ") took "
                + StatsTable.duration(duration.toNanos())
                + (failed ? " (threw)" : "");
    }
}
