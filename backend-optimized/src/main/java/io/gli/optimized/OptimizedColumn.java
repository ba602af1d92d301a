package io.gli.optimized;

import io.gli.spi.StoreColumn;
import java.util.function.IntFunction;

/**
 * A column served from the optimized store's own storage, copying no value: position → element
 * index (identity while no element is dead) → its attribute set id → the set's shape, which says
 * whether and in which kind the set has the key → the payload in that kind's bit-packed {@link
 * AttrColumn}. Valid until the store's next write (see {@link StoreColumn}); every loop is bounded
 * by the size fixed at creation, so a read overlapping a write ends, possibly by throwing.
 *
 * <p>The bulk methods are single loops over the set-id array with no boxing and no call through an
 * interface; when every shape in the store has the key in one kind, presence is just "the element
 * has attributes" and the shape lookup is skipped.
 *
 * <p>Representation: the arrays and functions it is made with, no copy (a record of them, since a
 * column is nothing more than its view of the store).
 *
 * @param size the number of positions
 * @param positions element index of each position; null when they are equal (no dead elements)
 * @param sets set id per element index; null when no element has attributes
 * @param reader the key's columns and its kind per shape
 * @param ids the ID of the node at an element index, or the source of the edge
 * @param targets the target of the edge at an element index; null in a node column
 */
@SuppressWarnings("ArrayRecordComponent") // a view of the store's arrays; never compared
record OptimizedColumn(
        int size,
        int[] positions,
        int[] sets,
        AttributeSets.KeyReader reader,
        IntFunction<String> ids,
        IntFunction<String> targets)
        implements StoreColumn {
    /** What {@link #foldNumbers} computes. */
    private static final int SUM = 0;

    private static final int MIN = 1;
    private static final int MAX = 2;

    private int setAt(int i) {
        if (sets == null) {
            return AttributeSets.EMPTY;
        }
        return sets[positions == null ? i : positions[i]];
    }

    @Override
    public int kind(int i) {
        return reader.kind(setAt(i));
    }

    @Override
    public long longAt(int i) {
        return reader.column(AttrColumn.LONG).payload(setAt(i));
    }

    @Override
    public double doubleAt(int i) {
        return Double.longBitsToDouble(reader.column(AttrColumn.DOUBLE).payload(setAt(i)));
    }

    @Override
    public boolean booleanAt(int i) {
        return reader.column(AttrColumn.BOOLEAN).payload(setAt(i)) != 0;
    }

    @Override
    public Object valueAt(int i) {
        int set = setAt(i);
        int kind = reader.kind(set);
        return kind == ABSENT ? null : reader.value(set, kind - 1);
    }

    @Override
    public String id(int i) {
        return ids.apply(positions == null ? i : positions[i]);
    }

    @Override
    public String target(int i) {
        return targets == null ? null : targets.apply(positions == null ? i : positions[i]);
    }

    @Override
    public int kinds() {
        if (sets == null) {
            return size == 0 ? 0 : 1 << ABSENT;
        }
        int mask = 0;
        for (int i = 0; i < size; i++) {
            mask |= 1 << reader.kind(setAt(i));
        }
        return mask;
    }

    @Override
    public long sumLongs() {
        AttrColumn column = reader.column(AttrColumn.LONG);
        int[] s = sets;
        if (column == null || s == null) {
            return 0;
        }
        int[] p = positions;
        long sum = 0;
        if (reader.uniformKind == LONG) {
            // every set with attributes has the key as a Long: only EMPTY is absent
            for (int i = 0; i < size; i++) {
                int set = s[p == null ? i : p[i]];
                if (set != AttributeSets.EMPTY) {
                    sum += column.payload(set);
                }
            }
        } else {
            for (int i = 0; i < size; i++) {
                int set = s[p == null ? i : p[i]];
                if (reader.kind(set) == LONG) {
                    sum += column.payload(set);
                }
            }
        }
        return sum;
    }

    @Override
    public long extremeLong(boolean max) {
        AttrColumn column = reader.column(AttrColumn.LONG);
        long best = max ? Long.MIN_VALUE : Long.MAX_VALUE;
        int[] s = sets;
        if (column == null || s == null) {
            return best;
        }
        int[] p = positions;
        for (int i = 0; i < size; i++) {
            int set = s[p == null ? i : p[i]];
            if (reader.kind(set) == LONG) {
                long v = column.payload(set);
                best = max ? Math.max(best, v) : Math.min(best, v);
            }
        }
        return best;
    }

    @Override
    public double sumDoubles() {
        return foldNumbers(SUM, 0);
    }

    @Override
    public double extremeDouble(boolean max) {
        return max
                ? foldNumbers(MAX, Double.NEGATIVE_INFINITY)
                : foldNumbers(MIN, Double.POSITIVE_INFINITY);
    }

    /**
     * Folds the Long and Double values, in order, as doubles, from {@code start}: their sum, or
     * their least or greatest by {@link Math#min}/{@link Math#max}. One loop for the three: the
     * choice is a loop invariant, as the {@code max} flag of {@link #extremeLong} is.
     */
    private double foldNumbers(int fold, double start) {
        double acc = start;
        int[] s = sets;
        if (s == null) {
            return acc;
        }
        AttrColumn longs = reader.column(AttrColumn.LONG);
        AttrColumn doubles = reader.column(AttrColumn.DOUBLE);
        int[] p = positions;
        for (int i = 0; i < size; i++) {
            int set = s[p == null ? i : p[i]];
            int kind = reader.kind(set);
            double v;
            if (kind == DOUBLE) {
                v = Double.longBitsToDouble(doubles.payload(set));
            } else if (kind == LONG) {
                v = longs.payload(set);
            } else {
                continue;
            }
            acc = fold == SUM ? acc + v : fold == MAX ? Math.max(acc, v) : Math.min(acc, v);
        }
        return acc;
    }
}
