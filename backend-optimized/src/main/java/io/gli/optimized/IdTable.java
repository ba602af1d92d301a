package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.ConcurrentModificationException;
import java.util.function.IntPredicate;

/**
 * The open-addressing hash table from a node ID to its index, for the IDs that are not found by
 * number ({@link NumberedIds}); the IDs' bytes stay in {@link IdSlots}, which the table compares
 * against.
 *
 * <p>Representation: one {@code int[]} of a power-of-two capacity from 16, linear probing from
 * {@link TableMath#home} of the mixed {@link String#hashCode}, load at most 4/5 (doubling past it),
 * so 4 bytes a slot and 5 to 10 bytes an entry. An entry is {@code index + 1} in its low {@code
 * indexBits} bits (enough for every index the slots have room for) and, above them, a tag of the
 * ID's hash, so that a probe passing a different ID rarely needs to compare bytes; 0 is an empty
 * slot. The tag shrinks as the index widens (no tag at 2^31 IDs); the table is re-encoded then.
 * Removal shifts the rest of the cluster back ({@link TableMath#deleteAt}): no tombstones.
 *
 * <p>Contract: {@link #slotOf} finds an ID or the empty slot its probe ends on, where {@link #put}
 * inserts it; which indices the table holds is the caller's ({@code holds} predicates, used when
 * the table is rebuilt). Not thread-safe; an optimistic reader that overlaps a write may see a
 * table being filled, and its probe is bounded by the capacity.
 */
final class IdTable {
    private static final int MIN_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;
    private static final int LOAD_PERCENT = 80;

    private final IdSlots ids;
    private int[] table = new int[MIN_CAPACITY];

    /** Entries in {@link #table}. */
    private int size;

    /** Low bits of an entry holding {@code index + 1}; the tag is above them. */
    private int indexBits;

    IdTable(IdSlots ids) {
        this.ids = ids;
        indexBits = bitsFor(ids.capacity());
    }

    /** Bits enough to hold {@code index + 1} for every index below {@code capacity}. */
    private static int bitsFor(int capacity) {
        return Math.min(31, 33 - Integer.numberOfLeadingZeros(capacity));
    }

    /**
     * String hashes of IDs like {@code node_<i>} differ only in low bits: mix them all into the
     * slot.
     */
    private static int spread(int stringHash) {
        return TableMath.mix32(stringHash);
    }

    private int tag(int hash) {
        int tagBits = 31 - indexBits;
        return tagBits == 0 ? 0 : ((hash * 0x9E3779B9) >>> (32 - tagBits)) << indexBits;
    }

    private int indexOf(int entry) {
        return (entry & ((1 << indexBits) - 1)) - 1;
    }

    /** The capacity for {@code entries} at the load factor: a power of two from 16. */
    private static int capacityFor(long entries) {
        long needed = Math.max(MIN_CAPACITY, TableMath.capacityFor(entries, LOAD_PERCENT));
        return (int) Math.min(MAX_CAPACITY, Long.highestOneBit(needed - 1) << 1);
    }

    /** Bytes of this object and its array. */
    long bytes() {
        return ObjectSizes.instance(IdTable.class) + ObjectSizes.of(table);
    }

    /** The hash {@link #slotOf} and {@link #put} take for {@code id}. */
    static int hash(String id) {
        return spread(id.hashCode());
    }

    /** The index of {@code id}, or -1. */
    int find(String id) {
        int slot = slotOf(id, hash(id));
        return slot >= 0 ? indexOf(table[slot]) : -1;
    }

    /** The index held at {@code slot}, a slot {@link #slotOf} found. */
    int indexAt(int slot) {
        return indexOf(table[slot]);
    }

    /**
     * The slot holding {@code id} ({@code hash} being {@link #hash}{@code (id)}), or {@code -1 - s}
     * where {@code s} is the empty slot that ends its probe chain (where it would be inserted);
     * bounded by the table's size, since an optimistic reader may see a table another thread is
     * filling.
     */
    int slotOf(String id, int hash) {
        int[] t = table;
        int cap = t.length;
        int tag = tag(hash);
        int tagMask = -1 << indexBits;
        int slot = TableMath.home(hash, cap);
        for (int probes = 0; probes < cap; probes++) {
            int entry = t[slot];
            if (entry == 0) {
                return -1 - slot;
            }
            if ((entry & tagMask) == tag && ids.matches(indexOf(entry), id)) {
                return slot;
            }
            slot = TableMath.next(slot, cap);
        }
        throw new ConcurrentModificationException("node table full during an optimistic read");
    }

