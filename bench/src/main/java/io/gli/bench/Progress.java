package io.gli.bench;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Tells the person waiting what is running, how far along the report is, and roughly how long is
 * left.
 */
final class Progress {
    private final PrintStream out;
    private final int total;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    void starting(String what) {
        long elapsed = System.nanoTime() - started;
        String left =
                done == 0
                        ? "estimating"
                        : "~" + format(Duration.ofNanos(elapsed / done * (total - done))) + " left";
        out.printf(
                "[%3d/%d  %s elapsed, %s] %s ... ",
                done + 1, total, format(Duration.ofNanos(elapsed)), left, what);
        out.flush();
    }

    void finished(String result) {
        done++;
        out.println(result);
    }

    private static String format(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
