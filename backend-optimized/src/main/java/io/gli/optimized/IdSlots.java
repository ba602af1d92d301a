package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.ConcurrentModificationException;

/**
 * The encoded bytes ({@link IdCodec}) of every node ID by index, in fixed-stride slots with an
 * overflow for IDs that do not fit, and the choice of the stride.
 *
 * <p>Representation: ID {@code i} sits in the slot {@code slots[i * stride, (i + 1) * stride)} of
 * one {@code byte[] slots}, so that finding its bytes needs no offset array (a lookup that hits is
 * two dependent cache misses: table entry, then slot). A slot is {@code [length][bytes…]} (1 byte
 * of length, then the encoding) when the encoded ID takes fewer than {@code stride} bytes;
 * otherwise its first byte is {@link #OVERFLOW} (255) and the little-endian int at slot offset 4 is
 * where {@code [length varint][bytes…]} (1 to 5 varint bytes, 7 bits each, low first) begins in one
 * {@code byte[] overflow}, which is only appended to. The stride is a multiple of 4 from 8 (room
 * for the marker and the offset) to 64 (bytes of longer IDs span cache lines anyway, and always
 * overflow); it starts at 12. Bytes per ID: the stride, plus {@code length + varint} if it
 * overflows; plus the growth slack of the slot array (a quarter at most). A histogram of the
 * encoded lengths (65 ints: one per length below 64, one for the rest, and a long of the overflow
 * bytes of the rest) describes every ID the slots hold.
 *
 * <p>Choosing the stride: the stride is the one that minimises the bytes the IDs take, {@code
 * stride * ids} plus {@code length + varint} per overflowing ID (ties: the larger stride, fewer
 * overflows), summed from the histogram once per candidate stride (15 of them), never by scanning
 * the IDs. Minimising bytes rather than taking a percentile keeps the memory from regressing for
 * any length distribution: uniform lengths (sequential names, UUIDs) all go inline, and a long tail
 * overflows only where inlining it would cost more. The choice is made when the slot array is
 * reallocated anyway (growth, {@link #reserve}, {@link #compact}), and also when the overflow must
 * grow and another stride would save more than an eighth (a hint reserved a million 12-byte slots,
 * then UUIDs arrive): that re-layout copies the slots once, and a second one needs the distribution
 * to move by an eighth again, so re-layouts stay amortized O(1) per ID.
 *
 * <p>Contract: {@link #append} gives the next index; the bytes of an existing index are never
 * rewritten in place: appends go beyond them, and growth, a change of stride and compaction
 * allocate new arrays, leaving the old ones to the snapshots ({@link IdList}) that read them. Not
 * thread-safe; a reader that overlaps a write may see torn bytes, and every loop over them is
 * bounded by an array's length (or 5 varint bytes), an inconsistency throwing {@link
 * ConcurrentModificationException}. Limits: the slot array is one Java array, so it holds at most
 * 2^31 / stride IDs (178 million at stride 12); beyond that the stride falls to 8, overflowing
 * longer IDs, up to 268 million IDs; and at most 2 GB of overflow.
 */
final class IdSlots {
    /** Slot length byte of an ID stored in the overflow array. */
    private static final int OVERFLOW = 255;

    private static final int MIN_STRIDE = 8;
    private static final int MAX_STRIDE = 64;
    private static final int DEFAULT_STRIDE = 12;
    private static final int MAX_ARRAY = TableMath.MAX_ARRAY;
    private static final byte[] NO_BYTES = new byte[0];

    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** ID i's slot is {@code slots[i * stride, (i + 1) * stride)}. */
    private byte[] slots;

    private int stride;

    /** IDs per slot array: {@code slots.length / stride}. */
    private int capacity;

    /** Indices handed out: every slot below holds an ID. */
    private int count;

    private byte[] overflow = NO_BYTES;
    private int overflowUsed;

    /**
     * Encoded lengths of every ID in the slot array: {@code lengthCounts[n]} IDs of {@code n} bytes
     * for {@code n < MAX_STRIDE}, {@code lengthCounts[MAX_STRIDE]} longer ones, whose overflow
     * bytes (length and varint) sum to {@link #longBytes}.
     */
    private int[] lengthCounts = new int[MAX_STRIDE + 1];

    private long longBytes;

    /**
     * Whether every ID appended so far is ASCII (one byte per char): then decoding needs no scan
     * for multi-byte units. Cleared by the first non-ASCII ID, never set again.
     */
    private boolean asciiOnly = true;

