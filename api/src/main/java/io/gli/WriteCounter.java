package io.gli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * How many writes a graph has begun: the sequence of a sequence lock, for the views of the store
 * that outlive the read lock they were made under (attribute columns). A view takes {@link
 * #stamp()} when it is made and, after each of its reads, calls {@link #checkUnchangedSince}: a
 * moved count means a write may have overlapped the read, and the read is thrown away.
 *
 * <p>{@link #begin()} is called under the write lock, before the write changes anything; one {@code
 * long}, written with opaque stores and fences rather than made volatile, so that a write pays no
 * full barrier for it.
 */
final class WriteCounter {
    @SuppressWarnings("unused") // through COUNT
    private long count;

    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(WriteCounter.class, "count", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Counts a write that is about to change the store. The fence orders the count before the
     * write's own stores, so a reader that saw any part of the write sees the count moved.
     */
    void begin() {
        COUNT.setOpaque(this, (long) COUNT.getOpaque(this) + 1);
        VarHandle.storeStoreFence();
    }

    /** The count now; read under a read lock, so that no write is in progress. */
    long stamp() {
        return (long) COUNT.getOpaque(this);
    }

    /** Throws if a write has begun since {@code stamp}; called after the reads it vouches for. */
    void checkUnchangedSince(long stamp) {
        VarHandle.acquireFence(); // the reads before this line are done before the count is read
        if ((long) COUNT.getOpaque(this) != stamp) {
            throw Errors.staleColumn();
        }
    }
}
