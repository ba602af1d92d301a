package io.gli.io;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text form of typed values, shared by the text formats: parsing a cell as its column's type,
 * formatting a value as its type, and inferring a type from text. Parse failures are {@link
 * IllegalArgumentException}s whose message says what was expected and what was found; the reader
 * that called adds the position.
 */
final class ValueText {
    /** Decimal or scientific notation as Java writes doubles; no hex, no suffixes. */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private ValueText() {}

    /** {@code text} as a value of {@code type}. */
    static Object parse(ValueType type, String text, ReadLimits limits) {
        return switch (type) {
            case BOOLEAN -> parseBoolean(text);
            case LONG -> parseLong(text);
            case DOUBLE -> parseDouble(text);
            case STRING -> text;
            case JSON -> JsonText.decode(text, limits);
        };
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        } else if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw expected("a boolean (true or false)", text);
    }

    private static Long parseLong(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw expected("a long (a decimal integer)", text);
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw expected("a long between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE, text);
        }
    }

    private static Double parseDouble(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "Infinity", "+Infinity", "inf" -> Double.POSITIVE_INFINITY;
            case "-Infinity", "-inf" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (!DECIMAL.matcher(text).matches()) {
                    throw expected("a double (a decimal number)", text);
                }
                yield Double.parseDouble(text);
            }
        };
    }

    /** {@code value} (of {@code type}) as text that {@link #parse} reads back to it exactly. */
    static String format(ValueType type, Object value) {
        return type == ValueType.JSON ? JsonText.encode(value) : value.toString();
    }

    /** The narrowest type {@code text} reads as: long, then double, then boolean, else string. */
    static ValueType infer(String text) {
        if (INTEGER.matcher(text).matches()) {
            try {
                Long.parseLong(text);
                return ValueType.LONG;
            } catch (NumberFormatException e) {
                return ValueType.DOUBLE; // an integer too long for a long still reads as a double
            }
        }
        if (DECIMAL.matcher(text).matches()
                || text.equals("NaN")
                || text.equals("Infinity")
                || text.equals("-Infinity")) {
            return ValueType.DOUBLE;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return ValueType.BOOLEAN;
        }
        return ValueType.STRING;
    }

    /**
     * The narrowest type that holds values of both types: a long column that meets a double becomes
     * double; any other mix becomes string.
     */
    static ValueType widen(ValueType a, ValueType b) {
        if (a == b) {
            return a;
        }
        if ((a == ValueType.LONG && b == ValueType.DOUBLE)
                || (a == ValueType.DOUBLE && b == ValueType.LONG)) {
            return ValueType.DOUBLE;
        }
        return ValueType.STRING;
    }

    static IllegalArgumentException expected(String what, String found) {
        return new IllegalArgumentException(
                "expected " + what + ", found " + Failures.quote(found));
    }
}
