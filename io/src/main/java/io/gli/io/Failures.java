package io.gli.io;

import io.gli.BatchException;
import io.gli.EdgeExistsException;
import io.gli.NodeExistsException;
import io.gli.NodeNotFoundException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.ZipException;

/**
 * Every message of the io module, made in one place: the quoting of offending text and the
 * translation of what the graph or the JDK refused into a {@link GraphFormatException} that says
 * where in the file it happened and what was expected there.
 */
final class Failures {
    private static final int QUOTE_LIMIT = 80;

    private Failures() {}

    /**
     * {@code text} in double quotes, Java-escaped (control characters and unpaired surrogates shown
     * as {@code \\uXXXX}), cut after 80 characters with its length, so a 100 MB line never floods a
     * message.
     */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), QUOTE_LIMIT);
        if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
            shown--;
        }
        StringBuilder out = new StringBuilder(shown + 24).append('"');
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            boolean paired =
                    (Character.isHighSurrogate(c)
                                    && i + 1 < text.length()
                                    && Character.isLowSurrogate(text.charAt(i + 1)))
                            || (Character.isLowSurrogate(c)
                                    && i > 0
                                    && Character.isHighSurrogate(text.charAt(i - 1)));
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || (Character.isSurrogate(c) && !paired)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (shown < text.length()) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /** A problem at a position. */
    static GraphFormatException at(String source, long line, long column, String problem) {
        return new GraphFormatException(source, line, column, problem);
    }

    /** A problem at a position, with the exception behind it. */
    static GraphFormatException at(
            String source, long line, long column, String problem, Throwable cause) {
        return new GraphFormatException(source, line, column, problem, cause);
    }

    /**
     * What the graph refused of a row at {@code line}: a duplicate, an edge to a missing node, an
     * invalid value, said in the file's terms.
     */
    static GraphFormatException refusedRow(
            String source, long line, long column, BatchException refusal) {
        RuntimeException cause = refusal.getCause();
        String problem;
        if (cause instanceof NodeExistsException e) {
            problem =
                    "duplicate node "
                            + quote(e.nodeId())
                            + ": it is already in the graph or earlier in the file"
                            + " (expected each node once, or a reader set to skip or merge duplicates)";
        } else if (cause instanceof EdgeExistsException e) {
            problem =
                    "duplicate edge from "
                            + quote(e.source())
                            + " to "
                            + quote(e.target())
                            + ": it is already in the graph or earlier in the file (on an undirected"
                            + " graph, either direction counts; expected each edge once, or a reader"
                            + " set to skip or merge duplicates)";
        } else if (cause instanceof NodeNotFoundException e) {
            problem =
                    "edge names node "
                            + quote(e.nodeId())
                            + ", which is neither in the graph nor among the file's nodes"
                            + " (expected a declared node, or a reader set to create missing nodes)";
        } else {
            problem =
                    "the graph refused this row: "
                            + (cause == null ? refusal.getMessage() : cause.getMessage());
        }
        return new GraphFormatException(source, line, column, problem, refusal);
    }

    /**
     * A low-level read failure (truncated gzip, bad UTF-8, an early end) as a format error at the
     * position reached; any other {@link IOException} is returned as it is.
     */
    static IOException reading(String source, long line, long column, IOException e) {
        if (e instanceof GraphFormatException) {
            return e;
        }
        if (e instanceof EOFException) {
            return at(
                    source,
                    line,
                    column,
                    "the file ends too early (truncated?): " + e.getMessage(),
                    e);
        }
        if (e instanceof ZipException) {
            return at(source, line, column, "corrupt gzip data: " + e.getMessage(), e);
        }
        if (e instanceof CharacterCodingException) {
            return at(source, line, column, "expected UTF-8 text, found invalid bytes", e);
        }
        return e;
    }

    /** A value or ID a format cannot hold, refused by a writer. */
    static IllegalArgumentException cannotWrite(String format, String what, String why) {
        return new IllegalArgumentException(format + " cannot hold " + what + ": " + why);
    }

    // ---- CSV and TSV: messages of CsvReader and CsvWriter go below (csv helper)

    // (end of the CSV section)

    // ---- GraphML: messages of GraphmlReader and GraphmlWriter go below (graphml helper)

    // (end of the GraphML section)

    // ---- node-link JSON and DOT: messages of NodeLink* and DotWriter go below (json helper)

    // (end of the node-link JSON and DOT section)

    // ---- binary snapshot: messages of Snapshot* go below (snapshot helper)

    /** The first bytes are not a snapshot's magic number. */
    static GraphFormatException snapshotNotASnapshot(String source, byte[] head, int got) {
        StringBuilder found = new StringBuilder();
        for (int i = 0; i < Math.min(got, SnapshotLayout.MAGIC.length); i++) {
            found.append(String.format("%02x ", head[i] & 0xFF));
        }
        return at(
                source,
                GraphFormatException.UNKNOWN,
                GraphFormatException.UNKNOWN,
                "not a GLI binary snapshot: expected the magic bytes 89 47 4c 49 0d 0a 1a 0a at"
                        + " byte offset 0, found "
                        + (got == 0 ? "an empty file" : found.toString().trim()));
    }

    /** A snapshot of a version this reader does not read. */
    static GraphFormatException snapshotVersion(String source, int version) {
        return at(
                source,
                8,
                GraphFormatException.UNKNOWN,
                "snapshot format version "
                        + Integer.toUnsignedString(version)
                        + (Integer.compareUnsigned(version, SnapshotLayout.VERSION) > 0
                                ? " is newer than this reader, which reads version "
                                : " is not a version this reader reads; it reads version ")
                        + SnapshotLayout.VERSION
                        + " (expected a file written by this version of GLI or an older one)");
    }

    /** The file ends inside {@code what}, {@code missing} bytes short. */
    static GraphFormatException snapshotTruncated(
            String source, long offset, String what, long missing) {
        return at(
                source,
                offset,
                GraphFormatException.UNKNOWN,
                "the file ends at byte offset "
                        + offset
                        + " inside "
                        + what
                        + ", "
                        + missing
                        + " bytes short (truncated?)");
    }

    /** A block (or the header) whose bytes do not match its checksum. */
    static GraphFormatException snapshotChecksum(
            String source, long offset, String what, int stored, int computed) {
        return at(
                source,
                offset,
                GraphFormatException.UNKNOWN,
                "the "
                        + what
                        + " at byte offset "
                        + offset
                        + " is corrupt: its CRC32C is "
                        + String.format("%08x", computed)
                        + ", expected the stored "
                        + String.format("%08x", stored));
    }

    /** Any other malformed part of a snapshot, at its byte offset. */
    static GraphFormatException snapshotMalformed(String source, long offset, String problem) {
        return at(source, offset, GraphFormatException.UNKNOWN, problem);
    }

    // (end of the snapshot section)
}
