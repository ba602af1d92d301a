package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;
import java.util.ConcurrentModificationException;

/**
 * Lists of edge IDs, one per node and direction, kept in shared fixed-size {@code int[]} segments
 * so that a node's list costs no object of its own, and so that the pool grows without ever copying
 * what it holds.
 *
 * <p>Representation: a list is named by an int <em>head</em>.
 *
 * <ul>
 *   <li>0 is the empty list.
 *   <li>A negative head {@code -1 - e} is the one-entry list {@code [e]}, stored in the head
 *       itself: what most nodes of a sparse graph have.
 *   <li>A positive head holds a <em>slot</em> (bits 16 to 29: an index into the table of segments)
 *       and an <em>offset</em> (bits 0 to 15) in that segment; the list's entries start at offset +
 *       1. With bit 30 set it names a <em>pair</em>: a list of exactly two entries, the next most
 *       common, held in two ints with no header (its size is implied). Otherwise it names a
 *       <em>block</em>: a header int at the offset (size in the low 26 bits, log2 of the capacity
 *       above) followed by the entries. Capacities are powers of two from 4 (a list grows from a
 *       pair into a block of four); a full block moves to one twice as large.
 * </ul>
 *
 * <p>Segments hold {@value #SEGMENT} ints (256 KB) at most. That is below half of G1's smallest
 * region (1 MB), so a segment is never a humongous object on any heap: G1 allocates and moves it
 * like any other object, and the pool's growth cannot fragment the heap with humongous regions as
 * one growing array would (a larger segment would not help either: 2^20 ints would take three 2 MB
 * regions for 4 MB and a 16-byte header). The table of 2^14 slots addresses 2^30 ints (4 GB) of
 * segments, and costs 4 bytes per 256 KB. Segments are allocated as lists need room and never
 * copied: the first ones are small (64 ints, then a quarter of what the segments already hold, or
 * what a size hint asks for), so a small graph keeps a small pool. Every segment starts its
 * allocation at offset 1, which keeps block heads away from 0 and lets a pair's head point one int
 * before its entries, like a block's. Blocks never straddle segments: when the next one does not
 * fit, the rest of the segment is cut into free blocks and pairs before a new segment is opened.
 *
 * <p>A block of capacity 2^16 or more does not fit in a segment: such a list (a hub with more than
 * 32,768 edges in one direction) gets an {@code int[]} of its own, header at offset 0, in a slot of
 * its own. Reads do not tell it apart from a block in a segment (its entries are at offset + 1
 * too); it grows by doubling into a new array in the same slot, so its head never changes. Slot 0
 * is never given to such a list, so no head is 0. Segments and such lists share the 2^14 slots;
 * 16,384 hub lists would hold at least 2^29 entries.
 *
 * <p>Freed blocks go on a free list of their size class and freed pairs on the pairs' free list,
 * threaded through their first entry; a freed hub array is dropped and its slot reused. A block
 * that falls to a quarter of its capacity moves to a block that fits, a list of two to a pair and a
 * list of one into its head, so removal gives room back. Entries keep insertion order (removal
 * shifts the rest left), so a list reads in the order its edges were added. {@link #compact}
 * rebuilds every list into fresh segments without gaps.
 *
 * <p>Bytes: nothing beyond the head for a list of one; 8 for a list of two; otherwise 4 per entry,
 * 4 of header and the unused part of the block (under half of it, or under three quarters after
 * removals). Segments add 20 bytes (array header and slot) per 256 KB; the part of the last segment
 * not yet used is spare: under a fifth of the pool while segments ramp up to full size, under 256
 * KB after. A hub array costs 16 bytes of header more than the block would.
 *
 * <p>Not thread-safe; readers mutate nothing. A reader that runs without the lock (an optimistic
 * read) must size a list with {@link #checkedSize}, which refuses a head that does not name a list
 * lying within the arrays, so that no loop or allocation trusts a stale head.
 */
final class AdjacencyPool {
    /** Bits of a head that hold the offset in a segment. */
    static final int OFFSET_BITS = 16;

    /** Ints in a full segment. */
    static final int SEGMENT = 1 << OFFSET_BITS;

    private static final int OFFSET_MASK = SEGMENT - 1;

    /** Slots in the table of segments (bits 16 to 29 of a head). */
    static final int SLOTS = 1 << 14;

    private static final int SLOT_MASK = SLOTS - 1;

