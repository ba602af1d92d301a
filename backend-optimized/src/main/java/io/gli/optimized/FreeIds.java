package io.gli.optimized;

import java.util.Arrays;

/**
 * Dense int ids handed out from a first id up, where a released id is handed out again before a new
 * one is taken: ids stay below the peak number in use, so the arrays they index stay short and the
 * columns that store them narrow. Shared by the attribute storage's set ids, column ids, shape ids
 * and pool ids.
 *
 * <p>Representation: the next never-used id ({@link #highWater}) and a stack of released ids not
 * yet reused, an {@code int[]} grown by {@link TableMath#grow(int, int)}. Bytes: 4 per released id
 * waiting (plus up to a fifth of growth slack), nothing per id in use, and the object's header and
 * three ints. The caller records which ids are in use.
 */
final class FreeIds {
    private static final int[] NONE = new int[0];

    private final int first;
    private int highWater;
    private int[] free = NONE;
    private int freeCount;

    /**
     * @param first the first id handed out (0, or 1 where 0 means "none")
     */
    FreeIds(int first) {
        this.first = first;
        this.highWater = first;
    }

    /**
     * An id not in use: the last one released, or else {@link #highWater} (which then grows by
     * one).
     */
    int take() {
        return freeCount > 0 ? free[--freeCount] : highWater++;
    }

    /** Gives {@code id} back, to be handed out by the next {@link #take}. */
    void release(int id) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, TableMath.grow(free.length, freeCount + 1));
        }
        free[freeCount++] = id;
    }

    /** One more than the largest id ever handed out (since the last {@link #clear}). */
    int highWater() {
        return highWater;
    }

    /** How many released ids wait to be reused. */
    int freeCount() {
        return freeCount;
    }

    /** The {@code i}-th released id waiting ({@code 0 <= i < freeCount()}). */
    int free(int i) {
        return free[i];
    }

    /** Forgets every id: the next one handed out is the first again. */
    void clear() {
        highWater = first;
        free = NONE;
        freeCount = 0;
    }

    long footprintBytes() {
        return TableMath.object(3 * 4 + TableMath.REF) + (free == NONE ? 0 : TableMath.bytes(free));
    }
}
