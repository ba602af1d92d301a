package io.gli;

/**
 * Thrown by the typed attribute getters ({@link Graph#nodeLong} and the like) when the stored value
 * has another type than the one asked for.
 */
public class AttributeTypeException extends ClassCastException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final Class<?> actualType;
    private final Class<?> expectedType;

    /**
     * @param element a description of the node or edge, for the message
     * @param key the attribute's key
     * @param actualType the type of the stored value
     * @param expectedType the type asked for
     */
    public AttributeTypeException(
            String element, String key, Class<?> actualType, Class<?> expectedType) {
        super(Errors.attributeTypeMessage(element, key, actualType, expectedType));
        this.key = key;
        this.actualType = actualType;
        this.expectedType = expectedType;
    }

    /** The attribute's key. */
    public String key() {
        return key;
    }

    /**
     * The type of the stored value: one of the value types of the contract, {@code List.class} and
     * {@code Map.class} for collections.
     */
    public Class<?> actualType() {
        return actualType;
    }

    /** The type asked for. */
    public Class<?> expectedType() {
        return expectedType;
    }
}
