package io.gli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 4180 records scanned straight from UTF-8 bytes, one record at a time: fields separated by an
 * ASCII delimiter, a field that holds the delimiter, a quote or a line break enclosed in double
 * quotes with its quotes doubled, records ended by LF, CRLF or a lone CR. Lines that start with the
 * comment character, and blank lines, are skipped between records (a comment character inside a
 * record, quoted or not, is data). A UTF-8 byte order mark at the very start is skipped.
 *
 * <p>Representation: the bytes sit in one growable buffer; a record's fields are {@code [start,
 * end)} offsets into it (a quoted field is unescaped in place, its doubled quotes collapsed as it
 * is scanned, which never writes ahead of the scan), with a flag byte per field saying whether it
 * was quoted and whether it holds non-ASCII bytes. A field becomes a {@code String} only when asked
 * for: ASCII by a straight copy, anything else through a strict UTF-8 decoder that refuses
 * malformed bytes. Only the current record is kept, so the buffer is bounded by the longest record,
 * and a record is refused as soon as it passes {@code maxChars} characters, before the rest of it
 * is read. A record of more than {@code maxFields} fields keeps only the first ones but still
 * counts them all, so that the error can say how many it had.
 */
final class CsvParser {
    private static final int BLOCK = 1 << 16;
    private static final byte QUOTE = '"';
    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final byte FLAG_QUOTED = 1;
    private static final byte FLAG_NON_ASCII = 2;
    private static final int END_OF_RECORD = 0;
    private static final int NEXT_FIELD = 1;

