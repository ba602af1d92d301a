package io.gli.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text under an XML parser, remembering the line and column of the last character it
 * delivered and the first failure beneath (truncated gzip, invalid UTF-8), so that the failure is
 * reported where it happened in the file and as what it was. The parser reads ahead in blocks, so
 * its own position may lie lines before the bad byte: the characters before a malformed sequence
 * are delivered first and the error comes with the next read, at the exact position. And the JDK
 * parser takes an {@link EOFException} for a clean end of file ("premature end of file"), so one is
 * handed on wrapped.
 */
final class TrackedReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder =
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean ended;
    private boolean flushed;
    private long line = 1;
    private long column;
    private IOException failure;

    TrackedReader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw handedOn(failure);
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, ended);
            if (result.isError()) {
                fail(new CharacterCodingException());
                if (out.position() == offset) {
                    throw failure;
                }
            } else if (result.isUnderflow()) {
                if (ended) {
                    if (!flushed) {
                        flushed = true;
                        decoder.flush(out);
                    }
                    if (out.position() == offset) {
                        return -1;
                    }
                } else {
                    fill();
                }
            }
        }
        int n = out.position() - offset;
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return n;
    }

    private void fill() throws IOException {
        bytes.compact();
        try {
            // small reads: a buffered stream that fails mid-read drops what it read in that call,
            // so a truncated file is reported close to where its text stops
            int n = in.read(bytes.array(), bytes.position(), Math.min(bytes.remaining(), 1 << 13));
            if (n < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } catch (IOException e) {
            fail(e);
            throw handedOn(e);
        } finally {
            bytes.flip();
        }
    }

    private void fail(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    private static IOException handedOn(IOException e) {
        return e instanceof EOFException ? new IOException(e.getMessage(), e) : e;
    }

    /** The first failure beneath: an {@link IOException} of the stream, or invalid UTF-8. */
    IOException failure() {
        return failure;
    }

    /** The 1-based line of the next character. */
    long line() {
        return line;
    }

    /** The 1-based column of the next character. */
    long column() {
        return column + 1;
    }

    @Override
    public void close() {
        // the stream is the Input's to close
    }
}