    /**
     * Makes room for one more entry, of an index below {@link IdSlots#capacity}: the table doubles
     * past its load factor, and is re-encoded if the index needs more bits. A {@link #slotOf}
     * result from before is void if this rebuilt the table.
     *
     * @param holds whether the table holds a given index (below {@link IdSlots#count})
     */
    void ensureRoom(IntPredicate holds) {
        int capacity = table.length;
        if (TableMath.overLoad(size + 1L, capacity, LOAD_PERCENT)) {
            capacity *= 2;
        }
        int bits = indexBits;
        if (bitsFor(ids.count() + 1) > bits) {
            bits = bitsFor(ids.capacity());
        }
        if (capacity != table.length || bits != indexBits) {
            indexBits = bits;
            rebuild(capacity, size, holds);
        }
    }

    /** Inserts {@code index} at the empty slot {@code -1 - slotOf(id, hash)} of its ID. */
    void put(int emptySlot, int hash, int index) {
        table[emptySlot] = tag(hash) | (index + 1);
        size++;
    }

    /**
     * Makes room for {@code additional} more entries at once (instead of doubling, and rehashing,
     * several times on the way), and re-encodes the entries for the indices the slots have room
     * for.
     */
    void reserve(int additional, IntPredicate holds) {
        int bits = bitsFor(ids.capacity());
        int capacity =
                Math.max(
                        table.length,
                        capacityFor(Math.min(Integer.MAX_VALUE, (long) size + additional)));
        if (bits > indexBits || capacity > table.length) {
            indexBits = Math.max(indexBits, bits);
            rebuild(capacity, size, holds);
        }
    }

    /** Removes {@code index}, which the table holds. */
    void remove(int index) {
        int[] t = table;
        int cap = t.length;
        int slot = TableMath.home(spread(ids.hashOf(index)), cap);
        while (indexOf(t[slot]) != index) {
            slot = TableMath.next(slot, cap);
        }
        TableMath.deleteAt(
                t,
                slot,
                j -> TableMath.home(spread(ids.hashOf(indexOf(t[j]))), cap),
                (from, to) -> t[to] = t[from]);
        size--;
    }

    /**
     * Rebuilds the table, sized for {@code entries} and encoded for the slots' capacity, after the
     * indices were renumbered: it then holds the {@code entries} indices that {@code holds}.
     */
    void rebuild(int entries, IntPredicate holds) {
        indexBits = bitsFor(ids.capacity());
        rebuild(capacityFor(entries), entries, holds);
    }

    /**
     * Refills a new table of {@code capacity} slots with the {@code entries} indices that {@code
     * holds}. A table larger than the caches is refilled in {@link TableMath#byHomeRegion} order,
     * the hashes computed in index order (the slots are read sequentially).
     */
    private void rebuild(int capacity, int entries, IntPredicate holds) {
        int[] fresh = new int[capacity];
        table = fresh;
        size = entries;
        if (entries == 0) {
            return;
        }
        int count = ids.count();
        if (entries < TableMath.SORTED_REHASH_MIN) {
            for (int index = 0; index < count; index++) {
                if (holds.test(index)) {
                    insert(fresh, index, spread(ids.hashOf(index)));
                }
            }
            return;
        }
        long[] pairs = new long[entries];
        int k = 0;
        for (int index = 0; index < count; index++) {
            if (holds.test(index)) {
                pairs[k++] = ((long) spread(ids.hashOf(index)) << 32) | index;
            }
        }
        long[] sorted = TableMath.byHomeRegion(pairs, k, capacity);
        pairs = null;
        for (int i = 0; i < k; i++) {
            long p = sorted[i];
            insert(fresh, (int) p, (int) (p >>> 32));
        }
    }

    private void insert(int[] t, int index, int hash) {
        int cap = t.length;
        int slot = TableMath.home(hash, cap);
        while (t[slot] != 0) {
            slot = TableMath.next(slot, cap);
        }
        t[slot] = tag(hash) | (index + 1);
    }
}