    /** Marks a head naming a pair. */
    static final int PAIR = 1 << 30;

    private static final int SIZE_BITS = 26;
    private static final int SIZE_MASK = (1 << SIZE_BITS) - 1;

    /** The smallest block: capacity 4. */
    static final int MIN_CLASS = 2;

    /** The largest block kept in a segment: capacity 2^15, 2^15 + 1 ints, half a segment. */
    static final int MAX_SEGMENT_CLASS = OFFSET_BITS - 1;

    /** Ints in the first segment of a pool without a size hint. */
    static final int MIN_SEGMENT = 64;

    /** Segments and hub arrays by slot; null for a slot not in use. */
    private int[][] segments = new int[4][];

    /** Slots below this have been in use; every slot from it on is null. */
    private int slotLimit;

    /** The lowest slot that may be null; a hint for finding a free slot. */
    private int lowestFree;

    /** The slot of the segment being filled, or -1 before the first. */
    private int current = -1;

    /** Ints taken in the current segment. */
    private int used;

    /**
     * Ints in all segments (not hub arrays); once no hint asks for more, new segments are a quarter
     * of it.
     */
    private long segmentInts;

    /** Ints a size hint still asks for; new segments are at least this large, up to full size. */
    private long reserve;

    /** Per size class (log2 of capacity), the head of the first free block; 0 for none. */
    private final int[] free = new int[MAX_SEGMENT_CLASS + 1];

    /** The head of the first free pair; 0 for none. */
    private int freePair;

    AdjacencyPool(int expectedEntries) {
        reserve = expectedEntries / 2;
    }

    // ---- reads: small enough to inline

    /** Entries in the list at {@code head}. */
    int size(int head) {
        if (head > 0) {
            return (head & PAIR) != 0
                    ? 2
                    : segments[head >>> OFFSET_BITS][head & OFFSET_MASK] & SIZE_MASK;
        }
        return head < 0 ? 1 : 0;
    }

    /** The i-th entry of the list at {@code head}. */
    int get(int head, int i) {
        if (head < 0) {
            return -1 - head;
        }
        return segments[(head >>> OFFSET_BITS) & SLOT_MASK][(head & OFFSET_MASK) + 1 + i];
    }

    /**
     * Entries in the list at {@code head}, refused with a {@link ConcurrentModificationException}
     * if the list would not lie within its segment: under an optimistic read a head may be stale
     * and name any slot, offset or size, and a loop or allocation must never trust it. A size
     * returned bounds reads by {@link #get} within the segment this call saw.
     */
    int checkedSize(int head) {
        if (head <= 0) {
            return head < 0 ? 1 : 0;
        }
        int[][] table = segments;
        int slot = (head >>> OFFSET_BITS) & SLOT_MASK;
        int[] segment = slot < table.length ? table[slot] : null;
        int offset = head & OFFSET_MASK;
        if (segment == null || offset >= segment.length) {
            throw stale();
        }
        int size = (head & PAIR) != 0 ? 2 : segment[offset] & SIZE_MASK;
        if (offset + 1L + size > segment.length) {
            throw stale();
        }
        return size;
    }

    /**
     * Copies the entries of the list at {@code head}, in list order, into {@code to} from {@code
     * at}; returns how many. One array copy for a pair or block: what a bulk reader of many lists
     * wants instead of a {@link #get} per entry. Not for optimistic reads (it trusts the head).
     */
    int copyTo(int head, int[] to, int at) {
        if (head <= 0) {
            if (head < 0) {
                to[at] = -1 - head;
                return 1;
            }
            return 0;
        }
        int size = size(head);
        System.arraycopy(segmentOf(head), (head & OFFSET_MASK) + 1, to, at, size);
        return size;
    }

    private static ConcurrentModificationException stale() {
        return new ConcurrentModificationException("adjacency changed during an optimistic read");
    }

    /** Bytes of the pool: this object, its table, every segment and hub array, its free lists. */
    long footprintBytes() {
        long bytes =
                ObjectSizes.instance(AdjacencyPool.class)
                        + ObjectSizes.of(segments)
                        + ObjectSizes.of(free);
        for (int slot = 0; slot < slotLimit; slot++) {
            bytes += ObjectSizes.of(segments[slot]);
        }
        return bytes;
    }

    // ---- writes

