package io.gli.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of an attribute column (a CSV column, a GraphML key), as a file declares it or a reader
 * infers it, with the text form of its values in text formats.
 *
 * <ul>
 *   <li>{@link #BOOLEAN}: {@code true} or {@code false} (any case on reading);
 *   <li>{@link #LONG}: a decimal integer that fits a Java {@code long};
 *   <li>{@link #DOUBLE}: a decimal or scientific number, {@code NaN}, {@code Infinity} or {@code
 *       -Infinity}; written as {@link Double#toString}, which reads back to the same double;
 *   <li>{@link #STRING}: any text;
 *   <li>{@link #JSON}: any value, written as JSON text: how lists and maps travel in a format that
 *       has no place for them, and how a column of mixed types keeps each value's type.
 * </ul>
 */
public enum ValueType {
    BOOLEAN("boolean"),
    LONG("long"),
    DOUBLE("double"),
    STRING("string"),
    JSON("json");

    private final String token;

    ValueType(String token) {
        this.token = token;
    }

    /** The name a file declares this type by: {@code boolean, long, double, string, json}. */
    public String token() {
        return token;
    }

    /**
     * The type a declaration names, ignoring case: the tokens above, and the aliases {@code int,
     * integer} (as {@link #LONG}), {@code float} (as {@link #DOUBLE}) and {@code str} (as {@link
     * #STRING}), so that GraphML's and other tools' declarations read.
     */
    public static Optional<ValueType> byName(String name) {
        return Optional.ofNullable(
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "boolean", "bool" -> BOOLEAN;
                    case "long", "int", "integer" -> LONG;
                    case "double", "float" -> DOUBLE;
                    case "string", "str" -> STRING;
                    case "json" -> JSON;
                    default -> null;
                });
    }

    /**
     * The type of one stored value: {@link #JSON} for a list or a map.
     *
     * @throws IllegalArgumentException if {@code value} is not a stored attribute value
     */
    public static ValueType of(Object value) {
        if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof Long) {
            return LONG;
        } else if (value instanceof Double) {
            return DOUBLE;
        } else if (value instanceof String) {
            return STRING;
        } else if (value instanceof List || value instanceof Map) {
            return JSON;
        }
        throw new IllegalArgumentException(
                "not an attribute value: " + (value == null ? "null" : value.getClass().getName()));
    }
}
