package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The typed text of cells: what each type reads, what it refuses, and what is inferred. */
class ValueTextTest {
    private static Object parse(ValueType type, String text) {
        return ValueText.parse(type, text, ReadLimits.DEFAULT);
    }

    private static String refusal(ValueType type, String text) {
        return assertThrows(IllegalArgumentException.class, () -> parse(type, text)).getMessage();
    }

    @Test
    void readsEachType() {
        assertEquals(true, parse(ValueType.BOOLEAN, "true"));
        assertEquals(false, parse(ValueType.BOOLEAN, "FALSE"));
        assertEquals(-12L, parse(ValueType.LONG, "-12"));
        assertEquals(12L, parse(ValueType.LONG, "+12"));
        assertEquals(Long.MIN_VALUE, parse(ValueType.LONG, "-9223372036854775808"));
        assertEquals(1.0, parse(ValueType.DOUBLE, "1"));
        assertEquals(0.5, parse(ValueType.DOUBLE, ".5"));
        assertEquals(5.0, parse(ValueType.DOUBLE, "5."));
        assertEquals(-1.5e-7, parse(ValueType.DOUBLE, "-1.5E-7"));
        assertEquals(Double.NaN, parse(ValueType.DOUBLE, "NaN"));
        assertEquals(Double.NEGATIVE_INFINITY, parse(ValueType.DOUBLE, "-Infinity"));
        assertEquals(" 1 ", parse(ValueType.STRING, " 1 "));
        assertEquals(List.of(1L, Map.of("a", 1.0)), parse(ValueType.JSON, "[1,{\"a\":1.0}]"));
    }

    @Test
    void refusesTextThatIsNotItsType() {
        assertTrue(refusal(ValueType.BOOLEAN, "yes").contains("expected a boolean"));
        for (String bad : List.of("", "-", "1.0", "1e3", "0x10", " 1", "1L", "\u0661\u0662")) {
            assertTrue(refusal(ValueType.LONG, bad).contains("expected a long"), bad);
        }
        assertTrue(
                refusal(ValueType.LONG, "9223372036854775808")
                        .contains("expected a long between -9223372036854775808"));
        for (String bad : List.of("", ".", "e5", "1e", "1e+", "1.5f", "0x1p3", "1,5", "--1")) {
            assertTrue(refusal(ValueType.DOUBLE, bad).contains("expected a double"), bad);
        }
        assertTrue(refusal(ValueType.DOUBLE, "1e400").contains("between"));
        assertTrue(refusal(ValueType.JSON, "[1,").contains("expected a JSON value"));
    }

    @Test
    void infersTheNarrowestType() {
        assertEquals(ValueType.LONG, ValueText.infer("-3"));
        assertEquals(ValueType.DOUBLE, ValueText.infer("3.0"));
        assertEquals(ValueType.DOUBLE, ValueText.infer("1e3"));
        assertEquals(ValueType.DOUBLE, ValueText.infer("NaN"));
        assertEquals(ValueType.BOOLEAN, ValueText.infer("True"));
        assertEquals(ValueType.STRING, ValueText.infer("yes"));
        assertEquals(ValueType.STRING, ValueText.infer(""));
        assertEquals(ValueType.STRING, ValueText.infer("\u0661"));
        // a double would lose this integer's digits
        assertEquals(ValueType.STRING, ValueText.infer("12345678901234567890"));
    }

    @Test
    void widensToWhatHoldsBoth() {
        assertEquals(ValueType.LONG, ValueText.widen(ValueType.LONG, ValueType.LONG));
        assertEquals(ValueType.DOUBLE, ValueText.widen(ValueType.LONG, ValueType.DOUBLE));
        assertEquals(ValueType.DOUBLE, ValueText.widen(ValueType.DOUBLE, ValueType.LONG));
        assertEquals(ValueType.STRING, ValueText.widen(ValueType.BOOLEAN, ValueType.LONG));
        assertEquals(ValueType.STRING, ValueText.widen(ValueType.DOUBLE, ValueType.STRING));
    }

    @Property
    void everyLongReadsBackFromItsText(@ForAll long value) {
        assertEquals(value, parse(ValueType.LONG, ValueText.format(ValueType.LONG, value)));
        assertEquals(ValueType.LONG, ValueText.infer(Long.toString(value)));
    }

    @Property
    void everyDoubleReadsBackFromItsText(@ForAll double value) {
        Object back = parse(ValueType.DOUBLE, ValueText.format(ValueType.DOUBLE, value));
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits((Double) back));
    }

    @Test
    void doubleExtremesReadBack() {
        for (double value :
                new double[] {
                    -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 0.1
                }) {
            assertEquals(value, parse(ValueType.DOUBLE, ValueText.format(ValueType.DOUBLE, value)));
        }
    }
}
