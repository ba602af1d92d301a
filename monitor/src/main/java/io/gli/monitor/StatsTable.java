package io.gli.monitor;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a {@link MonitorSnapshot} as aligned text. */
final class StatsTable {
    private static final List<String> HEADER =
            List.of(
                    "operation",
                    "calls",
                    "errors",
                    "total",
                    "avg",
                    "min",
                    "max",
                    "rate/s",
                    "p50",
                    "p95",
                    "p99");
    private static final String NONE = "-";
    private static final List<String> UNITS = List.of("ns", "us", "ms", "s");
    private static final String NEWLINE = "\n";

    private StatsTable() {}

    static String render(MonitorSnapshot snapshot) {
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%d operation%s; rate and percentiles over the last %s (window %s)"
                                + NEWLINE,
                        snapshot.operations().size(),
                        snapshot.operations().size() == 1 ? "" : "s",
                        duration(snapshot.windowCovered().toNanos()),
                        duration(snapshot.window().toNanos())));
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (OperationStats s : snapshot.operations()) {
            boolean recent = s.windowCount() > 0;
            rows.add(
                    List.of(
                            s.operation(),
                            count(s.count()),
                            count(s.errors()),
                            duration(s.totalNanos()),
                            duration(s.averageNanos()),
                            duration(s.minNanos()),
                            duration(s.maxNanos()),
                            rate(s.ratePerSecond()),
                            recent ? duration(s.p50Nanos()) : NONE,
                            recent ? duration(s.p95Nanos()) : NONE,
                            recent ? duration(s.p99Nanos()) : NONE));
        }
        appendAligned(out, rows);
        out.append(
                String.format(
                        Locale.ROOT,
                        "%d slow operation%s over %s",
                        snapshot.slowCount(),
                        snapshot.slowCount() == 1 ? "" : "s",
                        duration(snapshot.slowThreshold().toNanos())));
        if (snapshot.slowCount() > snapshot.slowOperations().size()) {
            out.append(", the last ").append(snapshot.slowOperations().size()).append(" kept");
        }
        out.append(snapshot.slowOperations().isEmpty() ? "" : ":").append(NEWLINE);
        for (SlowOperation slow : snapshot.slowOperations()) {
            out.append("  ").append(slow).append(NEWLINE);
        }
        return out.toString();
    }

    /** The operation column left-aligned, figures right-aligned, every line equally long. */
    private static void appendAligned(StringBuilder out, List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                out.append(i == 0 ? cell + pad : "  " + pad + cell);
            }
            out.append(NEWLINE);
        }
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? NONE : String.format(Locale.ROOT, "%,.1f", perSecond);
    }

    /** {@link #duration(double)} of a whole number of nanoseconds. */
    static String duration(long nanos) {
        return duration((double) nanos);
    }

    /**
     * Three significant digits in the largest unit that keeps the number at least 1: 999 ns, 1.50
     * us, 12.3 ms, 150 s.
     */
    static String duration(double nanos) {
        double value = nanos;
        int unit = 0;
        while (unit < UNITS.size() - 1 && threeDigits(value) >= 1000) {
            value /= 1000;
            unit++;
        }
        double rounded = threeDigits(value);
        String format = rounded < 10 ? "%.2f %s" : rounded < 100 ? "%.1f %s" : "%.0f %s";
        if (unit == 0 && rounded == Math.rint(rounded)) {
            format = "%.0f %s"; // whole nanoseconds need no decimals
        }
        return String.format(Locale.ROOT, format, rounded, UNITS.get(unit));
    }

    private static double threeDigits(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_UP)).doubleValue();
    }
}
