package io.gli.spi;

/**
 * One attribute key across every node (or every edge) of a store, in node (edge) order, as the
 * store serves it to {@link io.gli.Graph#nodeColumn} and {@link io.gli.Graph#edgeColumn}. Position
 * {@code i} is the {@code i}-th element of {@link GraphStore#nodes()} ({@link GraphStore#edges()})
 * at the moment the column was made.
 *
 * <p>A column need not be a copy: it may read the store's own storage, and then it is valid only
 * until the store's next change. The API layer guarantees that: it makes the column inside {@link
 * Synchronizer#readAll}, and after any change it discards what the column returned (a read that
 * overlapped a change may return anything or throw any {@link RuntimeException}, but must
 * terminate). A column must not change anything.
 *
 * <p>The bulk methods have plain implementations on top of {@link #kind} and the typed reads; a
 * store overrides them with tight loops over its own layout. Their preconditions (which kinds may
 * be present) are checked by the API layer through {@link #kinds()}.
 */
public interface StoreColumn {
    /** {@link #kind}: the element lacks the attribute. */
    int ABSENT = 0;

    /** {@link #kind}: a {@link Long}. */
    int LONG = 1;

    /** {@link #kind}: a {@link Double}. */
    int DOUBLE = 2;

    /** {@link #kind}: a {@link Boolean}. */
    int BOOLEAN = 3;

    /** {@link #kind}: a {@link String}. */
    int STRING = 4;

    /** {@link #kind}: a nested {@link java.util.List} or {@link java.util.Map}. */
    int NESTED = 5;

    /** The number of elements (present or not). */
    int size();

    /** What the element at {@code i} holds: {@link #ABSENT} or the type of its value. */
    int kind(int i);

    /** The value at {@code i}, whose {@link #kind} is {@link #LONG}. */
    long longAt(int i);

    /** The value at {@code i}, whose {@link #kind} is {@link #DOUBLE}. */
    double doubleAt(int i);

    /** The value at {@code i}, whose {@link #kind} is {@link #BOOLEAN}. */
    boolean booleanAt(int i);

    /** The value at {@code i} in its stored form, or null if absent. */
    Object valueAt(int i);

    /** The ID of the node at {@code i}, or the source of the edge at {@code i}; for messages. */
    String id(int i);

    /** The target of the edge at {@code i}; null in a node column. For messages. */
    String target(int i);

    /**
     * The kinds present, as a bit mask: bit {@code 1 << kind} for each {@link #kind} that occurs.
     */
    default int kinds() {
        int mask = 0;
        for (int i = 0, n = size(); i < n; i++) {
            mask |= 1 << kind(i);
        }
        return mask;
    }

    /** The sum of the values (wrapping on overflow). Precondition: they are all {@link #LONG}. */
    default long sumLongs() {
        long sum = 0;
        for (int i = 0, n = size(); i < n; i++) {
            if (kind(i) == LONG) {
                sum += longAt(i);
            }
        }
        return sum;
    }

    /**
     * The least ({@code max == false}) or greatest value; {@link Long#MAX_VALUE} or {@link
     * Long#MIN_VALUE} when there is none. Precondition: they are all {@link #LONG}.
     */
    default long extremeLong(boolean max) {
        long best = max ? Long.MIN_VALUE : Long.MAX_VALUE;
        for (int i = 0, n = size(); i < n; i++) {
            if (kind(i) == LONG) {
                long v = longAt(i);
                best = max ? Math.max(best, v) : Math.min(best, v);
            }
        }
        return best;
    }

    /**
     * The sum of the values as doubles, added in order (Longs converted). Precondition: they are
     * all {@link #LONG} or {@link #DOUBLE}.
     */
    default double sumDoubles() {
        double sum = 0;
        for (int i = 0, n = size(); i < n; i++) {
            int kind = kind(i);
            if (kind == DOUBLE) {
                sum += doubleAt(i);
            } else if (kind == LONG) {
                sum += longAt(i);
            }
        }
        return sum;
    }

    /**
     * The least or greatest value as a double, by {@link Math#min}/{@link Math#max} (so a NaN
     * wins); positive or negative infinity when there is none. Precondition as for {@link
     * #sumDoubles}.
     */
    default double extremeDouble(boolean max) {
        double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0, n = size(); i < n; i++) {
            int kind = kind(i);
            if (kind != ABSENT) {
                double v = kind == DOUBLE ? doubleAt(i) : longAt(i);
                best = max ? Math.max(best, v) : Math.min(best, v);
            }
        }
        return best;
    }
}
