package io.gli.bench;

import java.util.Locale;

/** How figures read in the tables. */
final class Format {
    private Format() {}

    /** A duration given in nanoseconds, in the unit that keeps 3 significant digits readable. */
    static String nanos(double ns) {
        if (Double.isNaN(ns)) {
            return "—";
        }
        if (ns >= 1e9) {
            return String.format(Locale.ROOT, "%.2f s", ns / 1e9);
        }
        if (ns >= 1e6) {
            return String.format(Locale.ROOT, "%.1f ms", ns / 1e6);
        }
        if (ns >= 1e3) {
            return String.format(Locale.ROOT, "%.2f μs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f ns", ns);
    }

    /** A duration with JMH's error, when it has one. */
    static String nanos(double ns, double errorNs) {
        if (Double.isNaN(errorNs) || errorNs == 0) {
            return nanos(ns);
        }
        return nanos(ns) + " ± " + nanos(errorNs);
    }

    static String bytes(double bytes) {
        return Double.isNaN(bytes) ? "—" : String.format(Locale.ROOT, "%.1f B", bytes);
    }

    static String ratio(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio)
                ? "—"
                : String.format(Locale.ROOT, "%.1fx", ratio);
    }

    static String throughput(double opsPerMicro) {
        return Double.isNaN(opsPerMicro)
                ? "—"
                : String.format(Locale.ROOT, "%.2f ops/μs", opsPerMicro);
    }

    /** 1000000 as "1M", 10000 as "10k". */
    static String count(int n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        if (n >= 1_000 && n % 1_000 == 0) {
            return n / 1_000 + "k";
        }
        return Integer.toString(n);
    }
}
