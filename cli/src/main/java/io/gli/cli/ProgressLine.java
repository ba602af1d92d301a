package io.gli.cli;

import io.gli.algo.AlgorithmProgress;
import io.gli.io.ProgressListener;
import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * A single self-updating line on standard error while a file loads (bytes read, the share of the
 * file when its size is known, rows, the rate, the time left) or an algorithm runs (its stage, how
 * far, the rate, and the time left when the algorithm knows its total). Drawn at most five times a
 * second, with a carriage return and no new line, and erased when the load ends; silent when
 * standard error is not a terminal or {@code --quiet} is given, so logs and pipes never see it.
 */
final class ProgressLine implements ProgressListener, AlgorithmProgress {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final String what;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private long lastDrawn;
    private int width;

    private ProgressLine(PrintStream err, String what, long totalBytes) {
        this.err = err;
        this.what = what;
        this.totalBytes = totalBytes;
    }

    /** A line for reading {@code what}, of {@code totalBytes} (0 if unknown), or none. */
    static ProgressListener forRead(boolean quiet, String what, long totalBytes) {
        if (quiet || !interactive()) {
            return ProgressListener.NONE;
        }
        return new ProgressLine(System.err, what, totalBytes);
    }

    /** A line for running the algorithm {@code what}, or none. */
    static AlgorithmProgress forAlgorithm(boolean quiet, String what) {
        if (quiet || !interactive()) {
            return AlgorithmProgress.NONE;
        }
        return new ProgressLine(System.err, what, 0);
    }

    /**
     * Whether the command runs at a terminal. Java cannot ask about standard error alone; a console
     * exists only when standard input and output are a terminal, so the line is also off while
     * output is piped, which is when it matters most. From JDK 22 on, a console always exists and
     * {@code Console.isTerminal()} (looked up reflectively, since this is built for 17) says.
     */
    @SuppressWarnings("SystemConsoleNull") // the JDK 22 case is handled just below
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true; // JDK 17 to 21: a console is a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public void progress(long bytesRead, long rowsRead) {
        double rate = rateIfDue(bytesRead);
        if (rate < 0) {
            return;
        }
        StringBuilder line = new StringBuilder("reading ").append(what).append(": ");
        line.append(megabytes(bytesRead));
        if (totalBytes > 0) {
            line.append(
                    String.format(
                            Locale.ROOT,
                            " of %s (%d%%)",
                            megabytes(totalBytes),
                            Math.min(100, bytesRead * 100 / totalBytes)));
        }
        line.append(
                String.format(Locale.ROOT, ", %,d rows, %s/s", rowsRead, megabytes((long) rate)));
        if (totalBytes > 0 && rate > 0 && bytesRead < totalBytes) {
            line.append(
                    String.format(Locale.ROOT, ", %.0f s left", (totalBytes - bytesRead) / rate));
        }
        draw(line.toString());
    }

    /**
     * An algorithm's step: {@code done} units of {@code stage} of {@code total} (-1 if unknown; an
     * iteration limit is only a bound, so no time left is shown for iterations).
     */
    @Override
    public void progress(String stage, long done, long total) {
        double rate = rateIfDue(done);
        if (rate < 0) {
            return;
        }
        StringBuilder line =
                new StringBuilder(what).append(": ").append(stage).append(' ').append(done);
        if (total >= 0) {
            line.append(stage.equals("iteration") ? " of at most " : " of ").append(total);
        }
        line.append(String.format(Locale.ROOT, ", %.1f/s", rate));
        if (total > done && rate > 0 && !stage.equals("iteration")) {
            line.append(String.format(Locale.ROOT, ", %.0f s left", (total - done) / rate));
        }
        draw(line.toString());
    }

    /** Erases the line. */
    void done() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    /** Erases the line of {@code listener} if it is one. */
    static void done(Object listener) {
        if (listener instanceof ProgressLine line) {
            line.done();
        }
    }

    /**
     * The rate of {@code amount} since the start, per second, if a redraw is due (and marks it
     * drawn); -1 if the line was drawn less than {@link #REDRAW_NANOS} ago.
     */
    private double rateIfDue(long amount) {
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS) {
            return -1;
        }
        lastDrawn = now;
        double seconds = (now - start) / 1e9;
        return seconds > 0 ? amount / seconds : 0;
    }

    private void draw(String text) {
        String padded = text.length() < width ? text + " ".repeat(width - text.length()) : text;
        err.print("\r" + padded);
        err.flush();
        width = text.length();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
