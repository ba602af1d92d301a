package io.gli;

import io.gli.spi.ArrayColumn;
import io.gli.spi.StoreColumn;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * The one implementation of {@link AttributeColumn}: a store's column plus the check that no write
 * has begun since it was made. Every read reads first and checks after (as a sequence lock's
 * reader does), so a read that overlapped a write is never returned, and whatever such a read
 * threw is replaced by {@link java.util.ConcurrentModificationException}.
 */
final class GraphColumn implements AttributeColumn {
    private static final int LONGS = 1 << StoreColumn.ABSENT | 1 << StoreColumn.LONG;
    private static final int NUMBERS = LONGS | 1 << StoreColumn.DOUBLE;

    private final String key;
    private final StoreColumn data;
    private final int size;
    /** The graph whose writes end this view; null for a detached column. */
    private final StandardGraph graph;
    private final long stamp;
    private final boolean edges;
    /** {@link StoreColumn#kinds()}, computed on first use (a view does not change while valid). */
    private int kinds = -1;

    GraphColumn(String key, StoreColumn data, StandardGraph graph, long stamp, boolean edges) {
        this.key = key;
        this.data = data;
        this.size = data.size();
        this.graph = graph;
        this.stamp = stamp;
        this.edges = edges;
    }

    /** Throws if a write has begun since this view was made; call after reading. */
    private void validate() {
        if (graph != null) {
            graph.checkUnwrittenSince(stamp);
        }
    }

    /** What to throw for {@code e}, thrown by a read: the real failure, or the sign of an overlapping write. */
    private RuntimeException failure(RuntimeException e) {
        validate();
        return e;
    }

    private int kinds() {
        int k = kinds;
        if (k < 0) {
            try {
                k = data.kinds();
            } catch (RuntimeException e) {
                throw failure(e);
            }
            validate();
            kinds = k;
        }
        return k;
    }

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
        int count = 0;
        try {
            for (int i = 0; i < size; i++) {
                if (data.kind(i) != StoreColumn.ABSENT) {
                    count++;
                }
            }
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return count;
    }

    @Override
    public Object get(int i) {
        Objects.checkIndex(i, size);
        Object value;
        try {
            value = data.valueAt(i);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return value;
    }

    @Override
    public long getLong(int i) {
        int kind = kindAt(i);
        long value;
        try {
            value = kind == StoreColumn.LONG ? data.longAt(i) : 0;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        if (kind != StoreColumn.LONG) {
            throw wrongKind(i, kind, Long.class);
        }
        return value;
    }

    @Override
    public double getDouble(int i) {
        int kind = kindAt(i);
        double value;
        try {
            value = kind == StoreColumn.DOUBLE ? data.doubleAt(i) : kind == StoreColumn.LONG ? data.longAt(i) : 0;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        if (kind != StoreColumn.DOUBLE && kind != StoreColumn.LONG) {
            throw wrongKind(i, kind, Double.class);
        }
        return value;
    }

    @Override
    public boolean getBoolean(int i) {
        int kind = kindAt(i);
        boolean value;
        try {
            value = kind == StoreColumn.BOOLEAN && data.booleanAt(i);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        if (kind != StoreColumn.BOOLEAN) {
            throw wrongKind(i, kind, Boolean.class);
        }
        return value;
    }

    @Override
    public String getString(int i) {
        int kind = kindAt(i);
        Object value;
        try {
            value = kind == StoreColumn.STRING ? data.valueAt(i) : null;
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        if (kind != StoreColumn.STRING) {
            throw wrongKind(i, kind, String.class);
        }
        return (String) value;
    }

    /** The exception for position {@code i}, which holds {@code kind} where {@code expected} was asked for. */
    private RuntimeException wrongKind(int i, int kind, Class<?> expected) {
        String element;
        Class<?> actual;
        try {
            element = element(i);
            actual = kind == StoreColumn.ABSENT ? null : AttributeValues.contractType(data.valueAt(i));
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        if (actual == null) {
            return Errors.absentInColumn(element, key);
        }
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

    /** Throws {@link AttributeTypeException} for the first position whose kind is not in {@code allowed}. */
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
        long sum;
        try {
            sum = data.sumLongs();
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return sum;
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
        if (nonePresent()) {
            return OptionalLong.empty();
        }
        long value;
        try {
            value = data.extremeLong(max);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return OptionalLong.of(value);
    }

    @Override
    public double sumDouble() {
        require(NUMBERS, Double.class);
        double sum;
        try {
            sum = data.sumDoubles();
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return sum;
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
        if (nonePresent()) {
            return OptionalDouble.empty();
        }
        double value;
        try {
            value = data.extremeDouble(max);
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return OptionalDouble.of(value);
    }

    @Override
    public AttributeColumn mapLong(LongUnaryOperator function) {
        Errors.requireNonNull(function, "function");
        require(LONGS, Long.class);
        long[] values = new long[size];
        boolean[] present = new boolean[size];
        try {
            for (int i = 0; i < size; i++) {
                if (data.kind(i) == StoreColumn.LONG) {
                    values[i] = data.longAt(i);
                    present[i] = true;
                }
            }
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        // The caller's function runs on the validated copy, never on storage a writer may be changing.
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
        boolean[] present = new boolean[size];
        try {
            for (int i = 0; i < size; i++) {
                int kind = data.kind(i);
                if (kind == StoreColumn.DOUBLE) {
                    values[i] = data.doubleAt(i);
                    present[i] = true;
                } else if (kind == StoreColumn.LONG) {
                    values[i] = data.longAt(i);
                    present[i] = true;
                }
            }
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        for (int i = 0; i < size; i++) {
            if (present[i]) {
                values[i] = function.applyAsDouble(values[i]);
            }
        }
        return new GraphColumn(key, ArrayColumn.ofDoubles(values, present), null, 0, edges);
    }

    @Override
    public List<Object> toList() {
        Object[] values = new Object[size];
        try {
            for (int i = 0; i < size; i++) {
                values[i] = data.valueAt(i);
            }
        } catch (RuntimeException e) {
            throw failure(e);
        }
        validate();
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public String toString() {
        return (edges ? "edge" : "node") + " column " + Errors.quote(key) + " of " + size;
    }
}
