package io.gli;

import io.gli.spi.ArrayColumn;
import io.gli.spi.StoreColumn;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;

/**
 * The one implementation of {@link AttributeColumn}: a store's column plus the check that no write
 * has begun since it was made. Every read reads first and checks after (as a sequence lock's reader
 * does), so a read that overlapped a write is never returned, and whatever such a read threw is
 * replaced by {@link java.util.ConcurrentModificationException}.
 */
final class GraphColumn implements AttributeColumn {
    private static final int LONGS = 1 << StoreColumn.ABSENT | 1 << StoreColumn.LONG;
    private static final int NUMBERS = LONGS | 1 << StoreColumn.DOUBLE;

    private final String key;
    private final StoreColumn data;
    private final int size;

    /** The write count of the graph whose writes end this view; null for a detached column. */
    private final WriteCounter writes;

    private final long stamp;
    private final boolean edges;

    /** {@link StoreColumn#kinds()}, computed on first use (a view does not change while valid). */
    private int kinds = -1;

    /**
     * @param writes the graph's write count, or null for a column detached from any graph
     * @param stamp {@code writes.stamp()} when {@code data} was made, under the read lock
     * @param edges whether this is an edge column (for messages)
     */
    GraphColumn(String key, StoreColumn data, WriteCounter writes, long stamp, boolean edges) {
        this.key = key;
        this.data = data;
        this.size = data.size();
        this.writes = writes;
        this.stamp = stamp;
        this.edges = edges;
    }

    /** Throws if a write has begun since this view was made; call after reading. */
    private void validate() {
        if (writes != null) {
            writes.checkUnchangedSince(stamp);
        }
    }

    /**
     * What to throw for {@code e}, thrown by a read: the real failure, or the sign of an
     * overlapping write.
     */
    private RuntimeException failure(RuntimeException e) {
        validate();
        return e;
    }

