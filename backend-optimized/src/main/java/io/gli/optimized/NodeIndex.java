package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Node IDs interned to dense int indices, in insertion order: the facade over the structures that
 * hold them.
 *
 * <ul>
 *   <li>{@link IdSlots}: every ID's bytes ({@link IdCodec}) by index, in fixed-stride slots with an
 *       overflow.
 *   <li>{@link NumberedIds}: the IDs of the numbered family ({@code node_<i>}), found by number.
 *   <li>{@link IdTable}: the hash table for every other ID.
 *   <li>{@link IdList}: snapshot lists of IDs, with their {@link HandedOut} record.
 * </ul>
 *
 * <p>Representation of what the facade itself keeps: the dead set, one bit an index ({@code
 * long[]}, sized to the slots' capacity); the live count; the lookup hints (the last index found,
 * whether lookups run in order, the newest list's record) and a removal count that voids records
 * made before a removal or compaction. A live ID is either in the numbered array or in the table,
 * never both. Removed indices are marked dead and keep their bytes until {@link #compact}.
 *
 * <p>Contract: {@link #add} and {@link #addIfAbsent} give the next index; an index stays until
 * {@link #compact} renumbers the live ones in order. Not thread-safe; readers may run concurrently
 * with each other (reads mutate nothing but the lookup hints). Optimistic readers that overlap a
 * write may see torn state: every loop over what they read is bounded by an array's length (or 5
 * varint bytes), and an inconsistency throws.
 */
final class NodeIndex {
    private final IdSlots slots;
    private final NumberedIds numbers = new NumberedIds();
    private final IdTable table;

    /** {@link #inTable}, made once: the add path passes it and must not allocate it each time. */
    private final IntPredicate heldByTable = this::inTable;

    private int live;
    private long[] dead;

    /**
     * The index of a recent successful lookup: a hint only, written by readers without
     * synchronization (a stale int read just misses and falls back to the table). In-order lookups
     * write it every time; other lookups only when the index found is a multiple of {@link
     * #HINT_SAMPLE} + 1, so that readers on several cores looking up random IDs rarely write this
     * shared cache line, and an in-order scan is still recognised within that many lookups.
     */
    private int lastFound = -1;

    /**
     * Whether the last lookup found the index after the hint: then the next guess is worth a try.
     */
    private boolean sequential;

    private static final int HINT_SAMPLE = 15;

    /**
     * The record of the newest ID list of at least {@link #MEMO_MIN_IDS} IDs: a hint written by
     * readers without synchronization, like {@link #lastFound}. Shorter lists (most successor
     * lists) do not replace it, so that readers on several cores asking for neighbours do not write
     * this shared field on every query.
     */
    private HandedOut handedOut;

    private static final int MEMO_MIN_IDS = 64;

    /**
     * Bumped by every removal and compaction: a record taken before names indices no longer valid.
     */
    private long removals;

    /**
     * Room asked for before the first ID, given to the structure that ID goes to: the numbered
     * array if it is of numbered form, the table otherwise.
     */
    private int pendingReserve;

    NodeIndex(int expected) {
        slots = new IdSlots(expected);
        table = new IdTable(slots);
        dead = new long[deadWords(slots.capacity())];
        pendingReserve = Math.max(0, expected);
    }

    private static int deadWords(int capacity) {
        return (capacity >>> 6) + 1;
    }

    /** Widens the dead set to the slots' capacity, after they grew. */
    private void fitDead() {
        int words = deadWords(slots.capacity());
        if (dead.length < words) {
            dead = Arrays.copyOf(dead, words);
        }
    }

    /** Bytes of the ID text: the slots and the overflow. */
    long idBytes() {
        return slots.bytes();
    }

    /**
     * Bytes of the lookup structures: this object, the hash table, the numbered array and prefix,
     * the dead set and the slots' bookkeeping.
     */
    long indexBytes() {
        return ObjectSizes.instance(NodeIndex.class)
                + table.bytes()
                + numbers.bytes()
                + ObjectSizes.of(dead)
                + slots.bookkeepingBytes();
    }

    /** Live IDs looked up by number rather than in the hash table (for tests). */
    int numberedCount() {
        return numbers.live();
    }

    /** The current slot stride in bytes (for tests). */
    int stride() {
        return slots.stride();
    }

    /** Number of live IDs. */
    int size() {
        return live;
    }

    /** Indices handed out so far, dead ones included: every index is below this. */
    int slots() {
        return slots.count();
    }

    int deadCount() {
        return slots.count() - live;
    }

    boolean isLive(int index) {
        return index >= 0 && index < slots.count() && (dead[index >>> 6] & (1L << index)) == 0;
    }

    /**
     * The index of {@code id}, or -1. A loop over {@code nodes()} that looks each ID up passes the
     * very String the list has just handed out: the newest list's record ({@link HandedOut}) knows
     * its index, so the lookup is an identity comparison, valid while nothing has been removed or
     * compacted since the list was made. Past that, while lookups come in index order, the index
     * after the last one found is tried first: comparing bytes there is a sequential read, where
     * the hash table is a random one. Random lookups skip the guess, which would cost them an extra
     * cache miss.
     */
    int find(String id) {
        HandedOut memo = handedOut;
        if (memo != null && memo.removals == removals) {
            int handed = memo.indexOf(id);
            if (handed >= 0) {
                return handed;
            }
        }
        int last = lastFound;
        if (sequential) {
            int guess = last + 1;
            int count = slots.count();
            if (guess < count && (live == count || isLive(guess)) && slots.matches(guess, id)) {
                lastFound = guess;
                return guess;
            }
        }
        int found = numbers.hasFamily() ? findNumbered(id) : table.find(id);
        if (found >= 0) {
            if (found == last + 1) {
                if (!sequential) {
                    sequential = true;
                }
                lastFound = found;
            } else {
                if (sequential) {
                    sequential = false;
                }
                if ((found & HINT_SAMPLE) == 0) {
                    lastFound = found;
                }
            }
        }
        return found;
    }

    /** {@link #find} past the in-order guess, once there is a numbered family. */
    private int findNumbered(String id) {
        int k = numbers.numberOf(id);
        if (k < 0) {
            return table.find(id);
        }
        int index = numbers.indexOf(k);
        if (index >= 0) {
            return index;
        }
        return numbers.familyInTable() == 0 ? -1 : table.find(id);
    }

    /** Adds an ID known to be absent; returns its index, the next in insertion order. */
    int add(String id) {
        int added = addIfAbsent(id);
        if (added < 0) {
            throw new IllegalStateException("node ID added twice");
        }
        return added;
    }

    /**
     * Adds the ID unless present, with one probe of the table: the probe that fails to find it ends
     * on the empty slot where it belongs. Returns the new index, or {@code -1 - index} of the
     * existing one.
     */
    int addIfAbsent(String id) {
        int k = numbers.numberFor(id);
        if (pendingReserve > 0) {
            givePendingReserve(k);
        }
        if (k >= 0) {
            int existing = numbers.indexOf(k);
            if (existing >= 0) {
                return -1 - existing;
            }
            if (numbers.familyInTable() > 0) {
                int slot = table.slotOf(id, IdTable.hash(id));
                if (slot >= 0) {
                    return -1 - table.indexAt(slot);
                }
            }
            if (numbers.makeRoom(k)) {
                int index = append(id, true);
                numbers.put(k, index);
                return index;
            }
        }
        if (slots.ensureRoom()) {
            fitDead();
        }
        table.ensureRoom(heldByTable);
        int hash = IdTable.hash(id);
        int slot = table.slotOf(id, hash);
        if (slot >= 0) {
            return -1 - table.indexAt(slot);
        }
        int index = append(id, k >= 0);
        table.put(-1 - slot, hash, index);
        if (k >= 0) {
            numbers.countInTable(1);
        }
        return index;
    }

    /**
     * Stores a new ID at the next index and returns that index; {@code ascii} as for {@link
     * IdSlots#append}.
     */
    private int append(String id, boolean ascii) {
        int index = slots.append(id, ascii);
        fitDead();
        live++;
        return index;
    }

    /**
     * Makes room for {@code additional} more IDs at once: the slots grow, and the table is rehashed
     * to its final size (or the numbered array widened, while every ID so far has gone by number).
     * Changes no ID.
     */
    void reserve(int additional) {
        if (additional <= 0) {
            return;
        }
        slots.reserve(additional);
        fitDead();
        if (slots.count() == 0) {
            pendingReserve =
                    (int)
                            Math.min(
                                    TableMath.MAX_ARRAY,
                                    Math.max((long) pendingReserve, additional));
            return;
        }
        if (live == numbers.live() && numbers.live() > 0) {
            numbers.reserve(additional);
            return;
        }
        table.reserve(additional, heldByTable);
    }

    /**
     * Gives the room asked for before the first ID to the structure that ID ({@code k}: its number)
     * goes to.
     */
    private void givePendingReserve(int k) {
        int reserve = pendingReserve;
        pendingReserve = 0;
        if (!numbers.takeFirstReserve(k, reserve)) {
            table.reserve(reserve, heldByTable);
        }
    }

    /**
     * Removes a live index: it leaves the numbered array or the table, and stays dead until
     * compaction.
     */
    void remove(int index) {
        int k = numberAt(index);
        if (numbers.holds(k, index)) {
            numbers.clear(k);
        } else {
            table.remove(index);
            if (k >= 0) {
                numbers.countInTable(-1);
            }
        }
        dead[index >>> 6] |= 1L << index;
        live--;
        removals++;
    }

    /** The number of the ID at {@code index} if it is of the numbered family, or -1. */
    private int numberAt(int index) {
        if (!numbers.hasFamily()) {
            return -1;
        }
        long where = slots.where(index);
        return numbers.numberIn(slots.arrayOf(where), (int) where, IdSlots.lengthOf(where));
    }

    /** Whether {@code index} is live and held by the table rather than by number. */
    private boolean inTable(int index) {
        if (!isLive(index)) {
            return false;
        }
        return numbers.live() == 0 || !numbers.holds(numberAt(index), index);
    }

    /** The ID at a live index, as a new String. */
    String id(int index) {
        return slots.id(index);
    }

    /**
     * The IDs at the given indices ({@code null}: indices 0 to {@code count - 1}), as an immutable
     * snapshot list ({@link IdList}) that decodes each on access. A list of at least {@link
     * #MEMO_MIN_IDS} IDs becomes the one whose handed-out IDs {@link #find} knows.
     */
    List<String> ids(int[] indices, int count) {
        HandedOut memo = null;
        if (count >= MEMO_MIN_IDS) {
            memo = new HandedOut(removals);
            handedOut = memo;
        }
        return new IdList(slots, indices, count, memo);
    }

    /**
     * Drops dead indices, renumbering the live ones in order and trimming the arrays to size; the
     * stride is chosen again from the live IDs.
     *
     * @return old index to new index, -1 for dead ones
     */
    int[] compact() {
        int count = slots.count();
        int[] mapping = new int[count];
        int[] liveIndices = new int[live];
        int next = 0;
        for (int index = 0; index < count; index++) {
            if (isLive(index)) {
                liveIndices[next] = index;
                mapping[index] = next++;
            } else {
                mapping[index] = -1;
            }
        }
        slots.compact(liveIndices, next);
        live = next;
        dead = new long[deadWords(slots.capacity())];
        numbers.renumber(next, this::numberAt);
        table.rebuild(live - numbers.live(), heldByTable);
        lastFound = -1;
        removals++;
        return mapping;
    }
}
