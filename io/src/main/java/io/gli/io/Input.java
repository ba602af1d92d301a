package io.gli.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A file or stream opened for reading: buffered, gunzipped when its first bytes are gzip's magic
 * number (whatever its name), and counting the bytes taken from the underlying file, which is what
 * progress reports. Closing closes the file, never a stream the caller passed.
 */
final class Input implements Closeable {
    private static final int BUFFER = 1 << 16;

    private final String name;
    private final Counting counted;
    private final InputStream stream;
    private final boolean ownsSource;

    private Input(String name, InputStream source, boolean ownsSource) throws IOException {
        this.name = name;
        this.ownsSource = ownsSource;
        this.counted = new Counting(source);
        BufferedInputStream buffered = new BufferedInputStream(counted, BUFFER);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzip = first == 0x1f && second == 0x8b;
        this.stream = gzip ? gunzipped(name, buffered) : buffered;
    }

    /** Opens {@code file}; errors will name it by its file name. */
    static Input open(Path file) throws IOException {
        InputStream source = Files.newInputStream(file);
        try {
            return new Input(String.valueOf(file.getFileName()), source, true);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /**
     * {@code gzip} decompressed. The constructor of {@link GZIPInputStream} reads the whole gzip
     * header, so a file cut inside it fails here, before any line is read: as a format error at its
     * start, like a file cut anywhere else.
     */
    private static InputStream gunzipped(String name, InputStream gzip) throws IOException {
        try {
            return new BufferedInputStream(new GZIPInputStream(gzip, BUFFER), BUFFER);
        } catch (IOException e) {
            throw Failures.reading(name, 1, 1, e);
        }
    }

    /** Wraps a caller's stream, which {@link #close} leaves open. */
    static Input of(InputStream in, String name) throws IOException {
        return new Input(name, in, false);
    }

    /** What errors call this input: the file name, or the name the caller gave the stream. */
    String name() {
        return name;
    }

    /** The (decompressed) bytes. */
    InputStream stream() {
        return stream;
    }

    /** The bytes as UTF-8 text, refusing malformed input (never replacing it silently). */
    Reader utf8() {
        return new InputStreamReader(
                stream,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Bytes taken from the file so far (compressed bytes for a gzip file). */
    long bytesRead() {
        return counted.count;
    }

    @Override
    public void close() throws IOException {
        if (ownsSource) {
            counted.close();
        }
    }

    /** Counts what passes through, for progress. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
