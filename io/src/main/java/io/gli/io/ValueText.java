package io.gli.io;

import java.util.Locale;

/**
 * The text form of typed values, shared by the text formats: parsing a cell as its column's type,
 * formatting a value as its type, and inferring a type from text. Parse failures are {@link
 * IllegalArgumentException}s whose message says what was expected and what was found; the reader
 * that called adds the position.
 */
final class ValueText {
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
        if (!isInteger(text)) {
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
                if (!isDecimal(text)) {
                    throw expected("a double (a decimal number)", text);
                }
                double value = Double.parseDouble(text);
                if (Double.isInfinite(value)) {
                    // a number beyond double's range would silently become Infinity
                    throw expected(
                            "a double between -" + Double.MAX_VALUE + " and " + Double.MAX_VALUE,
                            text);
                }
                yield value;
            }
        };
    }

    /** {@code value} (of {@code type}) as text that {@link #parse} reads back to it exactly. */
    static String format(ValueType type, Object value) {
        return type == ValueType.JSON ? JsonText.encode(value) : value.toString();
    }

    /**
     * The narrowest type {@code text} reads as: long, then double, then boolean, else string. An
     * integer outside a long's range is a string, since a double would lose its digits.
     */
    static ValueType infer(String text) {
        if (isInteger(text)) {
            try {
                Long.parseLong(text);
                return ValueType.LONG;
            } catch (NumberFormatException e) {
                return ValueType.STRING;
            }
        }
        if (isDecimal(text)
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

    /**
     * Whether {@code text} is an optional sign and ASCII digits. Scanned by hand, not by a regular
     * expression, because it runs once per cell; and not left to {@link Long#parseLong}, which also
     * takes non-ASCII digits.
     */
    private static boolean isInteger(String text) {
        int length = text.length();
        int i = 0;
        if (length > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            i = 1;
        }
        if (i == length) {
            return false;
        }
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code text} is decimal or scientific notation as Java writes doubles: an optional
     * sign, digits with an optional point (at least one digit), an optional exponent; no hex, no
     * suffixes.
     */
    private static boolean isDecimal(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static IllegalArgumentException expected(String what, String found) {
        return new IllegalArgumentException(
                "expected " + what + ", found " + Failures.quote(found));
    }
}
