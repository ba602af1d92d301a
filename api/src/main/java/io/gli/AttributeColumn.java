package io.gli;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * One attribute key read across every node ({@link Graph#nodeColumn}) or every edge ({@link
 * Graph#edgeColumn}) of a graph: position {@code i} is the {@code i}-th element of {@link
 * Graph#nodes()} ({@link Graph#edges()}) at the moment the column was made. An element that lacks
 * the key is <em>absent</em> at its position: absent is not 0.
 *
 * <h2>A view, valid until the next write</h2>
 *
 * A column read from a graph is a read-only view of the graph's own storage (on the optimized
 * backend nothing is copied), so it is valid only until the graph is next written: once any thread
 * has called a method that may change the graph (even one that then fails), every read of the
 * column throws {@link java.util.ConcurrentModificationException}. A read never returns a value
 * that a write overlapping it could have torn. To keep values across writes, copy them ({@link
 * #toList()}, or {@link #mapLong}/{@link #mapDouble}, whose results are detached columns that never
 * become invalid). Reads may run from any number of threads.
 *
 * <h2>Types</h2>
 *
 * The typed getters and bulk operations read values as the typed getters of {@link Graph} do: a
 * value of another type raises {@link AttributeTypeException} naming the element and the key (the
 * bulk operations name the first such element in order); reading an absent position with a typed
 * getter raises {@link NoSuchElementException}. Positions out of range raise {@link
 * IndexOutOfBoundsException}.
 *
 * <h2>Bulk operations</h2>
 *
 * {@link #sumLong}, {@link #minLong}, {@link #maxLong} and their double counterparts run as one
 * loop over the storage, without boxing; they skip absent positions. The sum of no values is 0; the
 * minimum and maximum of no values are empty.
 */
public interface AttributeColumn {

    /** The attribute key this column reads. */
    String key();

    /** The number of positions: the number of nodes (or edges) when the column was made. */
    int size();

    /** Whether the element at {@code i} has the attribute. */
    boolean isPresent(int i);

    /** The number of positions whose element has the attribute. */
    int presentCount();

    /**
     * The value at {@code i} in its stored form (as {@link Graph#nodeAttribute} returns it), or
     * null if absent.
     */
    Object get(int i);

    /**
     * The {@link Long} at {@code i}.
     *
     * @throws AttributeTypeException if the value is not a Long
     * @throws NoSuchElementException if the element at {@code i} lacks the attribute
     */
    long getLong(int i);

    /**
     * The number at {@code i} as a double (a Long is converted).
     *
     * @throws AttributeTypeException if the value is neither a Double nor a Long
     * @throws NoSuchElementException if the element at {@code i} lacks the attribute
     */
    double getDouble(int i);

    /**
     * The {@link Boolean} at {@code i}.
     *
     * @throws AttributeTypeException if the value is not a Boolean
     * @throws NoSuchElementException if the element at {@code i} lacks the attribute
     */
    boolean getBoolean(int i);

    /**
     * The {@link String} at {@code i}.
     *
     * @throws AttributeTypeException if the value is not a String
     * @throws NoSuchElementException if the element at {@code i} lacks the attribute
     */
    String getString(int i);

    /**
     * The sum of the present values, all of which must be Longs; 0 if there are none. Overflow
     * wraps, as in {@link java.util.stream.LongStream#sum}.
     *
     * @throws AttributeTypeException if a present value is not a Long
     */
    long sumLong();

    /**
     * The least present value, all of which must be Longs; empty if there are none.
     *
     * @throws AttributeTypeException if a present value is not a Long
     */
    OptionalLong minLong();

    /**
     * The greatest present value, all of which must be Longs; empty if there are none.
     *
     * @throws AttributeTypeException if a present value is not a Long
     */
    OptionalLong maxLong();

    /**
     * The sum of the present values as doubles (Longs converted), added in position order; 0 if
     * there are none.
     *
     * @throws AttributeTypeException if a present value is neither a Double nor a Long
     */
    double sumDouble();

    /**
     * The least present value as a double, compared as {@link Math#min} does (a NaN makes the
     * result NaN, -0.0 is less than 0.0); empty if there are none.
     *
     * @throws AttributeTypeException if a present value is neither a Double nor a Long
     */
    OptionalDouble minDouble();

    /**
     * The greatest present value as a double, as {@link Math#max} compares; like {@link
     * #minDouble}.
     */
    OptionalDouble maxDouble();

    /**
     * A new column of the same key and size holding {@code function} applied to each present value
     * (absent positions stay absent). The result is detached from the graph: it is an immutable
     * snapshot that never becomes invalid. {@code function} runs in position order.
     *
     * @throws AttributeTypeException if a present value is not a Long (nothing is mapped)
     */
    AttributeColumn mapLong(LongUnaryOperator function);

    /**
     * Like {@link #mapLong}, over the values as doubles (Longs converted); the result holds
     * Doubles.
     *
     * @throws AttributeTypeException if a present value is neither a Double nor a Long
     */
    AttributeColumn mapDouble(DoubleUnaryOperator function);

    /**
     * An immutable snapshot of the values in position order, null where absent: what {@link
     * Graph#setNodeColumn} and {@link Graph#setEdgeColumn} take.
     */
    List<Object> toList();
}
