package io.gli.monitor;

import io.gli.Batch;
import io.gli.ForwardingBatch;

/**
 * A batch from {@link MonitoredGraph#openBatch()}: forwards everything to the wrapped graph's batch
 * and records {@link #commit()} under {@code commit}, with the number of staged operations for the
 * slow log. Staging is not recorded: it only checks arguments and appends to a list, and a row per
 * staging call would bury the one figure that matters, the time to apply the batch.
 */
final class MonitoredBatch extends ForwardingBatch {
    private final GraphMonitor monitor;

    MonitoredBatch(Batch batch, GraphMonitor monitor) {
        super(batch);
        this.monitor = monitor;
    }

    @Override
    public void commit() {
        monitor.timeVoid(
                Call.COMMIT,
                delegate(),
                delegate().size(),
                null,
                null,
                null,
                (batch, size, b, c, d) -> batch.commit());
    }
}
