package io.gli.optimized;

/**
 * The payload codec of the attribute storage, with the two pools it needs: a value becomes the
 * 64-bit payload its {@link AttrColumn} stores, and back. A Long is itself, a Double its {@link
 * Double#doubleToLongBits} (so NaN equals NaN and 0.0 differs from -0.0, as {@link Double#equals}
 * says), a Boolean 0 or 1, a String or a nested List/Map its id in the string or nested-value
 * {@link AttrPool}. Equal values have equal payloads, so comparing sets is comparing longs.
 *
 * <p>Representation: the two pools, nothing else; their bytes are the pools' (each distinct string
 * or nested value once, with its reference count). A pooled payload counts one reference per stored
 * use ({@link #store}, {@link #release}).
 *
 * <p>{@link #find} and {@link #decode} modify nothing (safe for concurrent readers).
 */
final class AttrValues {
    private final AttrPool strings = new AttrPool();
    private final AttrPool nested = new AttrPool();

    /**
     * The payload of {@code value}, whose kind is {@code kind}; for a pooled kind ({@link
     * AttrColumn#isPooled}) -1 when the pool does not hold it (then no stored set holds it).
     */
    long find(int kind, Object value) {
        return switch (kind) {
            case AttrColumn.LONG -> (Long) value;
            case AttrColumn.DOUBLE -> Double.doubleToLongBits((Double) value);
            case AttrColumn.BOOLEAN -> ((Boolean) value) ? 1 : 0;
            case AttrColumn.STRING -> strings.find(value);
            default -> nested.find(value);
        };
    }

    /**
     * Counts one stored use of a value of {@code kind}: for a pooled kind, {@code value} is pooled
     * if {@code payload} is -1 (not found), else its reference count grows. Returns the payload.
     */
    long store(int kind, long payload, Object value) {
        if (!AttrColumn.isPooled(kind)) {
            return payload;
        }
        AttrPool pool = pool(kind);
        if (payload < 0) {
            return pool.intern(value);
        }
        pool.retain((int) payload);
        return payload;
    }

    /** Drops one stored use of {@code payload} (a no-op for a kind that is not pooled). */
    void release(int kind, long payload) {
        if (AttrColumn.isPooled(kind)) {
            pool(kind).release((int) payload);
        }
    }

    /** The value of {@code payload} in a column of {@code kind}. */
    Object decode(int kind, long payload) {
        return switch (kind) {
            case AttrColumn.LONG -> Long.valueOf(payload);
            case AttrColumn.DOUBLE -> Double.valueOf(Double.longBitsToDouble(payload));
            case AttrColumn.BOOLEAN -> Boolean.valueOf(payload != 0);
            case AttrColumn.STRING -> strings.get((int) payload);
            default -> nested.get((int) payload);
        };
    }

    /** The pool of a pooled kind: {@link AttrColumn#STRING} or {@link AttrColumn#NESTED}. */
    AttrPool pool(int kind) {
        return kind == AttrColumn.STRING ? strings : nested;
    }

    long footprintBytes() {
        return TableMath.object(2 * TableMath.REF)
                + strings.footprintBytes()
                + nested.footprintBytes();
    }
}
