package io.gli.io;

/**
 * Told how far a long read has come: readers call it every so often (about every 64 Ki rows or 4
 * MiB, whichever comes first) and once at the end, on the reading thread. It must be quick; it may
 * throw to abort the read, which then changes nothing.
 */
@FunctionalInterface
public interface ProgressListener {
    /** The listener that ignores progress. */
    ProgressListener NONE = (bytes, rows) -> {};

    /**
     * Reports how far the read has come.
     *
     * @param bytesRead bytes of the file read so far (compressed bytes for a gzip file)
     * @param rowsRead rows (nodes and edges) read so far
     */
    void progress(long bytesRead, long rowsRead);
}