    private final InputStream in;
    private final String source;
    private final byte delimiter;
    private final int comment;
    private final int maxChars;
    private final int maxFields;
    private final CharsetDecoder decoder =
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);

    private byte[] buffer = new byte[4 * BLOCK];
    private int position;
    private int limit;
    private boolean started;
    private long line = 1;

    private boolean inRecord;
    private int recordStart;
    private long recordLine;
    private int nonCharBytes; // bytes of the record that are no UTF-16 char of their own
    private int fieldStart;
    private int write; // where a quoted field's next unescaped byte goes

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private byte[] flags = new byte[16];
    private int count;

    /**
     * @param comment the comment character, or -1 for none
     * @param maxChars the longest record, in characters
     * @param maxFields the most fields a record's fields are kept for
     */
    CsvParser(
            InputStream in,
            String source,
            char delimiter,
            int comment,
            int maxChars,
            int maxFields) {
        this.in = in;
        this.source = source;
        this.delimiter = (byte) delimiter;
        this.comment = comment;
        this.maxChars = maxChars;
        this.maxFields = maxFields;
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the input
     * @throws GraphFormatException on malformed quoting, a record over the limit, or unreadable
     *     input
     */
    boolean next() throws IOException {
        if (!started) {
            start();
        }
        count = 0;
        inRecord = false;
        while (true) {
            if (position == limit && !fill()) {
                return false;
            }
            byte b = buffer[position];
            if (b == LF) {
                position++;
                line++;
            } else if (b == CR) {
                position++;
                endCarriageReturn();
            } else if (b == comment) {
                skipLine();
            } else {
                break;
            }
        }
        inRecord = true;
        recordStart = position;
        recordLine = line;
        nonCharBytes = 0;
        while (field() == NEXT_FIELD) {
            // one more field
        }
        checkLength();
        inRecord = false;
        return true;
    }

    /** The line the current record starts on. */
    long line() {
        return recordLine;
    }

    /** The number of fields of the current record (also those past {@code maxFields}). */
    int fieldCount() {
        return count;
    }

    /** Whether field {@code i} is empty and unquoted: in this module's tables, "no value". */
    boolean isAbsent(int i) {
        return starts[i] == ends[i] && (flags[i] & FLAG_QUOTED) == 0;
    }

    /**
     * Field {@code i} (below {@code maxFields}) as text, its quotes removed.
     *
     * @throws GraphFormatException if its bytes are not UTF-8
     */
    String field(int i) throws GraphFormatException {
        int start = starts[i];
        int length = ends[i] - start;
        if ((flags[i] & FLAG_NON_ASCII) == 0) {
            return new String(buffer, start, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.decode(ByteBuffer.wrap(buffer, start, length)).toString();
        } catch (CharacterCodingException e) {
            throw (GraphFormatException) Failures.reading(source, recordLine, i + 1L, e);
        }
    }

    private void start() throws IOException {
        started = true;
        while (limit < 3 && fillAtEnd()) {
            // the byte order mark needs three bytes
        }
        if (limit >= 3
                && buffer[0] == (byte) 0xEF
                && buffer[1] == (byte) 0xBB
                && buffer[2] == (byte) 0xBF) {
            position = 3;
        }
    }

    private int field() throws IOException {
        if (position == limit && !fill()) {
            store(position, position, (byte) 0);
            return END_OF_RECORD;
        }
        return buffer[position] == QUOTE ? quoted() : plain();
    }

    private int plain() throws IOException {
        fieldStart = position;
        byte flag = 0;
        while (true) {
            byte[] bytes = buffer;
            int p = position;
            int end = limit;
            while (p < end) {
                byte c = bytes[p];
                if (c == delimiter || c == LF || c == CR || c == QUOTE) {
                    break;
                }
                if (c < 0) {
                    flag = FLAG_NON_ASCII;
                    countNonAscii(c);
                }
                p++;
            }
            position = p;
            if (p < end) {
                break;
            }
            if (!fill()) {
                store(fieldStart, position, flag);
                return END_OF_RECORD;
            }
        }
        if (buffer[position] == QUOTE) {
            throw Failures.at(source, line, count + 1L, Failures.csvStrayQuote());
        }
        store(fieldStart, position, flag);
        return terminator();
    }

    private int quoted() throws IOException {
        long openedOn = line;
        position++;
        fieldStart = position;
        write = position;
        byte flag = FLAG_QUOTED;
        while (true) {
            if (position == limit && !fill()) {
                throw Failures.at(source, openedOn, count + 1L, Failures.csvUnterminatedQuote());
            }
            byte c = buffer[position++];
            if (c == QUOTE) {
                if (position == limit && !fill()) {
                    break;
                }
                if (buffer[position] != QUOTE) {
                    break;
                }
                position++;
            } else if (c == LF) {
                line++;
            } else if (c < 0) {
                flag |= FLAG_NON_ASCII;
                countNonAscii(c);
            }
            buffer[write++] = c;
        }
        store(fieldStart, write, flag);
        if (position < limit || fill()) {
            byte c = buffer[position];
            if (c != delimiter && c != LF && c != CR) {
                throw Failures.at(source, line, count, Failures.csvAfterClosingQuote((char) c));
            }
        }
        return terminator();
    }

    /** Consumes what ends a field: the delimiter or a line end (or nothing, at the end). */
    private int terminator() throws IOException {
        if (position == limit && !fill()) {
            return END_OF_RECORD;
        }
        byte c = buffer[position++];
        if (c == delimiter) {
            return NEXT_FIELD;
        }
        if (c == LF) {
            line++;
        } else {
            endCarriageReturn();
        }
        return END_OF_RECORD;
    }

    /** After a CR: a CRLF pair or a lone CR, either ends one line. */
    private void endCarriageReturn() throws IOException {
        if ((position < limit || fill()) && buffer[position] == LF) {
            position++;
        }
        line++;
    }

    private void skipLine() throws IOException {
        while (true) {
            byte[] bytes = buffer;
            int p = position;
            int end = limit;
            while (p < end && bytes[p] != LF && bytes[p] != CR) {
                p++;
            }
            position = p;
            if (p < end) {
                position++;
                if (bytes[p] == LF) {
                    line++;
                } else {
                    endCarriageReturn();
                }
                return;
            }
            if (!fill()) {
                return;
            }
        }
    }

    /** UTF-8 continuation bytes add no char; a 4-byte sequence's lead adds a second one. */
    private void countNonAscii(byte c) {
        if ((c & 0xC0) == 0x80) {
            nonCharBytes++;
        } else if ((c & 0xF8) == 0xF0) {
            nonCharBytes--;
        }
    }

    private void store(int start, int end, byte flag) {
        if (count < starts.length) {
            starts[count] = start;
            ends[count] = end;
            flags[count] = flag;
        } else if (count < maxFields) {
            int grown = (int) Math.min(maxFields, 2L * starts.length);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            flags = Arrays.copyOf(flags, grown);
            starts[count] = start;
            ends[count] = end;
            flags[count] = flag;
        }
        count++;
    }

    private void checkLength() throws GraphFormatException {
        if (position - recordStart - nonCharBytes > maxChars) {
            throw Failures.at(
                    source,
                    recordLine,
                    GraphFormatException.UNKNOWN,
                    Failures.csvTooLong(maxChars));
        }
    }

    /**
     * Makes at least one more byte available at {@link #position}, moving the current record to the
     * front of the buffer (or growing it) first; false at the end of the input.
     */
    private boolean fill() throws IOException {
        if (inRecord) {
            checkLength();
        }
        int keep = inRecord ? recordStart : position;
        if (keep > 0) {
            System.arraycopy(buffer, keep, buffer, 0, limit - keep);
            limit -= keep;
            position -= keep;
            recordStart -= keep;
            fieldStart -= keep;
            write -= keep;
            for (int i = 0, stored = Math.min(count, starts.length); i < stored; i++) {
                starts[i] -= keep;
                ends[i] -= keep;
            }
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        return fillAtEnd();
    }

    private boolean fillAtEnd() throws IOException {
        int n;
        try {
            n = in.read(buffer, limit, buffer.length - limit);
        } catch (IOException e) {
            throw Failures.reading(source, line, GraphFormatException.UNKNOWN, e);
        }
        if (n < 0) {
            return false;
        }
        limit += n;
        return true;
    }
}
