package io.gli.io;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * One attribute column of one snapshot block as {@link io.gli.BulkLoad} takes it: a read-only list
 * aligned with the block's rows, null where a row lacks the key. Booleans, longs and doubles stay
 * in primitive arrays and are boxed only when {@link #get} is called, so a block costs its arrays
 * and nothing per value until the store asks (1 byte a row for booleans, 8 for numbers, plus 1 a
 * row for a presence array when some rows lack the key); strings and tagged values are the objects
 * themselves.
 */
final class SnapshotColumn extends AbstractList<Object> implements RandomAccess {
    private enum Kind {
        BOOLEANS,
        LONGS,
        DOUBLES,
        OBJECTS
    }

    private final Kind kind;
    private final boolean[] present;
    private final boolean[] booleans;
    private final long[] longs;
    private final Object[] objects;
    private final int size;

    private SnapshotColumn(
            Kind kind, boolean[] present, boolean[] booleans, long[] longs, Object[] objects) {
        this.kind = kind;
        this.present = present;
        this.booleans = booleans;
        this.longs = longs;
        this.objects = objects;
        this.size =
                switch (kind) {
                    case BOOLEANS -> booleans.length;
                    case LONGS, DOUBLES -> longs.length;
                    case OBJECTS -> objects.length;
                };
    }

    /** {@code present} null means every row has a value. */
    static SnapshotColumn ofBooleans(boolean[] present, boolean[] values) {
        return new SnapshotColumn(Kind.BOOLEANS, present, values, null, null);
    }

    static SnapshotColumn ofLongs(boolean[] present, long[] values) {
        return new SnapshotColumn(Kind.LONGS, present, null, values, null);
    }

    /** {@code bits} are the doubles' raw IEEE bits. */
    static SnapshotColumn ofDoubles(boolean[] present, long[] bits) {
        return new SnapshotColumn(Kind.DOUBLES, present, null, bits, null);
    }

    /** Null entries are absent rows. */
    static SnapshotColumn ofObjects(Object[] values) {
        return new SnapshotColumn(Kind.OBJECTS, null, null, null, values);
    }

    @Override
    public Object get(int i) {
        if (present != null && !present[i]) {
            return null;
        }
        return switch (kind) {
            case BOOLEANS -> booleans[i];
            case LONGS -> longs[i];
            case DOUBLES -> Double.longBitsToDouble(longs[i]);
            case OBJECTS -> objects[i];
        };
    }

    @Override
    public int size() {
        return size;
    }
}
