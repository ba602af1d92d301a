package io.gli.optimized;

import java.util.Arrays;

/**
 * A growable array of longs stored with as few bits per entry as the values written so far need:
 * each entry is kept as an unsigned offset from a common {@code base} in 0, 1, 2, 4, 8, 16, 32 or
 * 64 bits, packed into a {@code long[]} (widths are powers of two, so an entry never straddles two
 * words). Zero bits means every value written so far is the same: no array at all.
 *
 * <p>When a value falls outside the window {@code [base, base + 2^bits - 1]}, the window is
 * recomputed from the smallest and largest values ever written plus the new one: the narrowest
 * width whose range covers them, centred so there is room on both sides, and every entry is
 * re-encoded (O(capacity), at most a handful of times over the array's life because the range only
 * grows). So ids 1..50,000 cost 16 bits each, years 2000..2024 8 bits, two booleans 1 bit, a value
 * that never changes nothing; a single value beyond 32 bits widens the whole array to 64.
 *
 * <p>Bytes: {@code capacity * bits / 8}, rounded up to whole words, plus a 48-byte object.
 *
 * <p>Entries never written (or no longer meaningful to the owner) hold arbitrary values; callers
 * track which entries are meaningful. Arithmetic is modular, so windows near {@code
 * Long.MIN_VALUE}/{@code MAX_VALUE} work.
 *
 * <p>Reads ({@link #get}) do not modify anything, so concurrent readers are safe while no write
 * runs.
 */
final class AttrPacked {
    private static final long[] NO_WORDS = new long[0];

    private long[] words = NO_WORDS;
    private int capacity;
    private int bits;
    private long base;

    /** Smallest and largest value ever written; min > max while nothing has been written. */
    private long min = Long.MAX_VALUE;

    private long max = Long.MIN_VALUE;

    AttrPacked() {}

    AttrPacked(int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    int capacity() {
        return capacity;
    }

    /** Bits per entry: 0, 1, 2, 4, 8, 16, 32 or 64. */
    int bits() {
        return bits;
    }

    /** The entry at {@code i}; {@code 0 <= i < capacity()}. */
    long get(int i) {
        final int b = bits;
        if (b == 0) {
            return base;
        }
        if (b == 64) {
            return words[i];
        }
        long pos = (long) i * b;
        return base + ((words[(int) (pos >>> 6)] >>> pos) & ((1L << b) - 1));
    }

    /**
     * Sets the entry at {@code i} ({@code 0 <= i < capacity()}), widening the encoding if needed.
     */
    void set(int i, long value) {
        if (i < 0 || i >= capacity) {
            throw new IndexOutOfBoundsException(i);
        }
        if (value < min || value > max) {
            long newMin = Math.min(min, value);
            long newMax = Math.max(max, value);
            if (!fits(value)) {
                reencode(newMin, newMax);
            }
            min = newMin;
            max = newMax;
        }
        write(words, bits, i, value - base);
    }

    /** Makes room for at least {@code needed} entries (growing by about a quarter at a time). */
    void ensureCapacity(int needed) {
        if (needed > capacity) {
            resize(TableMath.grow(capacity, needed));
        }
    }

    /** Sets the capacity exactly (entries beyond it are dropped). */
    void resize(int newCapacity) {
        if (bits != 0) {
            words = Arrays.copyOf(words, wordCount(newCapacity, bits));
        }
        capacity = newCapacity;
    }

    /** Bytes held: this object and its word array. */
    long footprintBytes() {
        return TableMath.object(4 + 4 + 4 + 8 * 3)
                + (words == NO_WORDS ? 0 : TableMath.bytes(words));
    }

    private boolean fits(long value) {
        return bits == 64 || Long.compareUnsigned(value - base, mask(bits)) <= 0;
    }

    private void reencode(long newMin, long newMax) {
        long range = newMax - newMin; // unsigned
        int newBits = widthFor(range);
        long newBase = newBits == 64 ? 0 : newMin - ((mask(newBits) - range) >>> 1);
        long[] newWords =
                newBits == 0 || capacity == 0 ? NO_WORDS : new long[wordCount(capacity, newBits)];
        if (newBits != 0 && min <= max) {
            for (int i = 0; i < capacity; i++) {
                write(newWords, newBits, i, get(i) - newBase);
            }
        }
        words = newWords;
        bits = newBits;
        base = newBase;
    }

    /** The narrowest supported width whose range holds {@code range + 1} distinct values. */
    static int widthFor(long range) {
        if (range == 0) {
            return 0;
        }
        int needed = 64 - Long.numberOfLeadingZeros(range);
        int b = 1;
        while (b < needed) {
            b <<= 1;
        }
        return b;
    }

    private static long mask(int bits) {
        return bits == 64 ? -1L : (1L << bits) - 1;
    }

    private static int wordCount(int capacity, int bits) {
        return (int) (((long) capacity * bits + 63) >>> 6);
    }

    /** Writes the low {@code bits} of {@code offset} (masked, so garbage never spills over). */
    private static void write(long[] words, int bits, int i, long offset) {
        if (bits == 0) {
            return;
        }
        if (bits == 64) {
            words[i] = offset;
            return;
        }
        long pos = (long) i * bits;
        int w = (int) (pos >>> 6);
        int shift = (int) (pos & 63);
        long m = (1L << bits) - 1;
        words[w] = (words[w] & ~(m << shift)) | ((offset & m) << shift);
    }
}
