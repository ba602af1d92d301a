package io.gli;

import io.gli.spi.GraphStore;
import java.util.OptionalDouble;

/**
 * What the typed getters ({@link Graph#nodeLong}, {@link Graph#edgeString} and the like) make of a
 * stored value, and the sentinels that let one point read of the store answer them: {@link
 * #NOT_A_LONG} for the unboxed long read, {@link #MISSING} for "no such element" in a boxed read.
 */
final class TypedReads {
    /**
     * What a typed long read returns for "not a stored long here": a missing element, a missing
     * attribute, a value of another type — or the value {@code Long.MIN_VALUE} itself. The typed
     * getters then read again through the boxed path, which tells these apart; the second read is
     * the one that counts, so the answer is still that of one consistent state.
     */
    static final long NOT_A_LONG = Long.MIN_VALUE;

    /**
     * Marks a missing element in a read's result, so that a lookup needs no second read to tell "no
     * such attribute" from "no such element" and throws outside the read.
     */
    static final Object MISSING = new Object();

    private TypedReads() {}

    /** A node's value, null if it lacks the attribute, {@link #MISSING} if there is no node. */
    static Object nodeValueOrMissing(GraphStore store, String id, String key, String unused) {
        return store.nodeValue(id, key, MISSING);
    }

    /** An edge's value, null if it lacks the attribute, {@link #MISSING} if there is no edge. */
    static Object edgeValueOrMissing(GraphStore store, String source, String target, String key) {
        return store.edgeValue(source, target, key, MISSING);
    }

    /**
     * The value cast to {@code type}, or null for no value; {@code target} is null for a node
     * attribute.
     *
     * @throws AttributeTypeException if the value has another type
     */
    static <T> T as(Object value, Class<T> type, String source, String target, String key) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        String element = target == null ? Errors.node(source) : Errors.edge(source, target);
        throw new AttributeTypeException(element, key, AttributeValues.contractType(value), type);
    }

    /** A numeric value as a double (a Long converted); {@code target} as for {@link #as}. */
    static OptionalDouble toDouble(Object value, String source, String target, String key) {
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (value instanceof Long l) {
            return OptionalDouble.of(l);
        }
        return OptionalDouble.of(as(value, Double.class, source, target, key));
    }
}
