package io.gli.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Machine-readable output ({@code --format json}) on standard output: one JSON document per
 * command, written with Jackson's streaming generator and ended by a new line.
 */
final class JsonOut implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();

    final JsonGenerator json;

    private JsonOut(JsonGenerator json) {
        this.json = json;
    }

    static JsonOut to(OutputStream out) {
        try {
            JsonGenerator json =
                    FACTORY.createGenerator(new NonClosing(out)).useDefaultPrettyPrinter();
            return new JsonOut(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        json.writeRaw('\n');
        json.close();
    }

    /** A number, boolean, string or null as JSON; NaN and the infinities as strings. */
    static void writeScalar(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.writeString(d.toString());
            } else {
                json.writeNumber(d);
            }
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value.toString());
        }
    }

    /** Standard output must stay open for whatever the caller prints next. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
