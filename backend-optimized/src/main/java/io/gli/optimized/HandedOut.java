package io.gli.optimized;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The last ID an {@link IdList} handed out, and its index: a lookup given that very String object
 * ({@link NodeIndex#find}) returns the index without comparing a byte, so a loop over {@code
 * nodes()} that looks up each ID it gets is answered by identity.
 *
 * <p>Representation: a sequence-locked pair, {@code String lastId} and {@code int lastIndex}, and
 * the removal count of the index when the list was made ({@link #removals}): a removal or
 * compaction since voids the record; additions never move an ID.
 *
 * <p>Contract: only the thread that made the list calls {@link #record} (the list holds that
 * thread; this record, reachable from the graph, does not). Readers on any thread get a consistent
 * pair without a lock, because the ID doubles as a sequence lock: the writer clears it, writes the
 * index, then writes the new ID, all with release stores; a reader reads the ID, the index, then
 * the ID again, with acquire loads, and trusts the index only if both reads gave the String it was
 * asked about. An index written after that String was recorded comes after the clearing store, so
 * the second read would no longer see it. Every ID handed out is a new String, so a String seen
 * twice was recorded once. On x86 these are plain moves.
 */
final class HandedOut {
    private static final VarHandle LAST_ID;
    private static final VarHandle LAST_INDEX;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            LAST_ID = lookup.findVarHandle(HandedOut.class, "lastId", String.class);
            LAST_INDEX = lookup.findVarHandle(HandedOut.class, "lastIndex", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The index's removal count when the list was made. */
    final long removals;

    @SuppressWarnings("UnusedVariable") // read and written through LAST_ID
    private String lastId;

    @SuppressWarnings("UnusedVariable") // read and written through LAST_INDEX
    private int lastIndex;

    HandedOut(long removals) {
        this.removals = removals;
    }

    /** Records {@code id}; called only by the thread that made the list. */
    void record(String id, int index) {
        LAST_ID.setRelease(this, (String) null);
        LAST_INDEX.setRelease(this, index);
        LAST_ID.setRelease(this, id);
    }

    /** The index recorded with this very String, or -1. */
    @SuppressWarnings("ReferenceEquality") // identity is the point: each ID handed out is new
    int indexOf(String id) {
        if ((String) LAST_ID.getAcquire(this) != id) {
            return -1;
        }
        int index = (int) LAST_INDEX.getAcquire(this);
        return (String) LAST_ID.getAcquire(this) == id ? index : -1;
    }
}
