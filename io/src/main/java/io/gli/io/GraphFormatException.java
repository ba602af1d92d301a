package io.gli.io;

import java.io.IOException;

/**
 * A file (or stream) that cannot be read as the format it was read as: malformed, truncated,
 * corrupt, over a {@linkplain ReadLimits limit}, or holding data the graph refuses (a duplicate
 * node, an edge to an unknown node). The message reads {@code source:line:column: problem}; the
 * parts are also available on their own. Whatever the cause, the load it ended changed nothing.
 */
public class GraphFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Where a position is not known: {@link #line()} or {@link #column()} returns this. */
    public static final long UNKNOWN = 0;

    private final String source;
    private final long line;
    private final long column;
    private final String problem;

    /**
     * @param source the file's name (or the stream's, as the caller named it)
     * @param line the 1-based line (for a binary file, the byte offset), or {@link #UNKNOWN}
     * @param column the 1-based column, or {@link #UNKNOWN}
     * @param problem what was wrong and what was expected there
     * @param cause the underlying exception, or null
     */
    public GraphFormatException(
            String source, long line, long column, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** As {@link #GraphFormatException(String, long, long, String, Throwable)} without a cause. */
    public GraphFormatException(String source, long line, long column, String problem) {
        this(source, line, column, problem, null);
    }

    private static String format(String source, long line, long column, String problem) {
        StringBuilder text = new StringBuilder(source);
        if (line != UNKNOWN) {
            text.append(':').append(line);
            if (column != UNKNOWN) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(problem).toString();
    }

    /** The file's or stream's name. */
    public String source() {
        return source;
    }

    /**
     * The 1-based line of the problem (for a binary format, the byte offset of the block), or
     * {@link #UNKNOWN}.
     */
    public long line() {
        return line;
    }

    /** The 1-based column of the problem, or {@link #UNKNOWN}. */
    public long column() {
        return column;
    }

    /** What was wrong and what was expected, without the position. */
    public String problem() {
        return problem;
    }
}
