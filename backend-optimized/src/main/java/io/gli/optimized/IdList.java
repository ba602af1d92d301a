package io.gli.optimized;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of node IDs that decodes each on access: a snapshot of {@link IdSlots}.
 *
 * <p>Representation: the slot and overflow arrays, stride and ASCII flag of the slots when the list
 * was made (about 40 bytes of fields, no copy of the IDs), the indices it lists ({@code int[]}, or
 * null for indices 0 to size - 1), and the {@link HandedOut} record it writes, if any. The slots
 * never rewrite the bytes of an existing index (appends go beyond them; growth, a change of stride
 * and compaction allocate new arrays), so the list reads the same whatever is written later.
 *
 * <p>Contract: every {@code get} and iteration returns a new String; on the thread that made the
 * list, it records that String and its index in the {@link HandedOut} record. Safe to read from any
 * thread.
 */
final class IdList extends AbstractList<String> implements RandomAccess {
    private final byte[] slots;
    private final int stride;
    private final byte[] overflow;
    private final boolean asciiOnly;
    private final int[] indices;
    private final int size;
    private final HandedOut memo;

    /** The thread that made this list: the only one that writes {@link #memo}. */
    private final Thread owner = Thread.currentThread();

    /**
     * The IDs at {@code indices[0, size)} of {@code source} as it is now ({@code indices} null:
     * indices 0 to {@code size - 1}), recording what it hands out in {@code memo} (may be null).
     */
    IdList(IdSlots source, int[] indices, int size, HandedOut memo) {
        slots = source.slotArray();
        stride = source.stride();
        overflow = source.overflowArray();
        asciiOnly = source.asciiOnly();
        this.indices = indices;
        this.size = size;
        this.memo = memo;
    }

    @Override
    public String get(int i) {
        return handOut(Objects.checkIndex(i, size));
    }

    @Override
    public int size() {
        return size;
    }

    /** An iterator without {@code AbstractList}'s modification checks: the list never changes. */
    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return handOut(next++);
            }
        };
    }

    /** The ID at position {@code i}, recorded if this is the thread that made the list. */
    private String handOut(int i) {
        int index = indices == null ? i : indices[i];
        String id = IdSlots.decode(slots, stride, overflow, index, asciiOnly);
        if (memo != null && Thread.currentThread() == owner) {
            memo.record(id, index);
        }
        return id;
    }
}