    /** Appends {@code entry} to the list at {@code head}; returns the list's new head. */
    int append(int head, int entry) {
        if (head == 0) {
            return -1 - entry;
        }
        if (head < 0) {
            return pairOf(-1 - head, entry);
        }
        if ((head & PAIR) != 0) {
            int block = allocate(MIN_CLASS);
            copyInto(block, segmentOf(head), (head & OFFSET_MASK) + 1, 2);
            int[] to = segmentOf(block);
            to[(block & OFFSET_MASK) + 3] = entry;
            to[block & OFFSET_MASK]++;
            releasePair(head);
            return block;
        }
        int[] segment = segmentOf(head);
        int header = head & OFFSET_MASK;
        int size = segment[header] & SIZE_MASK;
        if (size == 1 << (segment[header] >>> SIZE_BITS)) {
            if (size == SIZE_MASK) {
                throw new IllegalStateException(
                        "a node has more than " + SIZE_MASK + " edges in one direction");
            }
            head = move(head, size, sizeClassFor(size + 1));
            segment = segmentOf(head);
            header = head & OFFSET_MASK;
        }
        segment[header + 1 + size] = entry;
        segment[header]++;
        return head;
    }

    /**
     * The list at {@code head} given room for {@code additional} more entries, so that they append
     * without a move; returns its head. A bulk add calls it once per run of edges from one node,
     * which saves the moves through pair and blocks of four and eight that appending one entry at a
     * time makes. Only for entries that will be appended: a list of three or more entries is always
     * a block, and a block reserved here must end with at least three.
     */
    int reserve(int head, int additional) {
        int size = size(head);
        int needed = size + additional;
        if (needed <= 2) {
            return head; // the head and pair forms need no room
        }
        int sizeClass = sizeClassFor(needed);
        if (head > 0 && (head & PAIR) == 0) {
            int[] segment = segmentOf(head);
            int header = head & OFFSET_MASK;
            return sizeClass <= segment[header] >>> SIZE_BITS ? head : move(head, size, sizeClass);
        }
        int block = allocate(sizeClass);
        if (head < 0) {
            int[] to = segmentOf(block);
            int header = block & OFFSET_MASK;
            to[header + 1] = -1 - head;
            to[header]++;
        } else if (head > 0) {
            copyInto(block, segmentOf(head), (head & OFFSET_MASK) + 1, 2);
            releasePair(head);
        }
        return block;
    }

    /** Removes the first occurrence of {@code entry}; returns the list's new head. */
    int remove(int head, int entry) {
        if (head <= 0) {
            return head < 0 && -1 - head == entry ? 0 : head;
        }
        int[] segment = segmentOf(head);
        int first = (head & OFFSET_MASK) + 1;
        if ((head & PAIR) != 0) {
            int kept;
            if (segment[first] == entry) {
                kept = segment[first + 1];
            } else if (segment[first + 1] == entry) {
                kept = segment[first];
            } else {
                return head;
            }
            releasePair(head);
            return -1 - kept;
        }
        int size = segment[first - 1] & SIZE_MASK;
        int i = 0;
        while (i < size && segment[first + i] != entry) {
            i++;
        }
        if (i == size) {
            return head;
        }
        System.arraycopy(segment, first + i + 1, segment, first + i, size - i - 1);
        segment[first - 1]--;
        size--;
        if (size <= 2) {
            int shorter =
                    size == 0
                            ? 0
                            : size == 1
                                    ? -1 - segment[first]
                                    : pairOf(segment[first], segment[first + 1]);
            release(head);
            return shorter;
        }
        int sizeClass = segment[first - 1] >>> SIZE_BITS;
        return size <= 1 << (sizeClass - 2) ? move(head, size, sizeClassFor(size)) : head;
    }

    /** Frees the whole list at {@code head}. */
    void clear(int head) {
        if (head > 0) {
            if ((head & PAIR) != 0) {
                releasePair(head);
            } else {
                release(head);
            }
        }
    }

    /**
     * Rewrites every entry of the list at {@code head} through {@code mapping}; returns the new
     * head.
     */
    int remap(int head, int[] mapping) {
        if (head < 0) {
            return -1 - mapping[-1 - head];
        }
        if (head > 0) {
            int[] segment = segmentOf(head);
            int first = (head & OFFSET_MASK) + 1;
            for (int i = 0, size = size(head); i < size; i++) {
                segment[first + i] = mapping[segment[first + i]];
            }
        }
        return head;
    }

