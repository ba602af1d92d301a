package io.gli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attribute values as JSON text: exact round trips, types kept apart, limits held. */
class JsonTextTest {
    private static Object decode(String text) {
        return JsonText.decode(text, ReadLimits.DEFAULT);
    }

    private static String refusal(String text, ReadLimits limits) {
        return assertThrows(IllegalArgumentException.class, () -> JsonText.decode(text, limits))
                .getMessage();
    }

    @Test
    void keepsLongsAndDoublesApart() {
        assertEquals("[1,1.0,-0.0,1.0E300]", JsonText.encode(List.of(1L, 1.0, -0.0, 1e300)));
        assertEquals(List.of(1L, 1.0, -0.0, 1e300), decode("[1,1.0,-0.0,1.0E300]"));
        assertEquals(Long.MIN_VALUE, decode("-9223372036854775808"));
    }

    @Test
    void writesNonFiniteDoublesAsPythonDoes() {
        String text =
                JsonText.encode(
                        List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertEquals("[NaN,Infinity,-Infinity]", text);
        assertEquals(
                List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                decode(text));
    }

    @Test
    void roundTripsNestedValuesInKeyOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", "quote\" back\\slash \u0000 \ud83d\ude00");
        inner.put("a", List.of());
        inner.put("", Map.of());
        List<Object> value = List.of(true, false, "", inner, List.of(List.of(3L)));
        String text = JsonText.encode(value);
        Object back = decode(text);
        assertEquals(value, back);
        assertEquals(
                List.of("z", "a", ""),
                new ArrayList<>(((Map<?, ?>) ((List<?>) back).get(3)).keySet()));
        assertEquals(text, JsonText.encode(back));
    }

    @Test
    void refusesWhatIsNoAttributeValue() {
        assertTrue(refusal("null", ReadLimits.DEFAULT).contains("JSON null"));
        assertTrue(refusal("[1,null]", ReadLimits.DEFAULT).contains("JSON null"));
        assertTrue(refusal("123456789012345678901", ReadLimits.DEFAULT).contains("Long's range"));
        assertTrue(refusal("", ReadLimits.DEFAULT).contains("found nothing"));
        assertTrue(refusal("1 2", ReadLimits.DEFAULT).contains("found more"));
        assertTrue(refusal("{\"a\":", ReadLimits.DEFAULT).contains("expected a JSON value"));
        assertThrows(IllegalArgumentException.class, () -> JsonText.encode(new Object()));
    }

    @Test
    void holdsToTheLimits() {
        String deep = "[".repeat(10) + "]".repeat(10);
        assertTrue(refusal(deep, ReadLimits.DEFAULT.withMaxDepth(5)).contains("limits"));
        assertEquals(1, ((List<?>) JsonText.decode(deep, ReadLimits.DEFAULT)).size());

        String longString = "\"" + "x".repeat(100) + "\"";
        assertTrue(
                refusal(longString, ReadLimits.DEFAULT.withMaxStringLength(50)).contains("limits"));

        assertTrue(
                refusal("{\"a\":1,\"b\":2,\"c\":3}", ReadLimits.DEFAULT.withMaxAttributes(2))
                        .contains("more than 2 entries"));
    }
}
