package io.gli.io;

/**
 * Counts the rows of one read and tells the caller's {@link ProgressListener} every 64 Ki rows or 4
 * MiB of input, whichever comes first, and once at the end.
 */
final class Progress {
    private static final int ROW_STEP = 1 << 16;
    private static final long BYTE_STEP = 4L << 20;

    private final ProgressListener listener;
    private final Input input;
    private long rows;
    private long nextRows = ROW_STEP;
    private long nextBytes = BYTE_STEP;

    Progress(ProgressListener listener, Input input) {
        this.listener = listener;
        this.input = input;
    }

    /** One more row read. */
    void row() {
        if (++rows >= nextRows || ((rows & 1023) == 0 && input.bytesRead() >= nextBytes)) {
            report();
        }
    }

    /** Rows read so far. */
    long rows() {
        return rows;
    }

    /** The final report. */
    void done() {
        listener.progress(input.bytesRead(), rows);
    }

    private void report() {
        long bytes = input.bytesRead();
        listener.progress(bytes, rows);
        nextRows = rows + ROW_STEP;
        nextBytes = bytes + BYTE_STEP;
    }
}
