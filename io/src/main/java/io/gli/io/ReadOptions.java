package io.gli.io;

import io.gli.BulkLoad;
import java.util.Objects;

/**
 * What every reader takes besides its format's own settings: what a node or edge that is already
 * there does, the bounds the file is held to, and who hears of the progress. Immutable; {@link
 * #DEFAULT} is {@code FAIL}, {@link ReadLimits#DEFAULT} and no listener. {@link
 * GraphFormat#reader(ReadOptions)} applies them to any format's reader.
 */
public final class ReadOptions {
    /** Duplicates are errors, the default limits, no progress listener. */
    public static final ReadOptions DEFAULT =
            new ReadOptions(BulkLoad.OnDuplicate.FAIL, ReadLimits.DEFAULT, ProgressListener.NONE);

    private final BulkLoad.OnDuplicate onDuplicate;
    private final ReadLimits limits;
    private final ProgressListener progress;

    private ReadOptions(
            BulkLoad.OnDuplicate onDuplicate, ReadLimits limits, ProgressListener progress) {
        this.onDuplicate = Objects.requireNonNull(onDuplicate, "onDuplicate");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * What a node or edge of the file that is already in the graph, or earlier in the file, does.
     */
    public BulkLoad.OnDuplicate onDuplicate() {
        return onDuplicate;
    }

    /** The bounds the file is held to. */
    public ReadLimits limits() {
        return limits;
    }

    /** The listener told of bytes and rows read; {@link ProgressListener#NONE} for none. */
    public ProgressListener progress() {
        return progress;
    }

    /** These options with another duplicate rule. */
    public ReadOptions withOnDuplicate(BulkLoad.OnDuplicate onDuplicate) {
        return new ReadOptions(onDuplicate, limits, progress);
    }

    /** These options with other limits. */
    public ReadOptions withLimits(ReadLimits limits) {
        return new ReadOptions(onDuplicate, limits, progress);
    }

    /** These options with another progress listener. */
    public ReadOptions withProgress(ProgressListener progress) {
        return new ReadOptions(onDuplicate, limits, progress);
    }

    @Override
    public String toString() {
        return "ReadOptions[onDuplicate=" + onDuplicate + ", limits=" + limits + "]";
    }
}
