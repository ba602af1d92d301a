package io.gli.spi;

import java.util.List;

/**
 * A {@link StoreColumn} held in arrays of its own: a copy, valid forever. What the default {@link
 * GraphStore#nodeColumn} and {@link GraphStore#edgeColumn} return, and what a store without a
 * columnar layout may return too.
 *
 * <p>Representation, for {@code n} entries: {@code byte[n] kinds} (each entry's {@link
 * StoreColumn#kind}); {@code long[n] longs} (the LONG values, 0 elsewhere); {@code double[n]
 * doubles} (the DOUBLE values and the LONG values converted, 0 elsewhere); {@code Object[n] others}
 * (Booleans, Strings and nested values) only if there is one; the IDs as given. So about 17 bytes
 * an entry, plus a reference an entry with {@code others}, plus four array headers. Numbers sit in
 * primitive arrays with 0 where absent so that the sums are plain loops with no test per entry.
 */
public final class ArrayColumn implements StoreColumn {
    private final byte[] kinds;

    /** The LONG values; 0 elsewhere. */
    private final long[] longs;

    /** The DOUBLE values, and the LONG values converted; 0 elsewhere. */
    private final double[] doubles;

    /** The values of other kinds; null when there are none. */
    private final Object[] others;

    private final List<String> ids;
    private final List<String> targets;
    private final int kindMask;

    private ArrayColumn(
            byte[] kinds,
            long[] longs,
            double[] doubles,
            Object[] others,
            List<String> ids,
            List<String> targets) {
        this.kinds = kinds;
        this.longs = longs;
        this.doubles = doubles;
        this.others = others;
        this.ids = ids;
        this.targets = targets;
        int mask = 0;
        for (byte kind : kinds) {
            mask |= 1 << kind;
        }
        this.kindMask = mask;
    }

    /**
     * A column of stored-form values (Long, Double, Boolean, String, immutable List or Map; null
     * where absent), copied.
     *
     * @param ids the node IDs, or the edges' sources, in the same order (null when unknown)
     * @param targets the edges' targets, or null for a node column
     */
    public static ArrayColumn of(Object[] values, List<String> ids, List<String> targets) {
        int n = values.length;
        byte[] kinds = new byte[n];
        long[] longs = new long[n];
        double[] doubles = new double[n];
        Object[] others = null;
        for (int i = 0; i < n; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Long l) {
                kinds[i] = LONG;
                longs[i] = l;
                doubles[i] = l;
            } else if (v instanceof Double d) {
                kinds[i] = DOUBLE;
                doubles[i] = d;
            } else {
                kinds[i] =
                        (byte)
                                (v instanceof Boolean
                                        ? BOOLEAN
                                        : v instanceof String ? STRING : NESTED);
                if (others == null) {
                    others = new Object[n];
                }
                others[i] = v;
            }
        }
        return new ArrayColumn(kinds, longs, doubles, others, ids, targets);
    }

    /** A column of Longs; {@code present[i]} false where absent. Keeps the arrays. */
    public static ArrayColumn ofLongs(long[] values, boolean[] present) {
        int n = values.length;
        byte[] kinds = new byte[n];
        double[] doubles = new double[n];
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                kinds[i] = LONG;
                doubles[i] = values[i];
            } else {
                values[i] = 0;
            }
        }
        return new ArrayColumn(kinds, values, doubles, null, null, null);
    }

    /** A column of Doubles; {@code present[i]} false where absent. Keeps the arrays. */
    public static ArrayColumn ofDoubles(double[] values, boolean[] present) {
        int n = values.length;
        byte[] kinds = new byte[n];
        for (int i = 0; i < n; i++) {
            if (present[i]) {
                kinds[i] = DOUBLE;
            } else {
                values[i] = 0;
            }
        }
        return new ArrayColumn(kinds, new long[n], values, null, null, null);
    }

    @Override
    public int size() {
        return kinds.length;
    }

    @Override
    public int kind(int i) {
        return kinds[i];
    }

    @Override
    public long longAt(int i) {
        return longs[i];
    }

    @Override
    public double doubleAt(int i) {
        return doubles[i];
    }

    @Override
    public boolean booleanAt(int i) {
        return (Boolean) others[i];
    }

    @Override
    public Object valueAt(int i) {
        return switch (kinds[i]) {
            case ABSENT -> null;
            case LONG -> longs[i];
            case DOUBLE -> doubles[i];
            default -> others[i];
        };
    }

    @Override
    public String id(int i) {
        return ids == null ? null : ids.get(i);
    }

    @Override
    public String target(int i) {
        return targets == null ? null : targets.get(i);
    }

    @Override
    public int kinds() {
        return kindMask;
    }

    // Absent entries hold 0, so the sums need no test per entry: a plain reduction.

    @Override
    public long sumLongs() {
        long[] a = longs;
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
        }
        return sum;
    }

    @Override
    public double sumDoubles() {
        double[] a = doubles;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
        }
        return sum;
    }

    @Override
    public long extremeLong(boolean max) {
        long[] a = longs;
        byte[] k = kinds;
        long best = max ? Long.MIN_VALUE : Long.MAX_VALUE;
        for (int i = 0; i < a.length; i++) {
            best = k[i] == ABSENT ? best : max ? Math.max(best, a[i]) : Math.min(best, a[i]);
        }
        return best;
    }

    @Override
    public double extremeDouble(boolean max) {
        double[] a = doubles;
        byte[] k = kinds;
        double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            best = k[i] == ABSENT ? best : max ? Math.max(best, a[i]) : Math.min(best, a[i]);
        }
        return best;
    }
}
