package io.gli.io;

import io.gli.AttributeColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attribute columns of snapshot blocks, as {@link SnapshotLayout} lays them out: written from a
 * graph's {@link AttributeColumn} a block of rows at a time, read back into a {@link
 * SnapshotColumn} list for {@link io.gli.BulkLoad}. A column whose present values all have one
 * scalar type is stored as that type's array; any other (mixed types, lists, maps) as tagged
 * values.
 */
final class SnapshotColumns {
    private SnapshotColumns() {}

    // ---- writing

    /** Writes rows {@code from} to {@code from + rows} of {@code column}. */
    static void write(AttributeColumn column, int from, int rows, SnapshotBlockOutput out) {
        Object[] values = new Object[rows];
        boolean[] present = new boolean[rows];
        int presentCount = 0;
        Class<?> type = null;
        boolean tagged = false;
        for (int i = 0; i < rows; i++) {
            Object value = column.get(from + i);
            if (value != null) {
                values[i] = value;
                present[i] = true;
                presentCount++;
                if (type == null) {
                    type = value.getClass();
                    tagged = !isScalar(value);
                } else if (type != value.getClass()) {
                    tagged = true;
                }
            }
        }
        if (presentCount == 0) {
            out.putByte(SnapshotLayout.NONE);
            return;
        }
        byte encoding = tagged ? SnapshotLayout.TAGGED : encodingOf(values, present);
        out.putByte(encoding);
        if (presentCount == rows) {
            out.putByte(SnapshotLayout.ALL_PRESENT);
        } else {
            out.putByte(SnapshotLayout.BITMAP);
            out.putBits(present, rows);
        }
        switch (encoding) {
            case SnapshotLayout.BOOLEANS -> {
                boolean[] bits = new boolean[presentCount];
                int k = 0;
                for (int i = 0; i < rows; i++) {
                    if (present[i]) {
                        bits[k++] = (Boolean) values[i];
                    }
                }
                out.putBits(bits, presentCount);
            }
            case SnapshotLayout.LONGS -> {
                for (int i = 0; i < rows; i++) {
                    if (present[i]) {
                        out.putLong((Long) values[i]);
                    }
                }
            }
            case SnapshotLayout.DOUBLES -> {
                for (int i = 0; i < rows; i++) {
                    if (present[i]) {
                        out.putLong(Double.doubleToRawLongBits((Double) values[i]));
                    }
                }
            }
            case SnapshotLayout.STRINGS -> {
                for (int i = 0; i < rows; i++) {
                    if (present[i]) {
                        out.putString((String) values[i]);
                    }
                }
            }
            default -> {
                for (int i = 0; i < rows; i++) {
                    if (present[i]) {
                        writeTagged(values[i], out);
                    }
                }
            }
        }
    }

    private static boolean isScalar(Object value) {
        return value instanceof Boolean
                || value instanceof Long
                || value instanceof Double
                || value instanceof String;
    }

    private static byte encodingOf(Object[] values, boolean[] present) {
        for (int i = 0; i < values.length; i++) {
            if (present[i]) {
                Object value = values[i];
                if (value instanceof Boolean) {
                    return SnapshotLayout.BOOLEANS;
                } else if (value instanceof Long) {
                    return SnapshotLayout.LONGS;
                } else if (value instanceof Double) {
                    return SnapshotLayout.DOUBLES;
                }
                return SnapshotLayout.STRINGS;
            }
        }
        throw new AssertionError("no present value");
    }

