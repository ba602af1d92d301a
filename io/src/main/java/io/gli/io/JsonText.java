package io.gli.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribute values as JSON, with Jackson's streaming parser and generator: the one codec behind the
 * {@link ValueType#JSON} cells of the text formats and the values of node-link JSON.
 *
 * <p>Mapping: JSON true/false to Boolean, an integer to Long (one outside Long's range is refused),
 * a number with a fraction or exponent to Double, a string to String, an array to a list, an object
 * to a map in the file's key order; null is refused (attribute values are never null). A Double is
 * written as {@link Double#toString} gives it (so {@code 1.0} stays a Double), and {@code NaN} and
 * {@code Infinity} as those bare words, as Python's {@code json} module writes and reads them.
 */
final class JsonText {
    private JsonText() {}

    /** A factory whose parsers hold to {@code limits}: nesting depth and string length. */
    static JsonFactory factory(ReadLimits limits) {
        return JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
                .streamReadConstraints(
                        StreamReadConstraints.builder()
                                .maxNestingDepth(limits.maxDepth())
                                .maxStringLength(limits.maxStringLength())
                                .maxNameLength(limits.maxStringLength())
                                .build())
                .build();
    }

    private static final JsonFactory WRITER = factory(ReadLimits.DEFAULT);

    /** {@code value} as compact JSON text. */
    static String encode(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = WRITER.createGenerator(text)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /**
     * The value that JSON {@code text} holds.
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    static Object decode(String text, ReadLimits limits) {
        try (JsonParser parser = factory(limits).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("expected a JSON value, found nothing");
            }
            Object value = read(parser, limits);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException(
                        "expected one JSON value, found more after it in " + Failures.quote(text));
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException(
                    "JSON value over the read limits: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "expected a JSON value, found " + Failures.quote(text) + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * The value whose first token {@code parser} is on, leaving it on the value's last token.
     *
     * @throws IllegalArgumentException on a null, an integer out of Long's range, or a map over
     *     {@link ReadLimits#maxAttributes} entries
     * @throws IOException from the parser (malformed JSON, a limit)
     */
    static Object read(JsonParser parser, ReadLimits limits) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw new IllegalArgumentException(
                            "expected an integer within Long's range, found " + parser.getText());
                }
                yield parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_STRING -> parser.getText();
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(parser, limits));
                }
                yield Collections.unmodifiableList(list);
            }
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String key = parser.currentName();
                    parser.nextToken();
                    if (map.size() >= limits.maxAttributes()) {
                        throw new IllegalArgumentException(
                                "a JSON object of more than "
                                        + limits.maxAttributes()
                                        + " entries");
                    }
                    map.put(key, read(parser, limits));
                }
                yield Collections.unmodifiableMap(map);
            }
            case VALUE_NULL ->
                    throw new IllegalArgumentException(
                            "expected a value, found JSON null (attribute values are never null)");
            default -> throw new IllegalArgumentException("expected a JSON value, found " + token);
        };
    }

    /** Writes a stored attribute value. */
    static void write(JsonGenerator generator, Object value) throws IOException {
        if (value instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (value instanceof Long l) {
            generator.writeNumber(l);
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                generator.writeRawValue(d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            } else {
                generator.writeNumber(d.toString());
            }
        } else if (value instanceof String s) {
            generator.writeString(s);
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName((String) entry.getKey());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else {
            throw new IllegalArgumentException(
                    "not an attribute value: "
                            + (value == null ? "null" : value.getClass().getName()));
        }
    }
}
