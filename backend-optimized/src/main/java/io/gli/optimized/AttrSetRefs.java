package io.gli.optimized;

import gnu.trove.map.hash.TIntIntHashMap;

/**
 * The reference count of every stored attribute set, by set id: how many elements (and pending
 * results) hold the set. 0 marks a free id; the sets with a holder are the live ones, counted.
 *
 * <p>Representation: an {@link AttrPacked} of counts, so 0 bits per set while every set has exactly
 * one holder (a graph of unique sets) and 1 to 8 bits once some are shared; a count from {@value
 * #SATURATED} up is stored as {@value #SATURATED} and kept in a side map ({@code TIntIntHashMap},
 * about 9 bytes per slot at a load of 1/2), which only heavily shared sets enter, at most one per
 * 255 holders. Entries beyond the ids in use hold arbitrary values: callers ask only for ids they
 * have handed out.
 *
 * <p>{@link #count} and {@link #isLive} modify nothing (safe for concurrent readers).
 */
final class AttrSetRefs {
    /** A packed count of this value means "this or more, see {@link #big}". */
    private static final int SATURATED = 255;

    private AttrPacked packed;

    /** Counts of {@link #SATURATED} and more; null until needed. */
    private TIntIntHashMap big;

    /** Sets with a holder. */
    private int live;

    /**
     * @param capacity the set ids to make room for (more are added by {@link #ensureCapacity})
     */
    AttrSetRefs(int capacity) {
        reset(capacity);
    }

    /** No set live, room for {@code capacity} ids, the initial arrays. */
    void reset(int capacity) {
        packed = new AttrPacked(capacity);
        big = null;
        live = 0;
    }

    /** The number of sets with a holder. */
    int live() {
        return live;
    }

    /** Makes room for the ids below {@code needed}. */
    void ensureCapacity(int needed) {
        packed.ensureCapacity(needed);
    }

    /** Whether {@code set} has a holder. */
    boolean isLive(int set) {
        return packed.get(set) != 0;
    }

    /** The count of {@code set} (0 for a free id). */
    int count(int set) {
        int r = (int) packed.get(set);
        return r == SATURATED ? big.get(set) : r;
    }

    /** Gives the new set {@code set} its first holder. */
    void first(int set) {
        packed.set(set, 1);
        live++;
    }

    /** One holder more; {@code set} must be live. */
    void increment(int set) {
        int r = (int) packed.get(set);
        if (r == 0) {
            throw notLive(set);
        }
        if (r < SATURATED - 1) {
            packed.set(set, r + 1);
        } else if (r == SATURATED - 1) {
            if (big == null) {
                big = new TIntIntHashMap(8, 0.5f, 0, 0);
            }
            big.put(set, SATURATED);
            packed.set(set, SATURATED);
        } else {
            big.adjustValue(set, 1);
        }
    }

    /** One holder less; returns whether it was the last. {@code set} must be live. */
    boolean decrement(int set) {
        int r = (int) packed.get(set);
        if (r == 0) {
            throw notLive(set);
        }
        if (r == SATURATED) {
            int count = big.get(set) - 1;
            if (count < SATURATED) {
                big.remove(set);
                packed.set(set, count);
            } else {
                big.put(set, count);
            }
            return false;
        }
        packed.set(set, r - 1);
        if (r == 1) {
            live--;
            return true;
        }
        return false;
    }

    static IllegalStateException notLive(int set) {
        return new IllegalStateException("attribute set " + set + " is not live");
    }

    long footprintBytes() {
        long b = TableMath.object(2 * TableMath.REF + 4) + packed.footprintBytes();
        if (big != null) {
            b += TableMath.object(40) + 3 * 16L + io.gli.spi.ObjectSizes.align(9L * big.capacity());
        }
        return b;
    }
}