    /**
     * Runs a read of the store's column and vouches for it: what it threw while a write overlapped
     * becomes the stale-column exception, and a result read across a write is never returned.
     */
    private <T> T vouched(Supplier<T> read) {
        T value;
        try {
            value = read.get();
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return value;
    }

    /** {@link #vouched} for a long result, without boxing. */
    private long vouchedLong(LongSupplier read) {
        long value;
        try {
            value = read.getAsLong();
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return value;
    }

    /** {@link #vouched} for a double result, without boxing. */
    private double vouchedDouble(DoubleSupplier read) {
        double value;
        try {
            value = read.getAsDouble();
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return value;
    }

    private int kinds() {
        int k = kinds;
        if (k < 0) {
            k = (int) vouchedLong(data::kinds);
            kinds = k;
        }
        return k;
    }

    /** The kind at {@code i}, not yet vouched for: the caller validates after its own read. */
    private int kindAt(int i) {
        Objects.checkIndex(i, size);
        try {
            return data.kind(i);
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public int size() {
        validate();
        return size;
    }

    @Override
    public boolean isPresent(int i) {
        int kind = kindAt(i);
        validate();
        return kind != StoreColumn.ABSENT;
    }

    @Override
    public int presentCount() {
        return (int)
                vouchedLong(
                        () -> {
                            int count = 0;
                            for (int i = 0; i < size; i++) {
                                if (data.kind(i) != StoreColumn.ABSENT) {
                                    count++;
                                }
                            }
                            return count;
                        });
    }

    @Override
    public Object get(int i) {
        Objects.checkIndex(i, size);
        return vouched(() -> data.valueAt(i));
    }

    @Override
    public long getLong(int i) {
        int kind = kindAt(i);
        long value = vouchedLong(() -> kind == StoreColumn.LONG ? data.longAt(i) : 0);
        if (kind != StoreColumn.LONG) {
            throw wrongKind(i, kind, Long.class);
        }
        return value;
    }

    @Override
    public double getDouble(int i) {
        int kind = kindAt(i);
        double value =
                vouchedDouble(
                        () ->
                                kind == StoreColumn.DOUBLE
                                        ? data.doubleAt(i)
                                        : kind == StoreColumn.LONG ? data.longAt(i) : 0);
        if (kind != StoreColumn.DOUBLE && kind != StoreColumn.LONG) {
            throw wrongKind(i, kind, Double.class);
        }
        return value;
    }

    @Override
    public boolean getBoolean(int i) {
        int kind = kindAt(i);
        boolean value = vouched(() -> kind == StoreColumn.BOOLEAN && data.booleanAt(i));
        if (kind != StoreColumn.BOOLEAN) {
            throw wrongKind(i, kind, Boolean.class);
        }
        return value;
    }

    @Override
    public String getString(int i) {
        int kind = kindAt(i);
        Object value = vouched(() -> kind == StoreColumn.STRING ? data.valueAt(i) : null);
        if (kind != StoreColumn.STRING) {
            throw wrongKind(i, kind, String.class);
        }
        return (String) value;
    }

    /**
     * The exception for position {@code i}, which holds {@code kind} where {@code expected} was
     * asked for.
     */
    private RuntimeException wrongKind(int i, int kind, Class<?> expected) {
        String element = vouched(() -> element(i));
        if (kind == StoreColumn.ABSENT) {
            return Errors.absentInColumn(element, key);
        }
        Class<?> actual = vouched(() -> AttributeValues.contractType(data.valueAt(i)));
        return new AttributeTypeException(element, key, actual, expected);
    }

    /** The element at {@code i}, described for a message. */
    private String element(int i) {
        String id = data.id(i);
        if (id == null) {
            return "entry " + i + " of a derived column";
        }
        return edges ? Errors.edge(id, data.target(i)) : Errors.node(id);
    }

    /**
     * Throws {@link AttributeTypeException} for the first position whose kind is not in {@code
     * allowed}.
     */
    private void require(int allowed, Class<?> expected) {
        if ((kinds() & ~allowed) == 0) {
            return;
        }
        for (int i = 0; i < size; i++) {
            int kind = kindAt(i);
            if ((allowed & 1 << kind) == 0) {
                validate();
                throw wrongKind(i, kind, expected);
            }
        }
        validate(); // a changed graph is the only way the kinds can disagree with the scan
        throw new IllegalStateException("column kinds " + kinds + " disagree with its values");
    }

    private boolean nonePresent() {
        return (kinds() & ~(1 << StoreColumn.ABSENT)) == 0;
    }

    @Override
    public long sumLong() {
        require(LONGS, Long.class);
        return vouchedLong(data::sumLongs);
    }

    @Override
    public OptionalLong minLong() {
        return extremeLong(false);
    }

    @Override
    public OptionalLong maxLong() {
        return extremeLong(true);
    }

    private OptionalLong extremeLong(boolean max) {
        require(LONGS, Long.class);
        return nonePresent()
                ? OptionalLong.empty()
                : OptionalLong.of(vouchedLong(() -> data.extremeLong(max)));
    }

    @Override
    public double sumDouble() {
        require(NUMBERS, Double.class);
        return vouchedDouble(data::sumDoubles);
    }

    @Override
    public OptionalDouble minDouble() {
        return extremeDouble(false);
    }

    @Override
    public OptionalDouble maxDouble() {
        return extremeDouble(true);
    }

    private OptionalDouble extremeDouble(boolean max) {
        require(NUMBERS, Double.class);
        return nonePresent()
                ? OptionalDouble.empty()
                : OptionalDouble.of(vouchedDouble(() -> data.extremeDouble(max)));
    }

    @Override
    public AttributeColumn mapLong(LongUnaryOperator function) {
        Errors.requireNonNull(function, "function");
        require(LONGS, Long.class);
        long[] values = new long[size];
        boolean[] present =
                vouched(
                        () -> {
                            boolean[] found = new boolean[size];
                            for (int i = 0; i < size; i++) {
                                if (data.kind(i) == StoreColumn.LONG) {
                                    values[i] = data.longAt(i);
                                    found[i] = true;
                                }
                            }
                            return found;
                        });
        // The caller's function runs on the validated copy, never on storage a writer may be
        // changing.
        for (int i = 0; i < size; i++) {
            if (present[i]) {
                values[i] = function.applyAsLong(values[i]);
            }
        }
        return new GraphColumn(key, ArrayColumn.ofLongs(values, present), null, 0, edges);
    }

    @Override
    public AttributeColumn mapDouble(DoubleUnaryOperator function) {
        Errors.requireNonNull(function, "function");
        require(NUMBERS, Double.class);
        double[] values = new double[size];
        boolean[] present =
                vouched(
                        () -> {
                            boolean[] found = new boolean[size];
                            for (int i = 0; i < size; i++) {
                                int kind = data.kind(i);
                                if (kind == StoreColumn.DOUBLE) {
                                    values[i] = data.doubleAt(i);
                                    found[i] = true;
                                } else if (kind == StoreColumn.LONG) {
                                    values[i] = data.longAt(i);
                                    found[i] = true;
                                }
                            }
                            return found;
                        });
        for (int i = 0; i < size; i++) {
            if (present[i]) {
                values[i] = function.applyAsDouble(values[i]);
            }
        }
        return new GraphColumn(key, ArrayColumn.ofDoubles(values, present), null, 0, edges);
    }

    @Override
    public List<Object> toList() {
        Object[] values =
                vouched(
                        () -> {
                            Object[] read = new Object[size];
                            for (int i = 0; i < size; i++) {
                                read[i] = data.valueAt(i);
                            }
                            return read;
                        });
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public String toString() {
        return (edges ? "edge" : "node") + " column " + Errors.quote(key) + " of " + size;
    }
}