    /**
     * Copies every list named in {@code heads} into fresh segments sized to fit, rewriting the
     * heads in place, so that freed blocks and spare capacity are given back. A block is sized anew
     * for its entries; a hub array already of the right size is kept as it is.
     */
    void compact(int[][] heads, int count) {
        long needed = 0;
        for (int[] column : heads) {
            for (int n = 0; n < count; n++) {
                int head = column[n];
                if (head > 0) {
                    int sizeClass = sizeClassFor(size(head));
                    needed +=
                            (head & PAIR) != 0
                                    ? 2
                                    : sizeClass <= MAX_SEGMENT_CLASS ? 1 + (1 << sizeClass) : 0;
                }
            }
        }
        int[][] old = segments;
        segments = new int[4][];
        slotLimit = 0;
        lowestFree = 0;
        current = -1;
        used = 0;
        segmentInts = 0;
        reserve = needed + needed / 8;
        Arrays.fill(free, 0);
        freePair = 0;
        for (int[] column : heads) {
            for (int n = 0; n < count; n++) {
                int head = column[n];
                if (head <= 0) {
                    continue;
                }
                int[] from = old[(head >>> OFFSET_BITS) & SLOT_MASK];
                int first = (head & OFFSET_MASK) + 1;
                if ((head & PAIR) != 0) {
                    column[n] = pairOf(from[first], from[first + 1]);
                    continue;
                }
                int size = from[first - 1] & SIZE_MASK;
                int sizeClass = sizeClassFor(size);
                int fresh;
                if (first == 1 && sizeClass == from[0] >>> SIZE_BITS) {
                    fresh = takeSlot(true) << OFFSET_BITS; // a hub array that already fits
                    segments[fresh >>> OFFSET_BITS] = from;
                } else {
                    fresh = allocate(sizeClass);
                    copyInto(fresh, from, first, size);
                }
                column[n] = fresh;
            }
        }
    }

    // ---- allocation

    private int[] segmentOf(int head) {
        return segments[(head >>> OFFSET_BITS) & SLOT_MASK];
    }

    /**
     * The size class (log2 of capacity) of a block for {@code entries}: at least {@link
     * #MIN_CLASS}.
     */
    static int sizeClassFor(int entries) {
        return Math.max(MIN_CLASS, 32 - Integer.numberOfLeadingZeros(entries - 1));
    }

    /**
     * Moves the block at {@code head}, of {@code size} entries, into a block of class {@code
     * sizeClass}; returns its head. A hub array that stays a hub array keeps its slot.
     */
    private int move(int head, int size, int sizeClass) {
        int[] from = segmentOf(head);
        int first = (head & OFFSET_MASK) + 1;
        boolean sameSlot =
                first == 1 && sizeClass > MAX_SEGMENT_CLASS; // a hub array that stays one
        int block;
        if (sameSlot) {
            block = head;
            segments[head >>> OFFSET_BITS] = hubArray(sizeClass);
        } else {
            block = allocate(sizeClass);
        }
        copyInto(block, from, first, size);
        if (!sameSlot) {
            release(head); // after the copy: a free block's first entry links the free list
        }
        return block;
    }

    /**
     * Fills the empty block at {@code block} with {@code size} entries read from {@code from} at
     * {@code first}.
     */
    private void copyInto(int block, int[] from, int first, int size) {
        int[] to = segmentOf(block);
        int header = block & OFFSET_MASK;
        System.arraycopy(from, first, to, header + 1, size);
        to[header] += size;
    }

    /** A new pair holding {@code a} then {@code b}; its head. */
    private int pairOf(int a, int b) {
        int pair = allocatePair();
        int[] to = segmentOf(pair);
        int at = (pair & OFFSET_MASK) + 1;
        to[at] = a;
        to[at + 1] = b;
        return pair;
    }

    private static int[] hubArray(int sizeClass) {
        int[] array = new int[1 + (1 << sizeClass)];
        array[0] = sizeClass << SIZE_BITS;
        return array;
    }

    /** A block of capacity 2^sizeClass with size 0; its head. */
    private int allocate(int sizeClass) {
        if (sizeClass > MAX_SEGMENT_CLASS) {
            int slot = takeSlot(true);
            segments[slot] = hubArray(sizeClass);
            return slot << OFFSET_BITS;
        }
        int block = free[sizeClass];
        if (block != 0) {
            free[sizeClass] = segmentOf(block)[(block & OFFSET_MASK) + 1];
            return block; // its header says size 0 since it was released
        }
        int at = take(1 + (1 << sizeClass));
        segments[current][at] = sizeClass << SIZE_BITS;
        return current << OFFSET_BITS | at;
    }

