package io.gli.examples;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times a piece of work for printing. The examples report times the way the guide does, but only
 * print them: a time depends on the machine and its load, so no test ever checks one.
 */
final class Stopwatch {
    private Stopwatch() {}

    /** The result of some work and how long it took. */
    record Timed<T>(T value, Duration elapsed) {}

    static <T> Timed<T> time(Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Like {@code 0.123s}, the guide's format. */
    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%.3fs", elapsed.toNanos() / 1e9);
    }

    /** {@code count} per second over {@code elapsed}, like {@code 1,234,567}; 0 for no time. */
    static String perSecond(long count, Duration elapsed) {
        long nanos = elapsed.toNanos();
        return String.format(Locale.ROOT, "%,.0f", nanos == 0 ? 0.0 : count * 1e9 / nanos);
    }
}
