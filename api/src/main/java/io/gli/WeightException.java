package io.gli;

/**
 * Thrown when an edge's weight cannot serve: the edge lacks the weight attribute, its value is not
 * a number, or (for an algorithm that needs it) the number is not allowed there, such as a negative
 * length. Raised by {@link Graph#topology(String)} and by the algorithms that read weights.
 */
public class WeightException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String target;
    private final String key;

    /**
     * @param source the edge's source
     * @param target the edge's target
     * @param key the weight attribute's key
     * @param value the value found (null if the edge lacks the attribute)
     * @param expected what a weight must be here, such as "a number" or "a non-negative number"
     */
    public WeightException(
            String source, String target, String key, Object value, String expected) {
        super(Errors.weightMessage(source, target, key, value, expected));
        this.source = source;
        this.target = target;
        this.key = key;
    }

    /** The edge's source. */
    public String source() {
        return source;
    }

    /** The edge's target. */
    public String target() {
        return target;
    }

    /** The weight attribute's key. */
    public String key() {
        return key;
    }
}