    /** Room for {@code expected} IDs (at least 16) at the default stride, if that fits. */
    IdSlots(int expected) {
        stride = DEFAULT_STRIDE;
        capacity = Math.min(Math.max(16, expected), maxCapacity(MIN_STRIDE));
        if ((long) capacity * stride > MAX_ARRAY) {
            stride = MIN_STRIDE;
        }
        slots = new byte[capacity * stride];
    }

    private static int maxCapacity(int stride) {
        return MAX_ARRAY / stride;
    }

    /** Indices handed out so far: every index is below this. */
    int count() {
        return count;
    }

    /** IDs the slot array has room for. */
    int capacity() {
        return capacity;
    }

    /** The current stride in bytes. */
    int stride() {
        return stride;
    }

    /** The slot array now; a snapshot may keep it, it is never rewritten below {@link #count}. */
    byte[] slotArray() {
        return slots;
    }

    /** The overflow array now; a snapshot may keep it, like {@link #slotArray}. */
    byte[] overflowArray() {
        return overflow;
    }

    /** Whether every ID so far is ASCII. */
    boolean asciiOnly() {
        return asciiOnly;
    }

    /** Bytes of the ID text: the slots and the overflow. */
    long bytes() {
        return ObjectSizes.of(slots) + ObjectSizes.of(overflow);
    }

    /** Bytes of the bookkeeping: this object and the length histogram. */
    long bookkeepingBytes() {
        return ObjectSizes.instance(IdSlots.class) + ObjectSizes.of(lengthCounts);
    }

    // ---- reading ----

    /** The ID at {@code index}, as a new String. */
    String id(int index) {
        return decode(slots, stride, overflow, index, asciiOnly);
    }

    /**
     * Decodes the ID at {@code index} of the given arrays (the current ones or a snapshot's). This
     * and {@link #matches(int, String)}, the pair a loop over {@code nodes()} runs per node, find
     * the bytes inline rather than through {@link #where}: measured, the packed result slowed that
     * loop.
     */
    static String decode(byte[] s, int stride, byte[] o, int index, boolean asciiOnly) {
        int base = index * stride;
        int length = s[base] & 0xFF;
        if (length < stride) {
            return IdCodec.decode(s, base + 1, base + 1 + length, asciiOnly);
        }
        long span = overflowSpan(o, overflowOffset(s, base));
        int start = (int) span;
        return IdCodec.decode(o, start, start + (int) (span >>> 32), asciiOnly);
    }

    /** Whether the ID at {@code index} is {@code id}, compared without decoding. */
    boolean matches(int index, String id) {
        byte[] s = slots;
        int st = stride;
        int base = index * st;
        int length = s[base] & 0xFF;
        if (length < st) {
            return IdCodec.matches(s, base + 1, base + 1 + length, id);
        }
        byte[] o = overflow;
        long span = overflowSpan(o, overflowOffset(s, base));
        int start = (int) span;
        return IdCodec.matches(o, start, start + (int) (span >>> 32), id);
    }

    /** {@code id(index).hashCode()}, computed from the bytes without making the String. */
    int hashOf(int index) {
        long where = where(index);
        int p = (int) where;
        return IdCodec.hash(arrayOf(where), p, p + lengthOf(where), asciiOnly);
    }

    /** Marks a {@link #where} result whose bytes are in the overflow array. */
    private static final long IN_OVERFLOW = Long.MIN_VALUE;

    /**
     * Where the encoded bytes of the ID at {@code index} are: {@code (length << 32) | start}, with
     * the sign bit set when they are in the overflow array. Read it with {@link #arrayOf}, {@code
     * (int) where} and {@link #lengthOf}.
     */
    long where(int index) {
        return where(slots, stride, overflow, index);
    }

    /** The array a {@link #where} result points into. */
    byte[] arrayOf(long where) {
        return where < 0 ? overflow : slots;
    }

    static int lengthOf(long where) {
        return (int) (where >>> 32) & Integer.MAX_VALUE;
    }

    private static long where(byte[] s, int stride, byte[] o, int index) {
        int base = index * stride;
        int length = s[base] & 0xFF;
        if (length < stride) {
            return ((long) length << 32) | (base + 1);
        }
        return overflowSpan(o, overflowOffset(s, base)) | IN_OVERFLOW;
    }

    /** The overflow offset stored in the slot at {@code base}. */
    private static int overflowOffset(byte[] s, int base) {
        return (int) INT.get(s, base + 4);
    }

