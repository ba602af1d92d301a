package io.gli.monitor;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A nanosecond clock that moves only when told to: by a test, or by a {@link TimedGraph} call. */
final class FakeClock implements LongSupplier {
    private long now = 1_000_000_000L;

    @Override
    public long getAsLong() {
        return now;
    }

    void advance(long nanos) {
        now += nanos;
    }

    void advance(Duration duration) {
        advance(duration.toNanos());
    }
}
