package io.gli.io;

import java.io.IOException;
import java.io.Writer;

/**
 * XML text written to a {@link Writer} through a buffer of its own, escaped so that a parser gives
 * back exactly the characters written: in text {@code & < >} as entities and carriage return as a
 * character reference (a parser turns a raw one into a line feed); in a double-quoted attribute
 * value also {@code "} as an entity and tab, line feed and carriage return as character references
 * (attribute value normalization turns raw ones into spaces). {@code >} is always escaped, so
 * {@code ]]>} never appears in text. Characters XML 1.0 cannot carry at all are the caller's to
 * refuse first ({@link #firstInvalid}); this class writes what it is given.
 */
final class XmlOut {
    private final Writer out;
    private final char[] buffer = new char[1 << 13];
    private int used;

    XmlOut(Writer out) {
        this.out = out;
    }

    /**
     * The index of the first character of {@code text} that XML 1.0 cannot carry (a control other
     * than tab, line feed and carriage return, an unpaired surrogate, U+FFFE or U+FFFF), or -1.
     */
    static int firstInvalid(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return i;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
        }
        return -1;
    }

    /** Writes markup as it is. */
    XmlOut raw(String markup) throws IOException {
        for (int i = 0, n = markup.length(); i < n; i++) {
            put(markup.charAt(i));
        }
        return this;
    }

    /** Writes a decimal number as it is. */
    XmlOut number(long value) throws IOException {
        return raw(Long.toString(value));
    }

    /** Writes {@code text} as element content. */
    XmlOut text(String text) throws IOException {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '\r' -> raw("&#13;");
                default -> put(c);
            }
        }
        return this;
    }

    /** Writes {@code value} as the content of a double-quoted attribute value. */
    XmlOut attribute(String value) throws IOException {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> raw("&amp;");
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '"' -> raw("&quot;");
                case '\t' -> raw("&#9;");
                case '\n' -> raw("&#10;");
                case '\r' -> raw("&#13;");
                default -> put(c);
            }
        }
        return this;
    }

    private void put(char c) throws IOException {
        if (used == buffer.length) {
            out.write(buffer, 0, used);
            used = 0;
        }
        buffer[used++] = c;
    }

    /** Writes out what is buffered and flushes the writer. */
    void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
        out.flush();
    }
}