    /** Two ints for a pair; its head. */
    private int allocatePair() {
        int pair = freePair;
        if (pair != 0) {
            freePair = segmentOf(pair)[(pair & OFFSET_MASK) + 1];
            return pair;
        }
        int at = take(2);
        return PAIR | current << OFFSET_BITS | (at - 1);
    }

    private void releasePair(int pair) {
        segmentOf(pair)[(pair & OFFSET_MASK) + 1] = freePair;
        freePair = pair;
    }

    private void release(int block) {
        int slot = (block >>> OFFSET_BITS) & SLOT_MASK;
        int[] segment = segments[slot];
        int header = block & OFFSET_MASK;
        int sizeClass = segment[header] >>> SIZE_BITS;
        if (sizeClass > MAX_SEGMENT_CLASS) {
            segments[slot] = null; // a hub array: dropped, its slot reused
            lowestFree = Math.min(lowestFree, slot);
            return;
        }
        segment[header] = sizeClass << SIZE_BITS;
        segment[header + 1] = free[sizeClass];
        free[sizeClass] = block;
    }

    /**
     * The offset of {@code ints} fresh ints in the current segment, opening a new one if they do
     * not fit.
     */
    private int take(int ints) {
        if (current < 0 || used + ints > segments[current].length) {
            openSegment(ints);
        }
        int at = used;
        used += ints;
        return at;
    }

    /**
     * Cuts what is left of the current segment into free blocks and pairs, then opens a segment
     * with room for at least {@code ints} after its first int: what the size hint (or compaction)
     * still asks for, else a quarter of the ints in segments so far, from {@link #MIN_SEGMENT} up
     * to {@link #SEGMENT}.
     */
    private void openSegment(int ints) {
        if (current >= 0) {
            int[] segment = segments[current];
            for (int left = segment.length - used; left >= 2; left = segment.length - used) {
                int sizeClass =
                        Math.min(MAX_SEGMENT_CLASS, 31 - Integer.numberOfLeadingZeros(left - 1));
                if (sizeClass >= MIN_CLASS) {
                    segment[used] = sizeClass << SIZE_BITS;
                    segment[used + 1] = free[sizeClass];
                    free[sizeClass] = current << OFFSET_BITS | used;
                    used += 1 + (1 << sizeClass);
                } else {
                    segment[used] = freePair;
                    freePair = PAIR | current << OFFSET_BITS | (used - 1);
                    used += 2;
                }
            }
        }
        long wanted =
                Math.min(SEGMENT, Math.max(MIN_SEGMENT, reserve > 0 ? reserve : segmentInts >> 2));
        int length = (int) Math.max(1 + ints, wanted);
        int slot = takeSlot(false);
        segments[slot] = new int[length];
        segmentInts += length;
        reserve = Math.max(0, reserve - length);
        current = slot;
        used = 1;
    }

    /**
     * A slot not in use (never slot 0 for a hub array, whose head would be 0), the table grown if
     * need be.
     */
    private int takeSlot(boolean hub) {
        int slot = hub ? Math.max(1, lowestFree) : lowestFree;
        while (slot < slotLimit && segments[slot] != null) {
            slot++;
        }
        if (slot >= slotLimit) {
            if (slot >= SLOTS) {
                throw new IllegalStateException(
                        "adjacency exceeds " + SLOTS + " segments and hub lists (2^30 ints)");
            }
            if (slot >= segments.length) {
                segments =
                        Arrays.copyOf(
                                segments, Math.min(SLOTS, Math.max(slot + 1, 2 * segments.length)));
            }
            slotLimit = slot + 1;
        }
        if (!hub || lowestFree > 0) {
            lowestFree = slot + 1;
        }
        return slot;
    }

    // ---- for tests

    /** Slots in use: segments and hub arrays. */
    int slotsInUse() {
        int inUse = 0;
        for (int slot = 0; slot < slotLimit; slot++) {
            inUse += segments[slot] == null ? 0 : 1;
        }
        return inUse;
    }

    /** Ints in the pool's arrays, spare included. */
    long capacity() {
        long ints = 0;
        for (int slot = 0; slot < slotLimit; slot++) {
            ints += segments[slot] == null ? 0 : segments[slot].length;
        }
        return ints;
    }
}