    /**
     * Reads the varint at {@code p} of the overflow array: returns {@code (length << 32) | start},
     * start being where the bytes begin. At most 5 bytes are read, and a length running past the
     * array (torn state seen by an optimistic reader) throws.
     */
    private static long overflowSpan(byte[] o, int p) {
        int length = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = o[p++];
            length |= (b & 0x7F) << shift;
            if (b >= 0) {
                if (length < 0 || length > o.length - p) {
                    break;
                }
                return ((long) length << 32) | p;
            }
        }
        throw new ConcurrentModificationException(
                "node ID overflow entry changed during an optimistic read");
    }

    private static int varintLength(int value) {
        return value < 1 << 7
                ? 1
                : value < 1 << 14 ? 2 : value < 1 << 21 ? 3 : value < 1 << 28 ? 4 : 5;
    }

    private static int writeVarint(byte[] a, int p, int value) {
        while (value >= 0x80) {
            a[p++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        a[p++] = (byte) value;
        return p;
    }

    /** Bytes an overflowing ID of {@code length} encoded bytes takes in the overflow array. */
    private static long overflowCost(int length) {
        return (long) length + varintLength(length);
    }

    // ---- writing ----

    /**
     * Grows the slot array if the next index has no slot yet; returns whether it did (then {@link
     * #capacity} changed).
     */
    boolean ensureRoom() {
        if (count < capacity) {
            return false;
        }
        resize(TableMath.grow(capacity));
        return true;
    }

    /**
     * Stores the bytes of a new ID at the next index and returns that index; {@code ascii} says the
     * caller has seen every character of the ID below U+0080 (a numbered ID: its prefix and
     * digits), so its characters are copied without checking them again.
     */
    int append(String id, boolean ascii) {
        int index = count;
        ensureRoom();
        place(index, id, ascii);
        count++;
        return index;
    }

    /** Writes {@code id} into the free slot of {@code index}, or into the overflow. */
    private void place(int index, String id, boolean ascii) {
        int n = id.length();
        int base = index * stride;
        if (n < stride && IdCodec.copyIfAscii(id, slots, base + 1, ascii)) {
            slots[base] = (byte) n;
            lengthCounts[n]++;
            return;
        }
        long encoded = IdCodec.encodedLength(id);
        if (encoded > MAX_ARRAY) {
            throw new IllegalStateException("node ID too long: " + encoded + " bytes encoded");
        }
        int length = (int) encoded;
        if (length != n) {
            asciiOnly = false;
        }
        count(length, 1);
        if (length < stride) {
            slots[base] = (byte) length;
            IdCodec.encode(id, slots, base + 1);
            return;
        }
        long needed = overflowUsed + overflowCost(length);
        if (needed > overflow.length) {
            int better = chooseStride(capacity);
            if (better != stride && costAt(better) * 8 < costAt(stride) * 7) {
                relayout(capacity, better);
                // The new slot array is free at this index: place the ID by the new stride.
                count(length, -1);
                place(index, id, ascii);
                return;
            }
            long grown = Math.max(needed, Math.max(64, (long) TableMath.grow(overflow.length)));
            if (needed > MAX_ARRAY) {
                throw new IllegalStateException(
                        "node IDs overflow 2 GB; the optimized backend holds at most that much long-ID text");
            }
            overflow = Arrays.copyOf(overflow, (int) Math.min(MAX_ARRAY, grown));
        }
        int at = overflowUsed;
        int p = writeVarint(overflow, at, length);
        if (length == n) {
            IdCodec.copyAscii(id, overflow, p);
            p += n;
        } else {
            p = IdCodec.encode(id, overflow, p);
        }
        overflowUsed = p;
        slots[base] = (byte) OVERFLOW;
        INT.set(slots, base + 4, at);
    }

    /** Adds {@code delta} IDs of {@code length} encoded bytes to the histogram. */
    private void count(int length, int delta) {
        if (length < MAX_STRIDE) {
            lengthCounts[length] += delta;
        } else {
            lengthCounts[MAX_STRIDE] += delta;
            longBytes += delta * overflowCost(length);
        }
    }

    /**
     * Makes room for {@code additional} more IDs at once: the slot array is grown, and the overflow
     * by the average overflow bytes per ID so far. Changes no ID.
     */
    void reserve(int additional) {
        int needed = (int) Math.min(MAX_ARRAY, (long) count + additional);
        // Never less than the usual growth step, so that many small batches do not copy the
        // arrays each time (quadratic in all).
        if (needed > capacity) {
            resize(Math.max(needed, TableMath.grow(capacity)));
        }
        if (overflowUsed > 0) {
            long average = overflowUsed / Math.max(1, count) + 1L;
            long overflowNeeded = Math.min(MAX_ARRAY, overflowUsed + average * additional);
            if (overflowNeeded > overflow.length) {
                overflow =
                        Arrays.copyOf(
                                overflow,
                                (int) Math.max(overflowNeeded, TableMath.grow(overflow.length)));
            }
        }
    }

    /**
     * Keeps only the IDs at {@code kept[0, n)}, in that order (new index {@code i} holds the ID of
     * old index {@code kept[i]}), in arrays trimmed to size; the stride is chosen again from them.
     */
    void compact(int[] kept, int n) {
        lengthCounts = new int[MAX_STRIDE + 1];
        longBytes = 0;
        for (int i = 0; i < n; i++) {
            count(lengthOf(where(kept[i])), 1);
        }
        count = n;
        int newCapacity = Math.max(16, n);
        copyInto(kept, n, newCapacity, chooseStride(newCapacity));
    }

    // ---- choosing the stride and re-laying out ----

    /** Bytes the IDs counted in the histogram would take at {@code stride}: slots plus overflow. */
    private long costAt(int s) {
        long cost = (long) s * count + longBytes;
        for (int length = s; length < MAX_STRIDE; length++) {
            cost += lengthCounts[length] * overflowCost(length);
        }
        return cost;
    }

    /**
     * The stride taking the fewest bytes for the IDs so far (ties: the larger), among those whose
     * slot array of {@code capacity} IDs fits in a Java array; the current one if there are no IDs.
     */
    private int chooseStride(int capacity) {
        if (count == 0) {
            return (long) stride * capacity <= MAX_ARRAY ? stride : MIN_STRIDE;
        }
        int best = -1;
        long bestCost = Long.MAX_VALUE;
        for (int s = MAX_STRIDE; s >= MIN_STRIDE; s -= 4) {
            long cost = costAt(s);
            if ((long) s * capacity <= MAX_ARRAY && cost < bestCost) {
                best = s;
                bestCost = cost;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("more than " + maxCapacity(MIN_STRIDE) + " node IDs");
        }
        return best;
    }

    /** Reallocates the slot array for {@code newCapacity} IDs, re-choosing the stride. */
    private void resize(int newCapacity) {
        newCapacity = Math.min(newCapacity, maxCapacity(MIN_STRIDE));
        if (newCapacity <= count) {
            throw new IllegalStateException(
                    "more than "
                            + count
                            + " node IDs; the optimized backend holds at most "
                            + maxCapacity(MIN_STRIDE));
        }
        int s = chooseStride(newCapacity);
        if (s == stride) {
            slots = Arrays.copyOf(slots, newCapacity * s);
            capacity = newCapacity;
        } else {
            relayout(newCapacity, s);
        }
    }

    /**
     * Copies every ID into new arrays at {@code newStride}, indices unchanged. The old arrays are
     * left as they are, for the snapshots that hold them.
     */
    private void relayout(int newCapacity, int newStride) {
        copyInto(null, count, newCapacity, newStride);
    }

    /**
     * Replaces the arrays by new ones of {@code newCapacity} IDs at {@code newStride}, holding
     * {@code n} IDs: new index {@code i} gets the ID at old index {@code from[i]} ({@code i} if
     * {@code from} is null). The histogram must already describe those IDs.
     */
    private void copyInto(int[] from, int n, int newCapacity, int newStride) {
        long overflowBytes = longBytes;
        for (int length = newStride; length < MAX_STRIDE; length++) {
            overflowBytes += lengthCounts[length] * overflowCost(length);
        }
        byte[] s = new byte[newCapacity * newStride];
        byte[] o =
                overflowBytes == 0
                        ? NO_BYTES
                        : new byte
                                [(int)
                                        Math.min(
                                                MAX_ARRAY,
                                                Math.max(
                                                        64, overflowBytes + (overflowBytes >> 2)))];
        int used = 0;
        for (int index = 0; index < n; index++) {
            long where = where(from == null ? index : from[index]);
            byte[] source = arrayOf(where);
            int start = (int) where;
            int length = lengthOf(where);
            int to = index * newStride;
            if (length < newStride) {
                s[to] = (byte) length;
                System.arraycopy(source, start, s, to + 1, length);
            } else {
                s[to] = (byte) OVERFLOW;
                INT.set(s, to + 4, used);
                used = writeVarint(o, used, length);
                System.arraycopy(source, start, o, used, length);
                used += length;
            }
        }
        slots = s;
        stride = newStride;
        capacity = newCapacity;
        overflow = o;
        overflowUsed = used;
    }
}