    private static void writeTagged(Object value, SnapshotBlockOutput out) {
        if (value instanceof Boolean b) {
            out.putByte(b ? SnapshotLayout.TAG_TRUE : SnapshotLayout.TAG_FALSE);
        } else if (value instanceof Long l) {
            out.putByte(SnapshotLayout.TAG_LONG);
            out.putLong(l);
        } else if (value instanceof Double d) {
            out.putByte(SnapshotLayout.TAG_DOUBLE);
            out.putLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof String s) {
            out.putByte(SnapshotLayout.TAG_STRING);
            out.putString(s);
        } else if (value instanceof List<?> list) {
            out.putByte(SnapshotLayout.TAG_LIST);
            out.putVarint(list.size());
            for (Object element : list) {
                writeTagged(element, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.putByte(SnapshotLayout.TAG_MAP);
            out.putVarint(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.putString((String) entry.getKey());
                writeTagged(entry.getValue(), out);
            }
        } else {
            // the graph stores only the types above; anything else is a backend bug
            throw new IllegalStateException(
                    "not a stored attribute value: "
                            + (value == null ? "null" : value.getClass().getName()));
        }
    }

    // ---- reading

    /**
     * Reads a column of {@code rows} rows of {@code key}; null if no row has the key.
     *
     * @throws GraphFormatException if the column is malformed or over the read limits
     */
    static SnapshotColumn read(SnapshotBlockInput in, int rows, String key)
            throws GraphFormatException {
        long start = in.position();
        int encoding = in.u8("the encoding of column " + Failures.quote(key));
        if (encoding == SnapshotLayout.NONE) {
            return null;
        }
        if (encoding > SnapshotLayout.TAGGED) {
            throw Failures.snapshotMalformed(
                    in.source(),
                    start,
                    "column "
                            + Failures.quote(key)
                            + " has encoding "
                            + encoding
                            + ", expected 0 to "
                            + SnapshotLayout.TAGGED);
        }
        long presenceAt = in.position();
        int presence = in.u8("the presence of column " + Failures.quote(key));
        boolean[] present = null;
        int count = rows;
        if (presence == SnapshotLayout.BITMAP) {
            present = new boolean[rows];
            in.bits(present, rows, "the presence bitmap of column " + Failures.quote(key));
            count = 0;
            for (boolean p : present) {
                count += p ? 1 : 0;
            }
        } else if (presence != SnapshotLayout.ALL_PRESENT) {
            throw Failures.snapshotMalformed(
                    in.source(),
                    presenceAt,
                    "column "
                            + Failures.quote(key)
                            + " has presence "
                            + presence
                            + ", expected 0 (every row) or 1 (a bitmap)");
        }
        String what = "the values of column " + Failures.quote(key);
        return switch (encoding) {
            case SnapshotLayout.BOOLEANS -> {
                boolean[] packed = new boolean[count];
                in.bits(packed, count, what);
                boolean[] dense = present == null ? packed : spread(packed, present);
                yield SnapshotColumn.ofBooleans(present, dense);
            }
            case SnapshotLayout.LONGS, SnapshotLayout.DOUBLES -> {
                long[] packed = new long[count];
                in.longs(packed, count, what);
                long[] dense = present == null ? packed : spread(packed, present);
                yield encoding == SnapshotLayout.LONGS
                        ? SnapshotColumn.ofLongs(present, dense)
                        : SnapshotColumn.ofDoubles(present, dense);
            }
            default -> {
                in.need(count, what); // one byte at least each, before sizing the array
                Object[] dense = new Object[rows];
                for (int i = 0; i < rows; i++) {
                    if (present == null || present[i]) {
                        dense[i] =
                                encoding == SnapshotLayout.STRINGS
                                        ? in.string(what)
                                        : readTagged(in, what, 0);
                    }
                }
                yield SnapshotColumn.ofObjects(dense);
            }
        };
    }

    private static boolean[] spread(boolean[] packed, boolean[] present) {
        boolean[] dense = new boolean[present.length];
        int k = 0;
        for (int i = 0; i < present.length; i++) {
            if (present[i]) {
                dense[i] = packed[k++];
            }
        }
        return dense;
    }

    private static long[] spread(long[] packed, boolean[] present) {
        long[] dense = new long[present.length];
        int k = 0;
        for (int i = 0; i < present.length; i++) {
            if (present[i]) {
                dense[i] = packed[k++];
            }
        }
        return dense;
    }

    private static Object readTagged(SnapshotBlockInput in, String what, int depth)
            throws GraphFormatException {
        long start = in.position();
        int tag = in.u8(what);
        Object scalar =
                switch (tag) {
                    case SnapshotLayout.TAG_FALSE -> false;
                    case SnapshotLayout.TAG_TRUE -> true;
                    case SnapshotLayout.TAG_LONG -> in.int64(what);
                    case SnapshotLayout.TAG_DOUBLE -> Double.longBitsToDouble(in.int64(what));
                    case SnapshotLayout.TAG_STRING -> in.string(what);
                    case SnapshotLayout.TAG_LIST, SnapshotLayout.TAG_MAP -> null;
                    default ->
                            throw Failures.snapshotMalformed(
                                    in.source(),
                                    start,
                                    what
                                            + " holds tag "
                                            + tag
                                            + ", expected a value tag from 0 to 6");
                };
        if (scalar != null) {
            return scalar;
        }
        if (depth >= in.limits().maxDepth()) {
            throw Failures.snapshotMalformed(
                    in.source(),
                    start,
                    what
                            + " nests deeper than "
                            + in.limits().maxDepth()
                            + " lists and maps (ReadLimits.maxDepth)");
        }
        if (tag == SnapshotLayout.TAG_LIST) {
            int size = in.count("list elements", 1);
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(readTagged(in, what, depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        long countAt = in.position();
        int size = in.count("map entries", 2);
        if (size > in.limits().maxAttributes()) {
            throw Failures.snapshotMalformed(
                    in.source(),
                    countAt,
                    what
                            + " holds a map of "
                            + size
                            + " entries, over the limit of "
                            + in.limits().maxAttributes()
                            + " (ReadLimits.maxAttributes)");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            long keyAt = in.position();
            String mapKey = in.string("a map key in " + what);
            if (map.put(mapKey, readTagged(in, what, depth + 1)) != null) {
                throw Failures.snapshotMalformed(
                        in.source(),
                        keyAt,
                        what + " holds a map with key " + Failures.quote(mapKey) + " twice");
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
