package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Node IDs interned to dense int indices, in insertion order.
 *
 * <p>Encoding: every ID's characters are encoded one UTF-16 unit at a time (1 byte below U+0080, 2
 * below U+0800, else 3 — lossless even for unpaired surrogates, unlike UTF-8).
 *
 * <p>Layout ("slotted"): ID {@code i} sits in a fixed-stride slot of {@code stride} bytes at {@code
 * i * stride} of one {@code byte[] slots}, so that finding its bytes needs no offset array: a
 * lookup that hits is two dependent cache misses (table slot, then the ID's slot) instead of three
 * (table slot, start offset, arena). A slot is {@code [length][bytes…]} when the encoded ID takes
 * fewer than {@code stride} bytes; otherwise its first byte is {@link #OVERFLOW} (255) and the
 * aligned int at slot offset 4 is where {@code [length varint][bytes…]} begins in one {@code byte[]
 * overflow}, which is only appended to. The stride is a multiple of 4 from 8 (room for the marker
 * and the offset) to 64 (bytes of longer IDs span cache lines anyway, and always overflow); it
 * starts at 12.
 *
 * <p>Choosing the stride: the index keeps a histogram of encoded ID lengths (65 ints: one per
 * length below 64, one for the rest, plus the overflow bytes of the rest), so a choice sums the
 * histogram once per candidate stride (15 of them) and never scans the IDs. It picks the stride
 * that minimises the bytes the IDs take — {@code stride * ids} plus {@code length + varint} per
 * overflowing ID — ties going to the larger stride (fewer overflows). Minimising bytes rather than
 * taking a percentile keeps the memory profile from regressing for any length distribution: uniform
 * lengths (sequential names, UUIDs) all go inline, and a long tail overflows only where inlining it
 * would cost more. The choice is made when the slot array is reallocated anyway (growth, {@link
 * #reserve}, {@link #compact}), and also when the overflow array must grow and another stride would
 * save more than an eighth (say a hint reserved a million 12-byte slots before any ID, then UUIDs
 * arrive): that re-layout copies the slots once, and a second one needs the distribution to move by
 * an eighth again, so re-layouts stay amortized O(1) per ID. A re-layout allocates new arrays; the
 * old ones are never written again, so {@link #ids} snapshots keep reading them.
 *
 * <p>An open-addressing table (linear probing, power-of-two capacity, load at most 4/5) holds
 * {@code index + 1} (and a hash tag) per occupied slot. Removed indices are marked dead and leave
 * their bytes in place until {@link #compact}.
 *
 * <p>Numbered IDs skip the table. Many graphs name their nodes with a prefix and a counter ({@code
 * node_123456}, {@code user_42}, or plain numbers). The first ID of that form (an ASCII prefix,
 * then 1 to 9 digits without a leading zero) fixes the family's prefix, and every ID of the family
 * is then found through one {@code int[]} indexed by its number, holding {@code index + 1}: no
 * hash, no probe and no byte comparison, since the number and prefix are the ID. Adding IDs in
 * counter order writes that array in order, where the table would be written at a random slot per
 * ID — a cache miss each, most of the cost of adding a node (measured on a million {@code
 * node_<i>}: 130 ns an ID through the table, 42 ns by number). The array grows only while it would
 * hold at most twice as many numbers as the family has live IDs, plus 1024; a number beyond that
 * goes to the table, and a count of such IDs tells lookups whether a number missing from the array
 * must still be looked for in the table. So the array costs 4 to 8 bytes a numbered ID, against the
 * table's 5 to 10, and the table stays empty. Only one family is numbered (the first seen); IDs of
 * any other form cost what they did. Removal clears the ID's number; compaction rebuilds the array
 * to the largest number it still holds.
 *
 * <p>Cost per node: one slot (12 bytes for {@code node_123456}, against 11 of arena and 4 of start
 * offset before; 40 for a 36-character UUID, against 40 before; an ID overflowing costs the stride
 * plus its length plus a 1–2 byte varint), 5 to 10 bytes of table (4 bytes per slot at a load
 * between 2/5 and 4/5) or, for a numbered ID, 4 to 5 bytes of the numbered array (8 at most when
 * the numbers are sparse), one bit of the dead set and the growth slack of the slot array (a
 * quarter at most): about 17 bytes for {@code node_123456} (18 through the table, 21 with arena and
 * offsets), against 56 for a {@code String} alone. Measured with JOL (the bench's memory probe, IDs
 * {@code node_<i>}), an empty node costs 24.6 B at 50,000 nodes and 29.3 B at 200,000 (25.7 and
 * 29.7 B through the table; 29.4 and 31.3 B with arena and start offsets); 200,000 UUIDs cost 63.8
 * B a node (62.9 before; 54.3 against 62.6 at 50,000: it depends on where each layout is in its
 * growth). Limits: the slot array is one Java array, so it holds at most 2^31 / stride IDs (178
 * million at stride 12); beyond that the stride falls to 8, overflowing longer IDs, up to 268
 * million IDs; and at most 2 GB of overflow.
 *
 * <p>A loop over {@code nodes()} that looks up each ID it gets is answered by identity: the list
 * remembers the last ID it handed out and its index (see {@link HandedOut}).
 *
 * <p>Not thread-safe; readers may run concurrently with each other (reads mutate nothing but the
 * lookup hints). Optimistic readers that overlap a write may see torn state: every loop over what
 * they read is bounded by an array's length (or 5 varint bytes), and an inconsistency throws.
 */
final class NodeIndex {
    private static final int MIN_TABLE = 16;

    /** Slot length byte of an ID stored in the overflow array. */
    static final int OVERFLOW = 255;

    static final int MIN_STRIDE = 8;
    static final int MAX_STRIDE = 64;
    static final int DEFAULT_STRIDE = 12;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final byte[] NO_BYTES = new byte[0];
    private static final int[] NO_INTS = new int[0];

    /**
     * Beyond this many more numbers than twice the family's live IDs, a number goes to the table.
     */
    private static final int NUMBERED_SLACK = 1024;

    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    /** ID i's slot is {@code slots[i * stride, (i + 1) * stride)}. */
    private byte[] slots;

    private int stride;

    /** IDs per slot array: {@code slots.length / stride}. */
    private int capacity;

    private byte[] overflow = NO_BYTES;
    private int overflowUsed;

    /**
     * Encoded lengths of every ID in the slot array (dead ones too): {@code lengthCounts[n]} IDs of
     * {@code n} bytes for {@code n < MAX_STRIDE}, {@code lengthCounts[MAX_STRIDE]} longer ones,
     * whose overflow bytes (length and varint) sum to {@link #longBytes}.
     */
    private int[] lengthCounts = new int[MAX_STRIDE + 1];

    private long longBytes;

    /**
     * Whether every ID appended so far is ASCII (one byte per char): then decoding needs no scan
     * for multi-byte units. Cleared by the first non-ASCII ID, never set again.
     */
    private boolean asciiOnly = true;

    /** Indices handed out, dead ones included. */
    private int count;

    private int live;
    private long[] dead;
    private int[] table;

    /**
     * Table entries hold {@code index + 1} in their low {@code indexBits} bits and, above them, a
     * tag of the ID's hash, so that a probe passing a different ID rarely needs to compare bytes.
     * The tag shrinks as the index widens (no tag at 2^31 nodes); the table is re-encoded then.
     */
    private int indexBits;

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
     * The memo of the newest ID list of at least {@link #MEMO_MIN_IDS} IDs: a hint written by
     * readers without synchronization, like {@link #lastFound}. Shorter lists (most successor
     * lists) do not replace it, so that readers on several cores asking for neighbours do not write
     * this shared field on every query.
     */
    private HandedOut handedOut;

    private static final int MEMO_MIN_IDS = 64;

    /**
     * Bumped by every removal and compaction: a memo taken before names indices no longer valid.
     */
    private long removals;

    // ---- numbered IDs ----

    /**
     * The ASCII prefix of the numbered family, as bytes: IDs made of this prefix and a decimal
     * number in canonical form (no leading zero, at most 9 digits) are the family's. Taken from the
     * first ID of that form (everything before its trailing digits, so it never ends with a digit);
     * null until then, and never changed after.
     */
    private byte[] numberPrefix;

    /**
     * {@code numbered[k]} is {@code index + 1} of the live ID {@code prefix + k}, or 0: the
     * family's IDs are looked up here by their number, one array read, instead of in the hash
     * table. A number beyond what {@link #growNumbered} allows goes to the table.
     */
    private int[] numbered = NO_INTS;

    /** Live IDs held by {@link #numbered}; the rest of the live ones are in the table. */
    private int numberedLive;

    /**
     * Live IDs of the family's form that the table holds (their number was too large when they were
     * added): while there are none, a family ID missing from {@link #numbered} is absent.
     */
    private int familyInTable;

    /**
     * Room asked for before the first ID, given to the structure that ID goes to: the numbered
     * array if it is of numbered form, the table otherwise.
     */
    private int pendingReserve;

    NodeIndex(int expected) {
        stride = DEFAULT_STRIDE;
        capacity = (int) Math.min(Math.max(16, expected), maxCapacity(MIN_STRIDE));
        if ((long) capacity * stride > MAX_ARRAY) {
            stride = MIN_STRIDE;
        }
        slots = new byte[capacity * stride];
        dead = new long[(capacity >>> 6) + 1];
        table = new int[MIN_TABLE];
        pendingReserve = Math.max(0, expected);
        indexBits = bitsFor(capacity);
    }

    /** Bits enough to hold {@code index + 1} for every index below {@code capacity}. */
    private static int bitsFor(int capacity) {
        return Math.min(31, 33 - Integer.numberOfLeadingZeros(capacity));
    }

    private static int maxCapacity(int stride) {
        return MAX_ARRAY / stride;
    }

    private int tag(int hash) {
        int tagBits = 31 - indexBits;
        return tagBits == 0 ? 0 : ((hash * 0x9E3779B9) >>> (32 - tagBits)) << indexBits;
    }

    private int entryIndex(int entry) {
        return (entry & ((1 << indexBits) - 1)) - 1;
    }

    private static int tableSizeFor(int entries) {
        long needed = Math.max(MIN_TABLE, (long) entries * 5 / 4 + 1);
        return (int) Math.min(1 << 30, Long.highestOneBit(needed - 1) << 1);
    }

    /** Bytes of the ID text: the slots and the overflow. */
    long idBytes() {
        return ObjectSizes.of(slots) + ObjectSizes.of(overflow);
    }

    /**
     * Bytes of the lookup structures: this object, the hash table, the numbered array and prefix,
     * the dead set and the length histogram.
     */
    long indexBytes() {
        return ObjectSizes.instance(NodeIndex.class)
                + ObjectSizes.of(table)
                + ObjectSizes.of(numbered)
                + (numberPrefix == null ? 0 : ObjectSizes.of(numberPrefix))
                + ObjectSizes.of(dead)
                + ObjectSizes.of(lengthCounts);
    }

    /** Live IDs looked up by number rather than in the hash table (for tests). */
    int numberedCount() {
        return numberedLive;
    }

    /** The current slot stride in bytes (for tests). */
    int stride() {
        return stride;
    }

    /** Number of live IDs. */
    int size() {
        return live;
    }

    /** Indices handed out so far, dead ones included: every index is below this. */
    int slots() {
        return count;
    }

    int deadCount() {
        return count - live;
    }

    boolean isLive(int index) {
        return index >= 0 && index < count && (dead[index >>> 6] & (1L << index)) == 0;
    }

    /** String hashes of IDs like node_<i> differ only in low bits: mix them all into the slot. */
    private static int spread(int hash) {
        return TableMath.mix32(hash);
    }

    /**
     * The index of {@code id}, or -1. A loop over {@code nodes()} that looks each ID up passes the
     * very String the list has just handed out: the newest list's memo ({@link HandedOut}) knows
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
            if (guess < count && (live == count || isLive(guess)) && matches(guess, id)) {
                lastFound = guess;
                return guess;
            }
        }
        int found = numberPrefix == null ? probe(id) : findNumbered(id);
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
        int k = numberOf(id);
        if (k < 0) {
            return probe(id);
        }
        int[] byNumber = numbered;
        int entry = k < byNumber.length ? byNumber[k] : 0;
        if (entry != 0) {
            return entry - 1;
        }
        return familyInTable == 0 ? -1 : probe(id);
    }

    private int probe(String id) {
        int slot = slotOf(id, spread(id.hashCode()));
        return slot >= 0 ? entryIndex(table[slot]) : -1;
    }

    /**
     * The slot holding {@code id}, or {@code -1 - s} where {@code s} is the empty slot that ends
     * its probe chain (where it would be inserted); bounded by the table's size, since an
     * optimistic reader may see a table another thread is filling.
     */
    private int slotOf(String id, int hash) {
        int[] t = table;
        int mask = t.length - 1;
        int tag = tag(hash);
        int tagMask = -1 << indexBits;
        int slot = hash & mask;
        for (int probes = 0; probes <= mask; probes++) {
            int entry = t[slot];
            if (entry == 0) {
                return -1 - slot;
            }
            if ((entry & tagMask) == tag && matches(entryIndex(entry), id)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        throw new ConcurrentModificationException("node table full during an optimistic read");
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
        int k = numberFor(id);
        if (pendingReserve > 0) {
            givePendingReserve(k);
        }
        if (k >= 0) {
            int[] byNumber = numbered;
            int entry = k < byNumber.length ? byNumber[k] : 0;
            if (entry != 0) {
                return -entry;
            }
            if (familyInTable > 0) {
                int slot = slotOf(id, spread(id.hashCode()));
                if (slot >= 0) {
                    return -1 - entryIndex(table[slot]);
                }
            }
            if (k < byNumber.length || growNumbered(k)) {
                int index = append(id, true);
                numbered[k] = index + 1;
                numberedLive++;
                return index;
            }
        }
        if ((live - numberedLive + 1) * 5L > table.length * 4L) {
            rehash(table.length * 2);
        }
        int index = count;
        if (index >= capacity) {
            resize(grow(capacity));
        }
        if (bitsFor(index + 1) > indexBits) {
            indexBits = bitsFor(capacity);
            rehash(table.length);
        }
        int hash = spread(id.hashCode());
        int slot = slotOf(id, hash);
        if (slot >= 0) {
            return -1 - entryIndex(table[slot]);
        }
        append(id, k >= 0);
        table[-1 - slot] = tag(hash) | (index + 1);
        if (k >= 0) {
            familyInTable++;
        }
        return index;
    }

    /**
     * Stores the bytes of a new ID at the next index and returns that index; {@code ascii} says the
     * caller has seen every character of the ID below U+0080 (a numbered ID: its prefix and
     * digits), so its characters are copied without checking them again.
     */
    private int append(String id, boolean ascii) {
        int index = count;
        if (index >= capacity) {
            resize(grow(capacity));
        }
        place(index, id, ascii);
        count++;
        live++;
        return index;
    }

    /**
     * Makes room for {@code additional} more IDs at once: the table is rehashed to its final size
     * (instead of doubling, and rehashing, several times on the way) and the slot array is grown
     * (the overflow by the average overflow bytes per ID so far). Changes no ID.
     */
    void reserve(int additional) {
        if (additional <= 0) {
            return;
        }
        int needed = (int) Math.min(MAX_ARRAY, (long) count + additional);
        // Never less than the usual growth step, so that many small batches do not copy the
        // arrays each time (quadratic in all).
        if (needed > capacity) {
            resize(Math.max(needed, grow(capacity)));
        }
        if (overflowUsed > 0) {
            long average = overflowUsed / Math.max(1, count) + 1;
            long overflowNeeded = Math.min(MAX_ARRAY, overflowUsed + average * additional);
            if (overflowNeeded > overflow.length) {
                overflow =
                        Arrays.copyOf(
                                overflow, (int) Math.max(overflowNeeded, grow(overflow.length)));
            }
        }
        if (count == 0) {
            pendingReserve = (int) Math.min(MAX_ARRAY, Math.max((long) pendingReserve, additional));
            return;
        }
        int tableLive = live - numberedLive;
        if (tableLive == 0 && numberedLive > 0) {
            // So far every ID went by number: room for as many more numbers.
            long numbers = Math.min(MAX_ARRAY, (long) numberedLive + additional);
            if (numbers > numbered.length) {
                numbered = Arrays.copyOf(numbered, (int) numbers);
            }
            return;
        }
        int bits = bitsFor(capacity);
        int size =
                Math.max(
                        table.length,
                        tableSizeFor(
                                (int) Math.min(Integer.MAX_VALUE, (long) tableLive + additional)));
        if (bits > indexBits || size > table.length) {
            indexBits = Math.max(indexBits, bits);
            rehash(size);
        }
    }

    /**
     * Removes a live index: its slot in the table is freed, the index stays dead until compaction.
     */
    void remove(int index) {
        int k = numberAt(index);
        if (k >= 0 && k < numbered.length && numbered[k] == index + 1) {
            numbered[k] = 0;
            numberedLive--;
        } else {
            removeFromTable(index);
            if (k >= 0) {
                familyInTable--;
            }
        }
        dead[index >>> 6] |= 1L << index;
        live--;
        removals++;
    }

    private void removeFromTable(int index) {
        int[] t = table;
        int mask = t.length - 1;
        int slot = spread(hashOf(index)) & mask;
        while (entryIndex(t[slot]) != index) {
            slot = (slot + 1) & mask;
        }
        TableMath.deleteAt(
                t,
                slot,
                j -> spread(hashOf(entryIndex(t[j]))) & mask,
                (from, to) -> t[to] = t[from]);
    }

    /** The ID at a live index, as a new String. */
    String id(int index) {
        return decode(slots, stride, overflow, index, asciiOnly);
    }

    /**
     * The IDs at the given indices ({@code null}: indices 0 to {@code count - 1}), as an immutable
     * list that decodes each on access. A snapshot: the slots and overflow bytes of existing
     * indices are never rewritten (appends go beyond them; growth, a change of stride and
     * compaction allocate new arrays), so the list reads the same whatever is written later.
     */
    List<String> ids(int[] indices, int count) {
        HandedOut memo = null;
        if (count >= MEMO_MIN_IDS) {
            memo = new HandedOut(removals);
            handedOut = memo;
        }
        return new IdList(slots, stride, overflow, asciiOnly, indices, count, memo);
    }

    /**
     * Where an ID list records the last ID it handed out, and its index: {@link #find} given that
     * same String object returns the index without comparing a byte. A removal or compaction since
     * the list was made voids the record ({@link #removals}); additions never move an ID.
     *
     * <p>Only the thread that made the list writes the record (the list holds that thread; this
     * memo, reachable from the graph, does not). Readers on any thread get a consistent pair
     * without a lock, because the ID doubles as a sequence lock: the writer clears it, writes the
     * index, then writes the new ID, all with release stores; a reader reads the ID, the index,
     * then the ID again, with acquire loads, and trusts the index only if both reads gave the
     * String it was asked about. An index written after that String was recorded comes after the
     * clearing store, so the second read would no longer see it. Every ID handed out is a new
     * String, so a String seen twice was recorded once. On x86 these are plain moves: measured, a
     * loop that only collects a million IDs pays about 1.5 ns an ID, a loop that reads an attribute
     * of each saves about 7.
     */
    private static final class HandedOut {
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

        final long removals;
        private String lastId;
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
        int indexOf(String id) {
            if ((String) LAST_ID.getAcquire(this) != id) {
                return -1;
            }
            int index = (int) LAST_INDEX.getAcquire(this);
            return (String) LAST_ID.getAcquire(this) == id ? index : -1;
        }
    }

    private static final class IdList extends AbstractList<String> implements RandomAccess {
        private final byte[] slots;
        private final int stride;
        private final byte[] overflow;
        private final boolean asciiOnly;
        private final int[] indices;
        private final int size;
        private final HandedOut memo;

        /** The thread that made this list: the only one that writes {@link #memo}. */
        private final Thread owner = Thread.currentThread();

        IdList(
                byte[] slots,
                int stride,
                byte[] overflow,
                boolean asciiOnly,
                int[] indices,
                int size,
                HandedOut memo) {
            this.memo = memo;
            this.slots = slots;
            this.stride = stride;
            this.overflow = overflow;
            this.asciiOnly = asciiOnly;
            this.indices = indices;
            this.size = size;
        }

        @Override
        public String get(int i) {
            Objects.checkIndex(i, size);
            int index = indices == null ? i : indices[i];
            return handOut(decode(slots, stride, overflow, index, asciiOnly), index);
        }

        private String handOut(String id, int index) {
            if (memo != null && Thread.currentThread() == owner) {
                memo.record(id, index);
            }
            return id;
        }

        @Override
        public int size() {
            return size;
        }

        /**
         * An iterator without {@code AbstractList}'s modification checks: the list never changes.
         */
        @Override
        public java.util.Iterator<String> iterator() {
            return new java.util.Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public String next() {
                    int i = next;
                    if (i >= size) {
                        throw new java.util.NoSuchElementException();
                    }
                    next = i + 1;
                    int index = indices == null ? i : indices[i];
                    return handOut(decode(slots, stride, overflow, index, asciiOnly), index);
                }
            };
        }
    }

    // ---- numbered IDs ----

    /**
     * The number of {@code id} in the numbered family, adopting the family from it if there is none
     * yet; or -1.
     */
    private int numberFor(String id) {
        if (numberPrefix == null && !adoptFamily(id)) {
            return -1;
        }
        return numberOf(id);
    }

    /**
     * Makes the family of {@code id} the numbered one if the ID is of numbered form: an ASCII
     * prefix and 1 to 9 trailing digits without a leading zero.
     */
    private boolean adoptFamily(String id) {
        int n = id.length();
        int start = n;
        while (start > 0
                && n - start <= 9
                && id.charAt(start - 1) >= '0'
                && id.charAt(start - 1) <= '9') {
            start--;
        }
        int digits = n - start;
        if (digits < 1 || digits > 9 || (digits > 1 && id.charAt(start) == '0')) {
            return false;
        }
        byte[] prefix = new byte[start];
        for (int i = 0; i < start; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            prefix[i] = (byte) c;
        }
        numberPrefix = prefix;
        return true;
    }

    /** The number of {@code id} if it is the family's prefix and a canonical number, or -1. */
    private int numberOf(String id) {
        byte[] prefix = numberPrefix;
        int p = prefix.length;
        int n = id.length();
        int digits = n - p;
        if (digits < 1 || digits > 9) {
            return -1;
        }
        int k = id.charAt(p) - '0';
        if (k < 0 || k > 9 || (k == 0 && digits > 1)) {
            return -1;
        }
        for (int i = p + 1; i < n; i++) {
            int d = id.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            k = k * 10 + d;
        }
        for (int i = 0; i < p; i++) {
            if (id.charAt(i) != prefix[i]) {
                return -1;
            }
        }
        return k;
    }

    /**
     * The number of the ID stored at {@code index} if it is of the family, or -1: read from its
     * bytes, which for an ID of ASCII characters are those characters (every byte of a longer unit
     * is 0x80 or above, so it never equals a prefix byte or a digit).
     */
    private int numberAt(int index) {
        byte[] prefix = numberPrefix;
        if (prefix == null) {
            return -1;
        }
        byte[] s = slots;
        byte[] o = overflow;
        long where = where(s, stride, o, index);
        byte[] a = arrayOf(where, s, o);
        int p = (int) where;
        int digits = lengthOf(where) - prefix.length;
        if (digits < 1 || digits > 9) {
            return -1;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[p + i] != prefix[i]) {
                return -1;
            }
        }
        p += prefix.length;
        int k = a[p] - '0';
        if (k < 0 || k > 9 || (k == 0 && digits > 1)) {
            return -1;
        }
        for (int i = 1; i < digits; i++) {
            int d = a[p + i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            k = k * 10 + d;
        }
        return k;
    }

    /**
     * Widens {@link #numbered} to hold number {@code k}, unless {@code k} is so large that the
     * array would hold more than twice as many numbers as the family has live IDs (plus {@link
     * #NUMBERED_SLACK}): then returns false and the ID goes to the table. So the array costs at
     * most about 8 bytes per numbered ID, however sparse the numbers.
     */
    private boolean growNumbered(int k) {
        long limit = 2L * numberedLive + NUMBERED_SLACK;
        if (k >= limit) {
            return false;
        }
        long length = Math.min(limit, Math.max(k + 1L, grow(numbered.length)));
        numbered = Arrays.copyOf(numbered, (int) length);
        return true;
    }

    /**
     * Gives the room asked for before the first ID to the structure that ID ({@code k}: its number)
     * goes to.
     */
    private void givePendingReserve(int k) {
        int reserve = pendingReserve;
        pendingReserve = 0;
        if (k >= 0 && k < (long) reserve + NUMBERED_SLACK) {
            numbered = new int[Math.max(k + 1, reserve)];
        } else {
            int size = tableSizeFor(reserve);
            if (size > table.length) {
                rehash(size);
            }
        }
    }

    /** Whether {@code index} is live and held by the table rather than by number. */
    private boolean inTable(int index) {
        if (!isLive(index)) {
            return false;
        }
        if (numberedLive == 0) {
            return true;
        }
        int k = numberAt(index);
        return k < 0 || k >= numbered.length || numbered[k] != index + 1;
    }

    /**
     * Rebuilds {@link #numbered} for the indices after a compaction, sized to the numbers it holds
     * (so a family that shrank gives its memory back): of the family's live IDs, those numbered
     * below twice their count plus {@link #NUMBERED_SLACK} go by number, the others to the table.
     * Every index must be live.
     */
    private void renumber() {
        numbered = NO_INTS;
        numberedLive = 0;
        familyInTable = 0;
        if (numberPrefix == null) {
            return;
        }
        long family = 0;
        for (int index = 0; index < count; index++) {
            if (numberAt(index) >= 0) {
                family++;
            }
        }
        long limit = 2 * family + NUMBERED_SLACK;
        int end = 0;
        for (int index = 0; index < count; index++) {
            int k = numberAt(index);
            if (k >= 0 && k < limit) {
                end = Math.max(end, k + 1);
            }
        }
        numbered = end == 0 ? NO_INTS : new int[end];
        for (int index = 0; index < count; index++) {
            int k = numberAt(index);
            if (k >= 0 && k < end) {
                numbered[k] = index + 1;
                numberedLive++;
            } else if (k >= 0) {
                familyInTable++;
            }
        }
    }

    // ---- where an ID's bytes are ----

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

    /** Bytes an overflowing ID of {@code length} encoded bytes takes in the overflow array. */
    private static long overflowCost(int length) {
        return (long) length + varintLength(length);
    }

    /** Marks a {@link #where} result whose bytes are in the overflow array. */
    private static final long IN_OVERFLOW = Long.MIN_VALUE;

    /**
     * Where the encoded bytes of the ID at {@code index} are: {@code (length << 32) | start}, with
     * {@link #IN_OVERFLOW} set when they are in the overflow array {@code o}, not in the slots
     * {@code s}. Read it with {@link #arrayOf}, {@code (int) where} and {@link #lengthOf}.
     */
    private static long where(byte[] s, int stride, byte[] o, int index) {
        int base = index * stride;
        int length = s[base] & 0xFF;
        if (length < stride) {
            return ((long) length << 32) | (base + 1);
        }
        return overflowSpan(o, overflowOffset(s, base)) | IN_OVERFLOW;
    }

    private static byte[] arrayOf(long where, byte[] s, byte[] o) {
        return where < 0 ? o : s;
    }

    private static int lengthOf(long where) {
        return (int) (where >>> 32) & Integer.MAX_VALUE;
    }

    /** Encoded length of the ID at {@code index}. */
    private static int lengthAt(byte[] s, int stride, byte[] o, int index) {
        return lengthOf(where(s, stride, o, index));
    }

    /**
     * Decodes the ID at {@code index}; {@code asciiOnly} if every ID is known to be ASCII. This and
     * {@link #matches(int, String)}, the pair a loop over {@code nodes()} runs per node, find the
     * bytes inline rather than through {@link #where}: the packed result cost that loop 1 to 4 ms
     * per million nodes (best of 60, four alternated pairs: 22.0–25.0 against 23.1–28.5 ms).
     */
    private static String decode(byte[] s, int stride, byte[] o, int index, boolean asciiOnly) {
        int base = index * stride;
        int length = s[base] & 0xFF;
        if (length < stride) {
            return decode(s, base + 1, base + 1 + length, asciiOnly);
        }
        long span = overflowSpan(o, overflowOffset(s, base));
        int start = (int) span;
        return decode(o, start, start + (int) (span >>> 32), asciiOnly);
    }

    /**
     * Decodes bytes written by {@link #encode}; {@code asciiOnly} if they are known to be ASCII.
     */
    @SuppressWarnings(
            "deprecation") // String(byte[], int hibyte, ...) copies Latin-1 bytes as they are
    private static String decode(byte[] a, int start, int end, boolean asciiOnly) {
        if (asciiOnly) {
            return new String(a, 0, start, end - start);
        }
        boolean ascii = true;
        for (int p = start; p < end; p++) {
            if (a[p] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(a, start, end - start, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[end - start];
        int n = 0;
        for (int p = start; p < end; p += unitLength(a[p])) {
            chars[n++] = unit(a, p);
        }
        return new String(chars, 0, n);
    }

    /** Bytes taken by the UTF-16 unit whose encoding starts with {@code first}. */
    private static int unitLength(byte first) {
        int b = first & 0xFF;
        return b < 0x80 ? 1 : b < 0xE0 ? 2 : 3;
    }

    /** The UTF-16 unit encoded at {@code p}. */
    private static char unit(byte[] a, int p) {
        int b = a[p] & 0xFF;
        if (b < 0x80) {
            return (char) b;
        }
        if (b < 0xE0) {
            return (char) (((b & 0x1F) << 6) | (a[p + 1] & 0x3F));
        }
        return (char) (((b & 0x0F) << 12) | ((a[p + 1] & 0x3F) << 6) | (a[p + 2] & 0x3F));
    }

    /** Whether the ID at {@code index} is {@code id}, compared without decoding. */
    private boolean matches(int index, String id) {
        byte[] s = slots;
        int st = stride;
        int base = index * st;
        int length = s[base] & 0xFF;
        if (length < st) {
            return matches(s, base + 1, base + 1 + length, id);
        }
        long span = overflowSpan(overflow, overflowOffset(s, base));
        int start = (int) span;
        return matches(overflow, start, start + (int) (span >>> 32), id);
    }

    private static boolean matches(byte[] a, int p, int end, String id) {
        int n = id.length();
        if (end - p < n) {
            return false; // every char takes at least one byte
        }
        if (end - p == n) {
            // One byte per char: the stored ID is ASCII, so each char must equal its byte.
            for (int k = 0; k < n; k++) {
                if (a[p + k] != id.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
        return matchesEncoded(a, p, end, id);
    }

    /**
     * {@link #matches} for a stored ID with multi-byte units: apart, so that the common ASCII
     * comparison stays small enough for the JIT to inline into every lookup.
     */
    private static boolean matchesEncoded(byte[] a, int p, int end, String id) {
        int n = id.length();
        for (int k = 0; k < n; k++) {
            char c = id.charAt(k);
            if (c < 0x80) {
                if (p >= end || a[p] != c) {
                    return false;
                }
                p += 1;
            } else if (c < 0x800) {
                if (p + 2 > end
                        || a[p] != (byte) (0xC0 | (c >> 6))
                        || a[p + 1] != (byte) (0x80 | (c & 0x3F))) {
                    return false;
                }
                p += 2;
            } else {
                if (p + 3 > end
                        || a[p] != (byte) (0xE0 | (c >> 12))
                        || a[p + 1] != (byte) (0x80 | ((c >> 6) & 0x3F))
                        || a[p + 2] != (byte) (0x80 | (c & 0x3F))) {
                    return false;
                }
                p += 3;
            }
        }
        return p == end;
    }

    // ---- writing ----

    /** Bytes {@code id} encodes to: its length if it is ASCII, more otherwise. */
    private static long encodedLength(String id) {
        long bytes = 0;
        for (int k = 0, n = id.length(); k < n; k++) {
            char c = id.charAt(k);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /** Encodes {@code id} at {@code p} of {@code a}; returns the end. */
    private static int encode(String id, byte[] a, int p) {
        for (int k = 0, n = id.length(); k < n; k++) {
            char c = id.charAt(k);
            if (c < 0x80) {
                a[p++] = (byte) c;
            } else if (c < 0x800) {
                a[p++] = (byte) (0xC0 | (c >> 6));
                a[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                a[p++] = (byte) (0xE0 | (c >> 12));
                a[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                a[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return p;
    }

    /**
     * Writes {@code id} into the (free) slot of {@code index}, or into the overflow; {@code ascii}
     * as for {@link #append}.
     */
    private void place(int index, String id, boolean ascii) {
        int n = id.length();
        int base = index * stride;
        if (n < stride && appendAscii(id, slots, base + 1, ascii)) {
            slots[base] = (byte) n;
            lengthCounts[n]++;
            return;
        }
        long encoded = encodedLength(id);
        if (encoded > MAX_ARRAY) {
            throw new IllegalStateException("node ID too long: " + encoded + " bytes encoded");
        }
        int length = (int) encoded;
        if (length != n) {
            asciiOnly = false;
        }
        if (length < MAX_STRIDE) {
            lengthCounts[length]++;
        } else {
            lengthCounts[MAX_STRIDE]++;
            longBytes += overflowCost(length);
        }
        if (length < stride) {
            slots[base] = (byte) length;
            encode(id, slots, base + 1);
            return;
        }
        long needed = overflowUsed + overflowCost(length);
        if (needed > overflow.length) {
            int better = chooseStride(capacity);
            if (better != stride && costAt(better) * 8 < costAt(stride) * 7) {
                relayout(capacity, better);
                // The new slot array is free at this index: place the ID by the new stride.
                lengthCounts[length < MAX_STRIDE ? length : MAX_STRIDE]--;
                if (length >= MAX_STRIDE) {
                    longBytes -= overflowCost(length);
                }
                place(index, id, ascii);
                return;
            }
            long grown = Math.max(needed, Math.max(64, (long) grow(overflow.length)));
            if (needed > MAX_ARRAY) {
                throw new IllegalStateException(
                        "node IDs overflow 2 GB; the optimized backend holds at most that much long-ID text");
            }
            overflow = Arrays.copyOf(overflow, (int) Math.min(MAX_ARRAY, grown));
        }
        int at = overflowUsed;
        int p = writeVarint(overflow, at, length);
        if (length == n) {
            copyAscii(id, overflow, p);
            p += n;
        } else {
            p = encode(id, overflow, p);
        }
        overflowUsed = p;
        slots[base] = (byte) OVERFLOW;
        INT.set(slots, base + 4, at);
    }

    private static int writeVarint(byte[] a, int p, int value) {
        while (value >= 0x80) {
            a[p++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        a[p++] = (byte) value;
        return p;
    }

    @SuppressWarnings("deprecation") // the one String copy that neither allocates nor encodes
    private static void copyAscii(String id, byte[] a, int p) {
        id.getBytes(0, id.length(), a, p);
    }

    /**
     * Copies an all-ASCII ID's characters as bytes and returns true, or returns false (having
     * written only scratch bytes into the free slot) if some character is not ASCII. Most IDs are
     * ASCII, and {@link String#getBytes(int, int, byte[], int)} copies a Latin-1 string's bytes in
     * one block, several times faster than encoding it a {@code charAt} at a time. With {@code
     * known}, the caller has already seen every character below U+0080 (see {@link #append}), and
     * the copy is not checked again.
     */
    @SuppressWarnings("deprecation") // the one String copy that neither allocates nor encodes
    private static boolean appendAscii(String id, byte[] a, int p, boolean known) {
        int n = id.length();
        id.getBytes(0, n, a, p);
        if (known) {
            return true;
        }
        int bits = 0;
        for (int k = p, end = p + n; k < end; k++) {
            bits |= a[k];
        }
        // Non-Latin-1 chars were truncated to their low byte: compare to be sure (rare, IDs of
        // ASCII
        // bytes whose string has a char above U+00FF that truncates into ASCII).
        if (bits < 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (id.charAt(k) != a[p + k]) {
                return false;
            }
        }
        return true;
    }

    /** Growth by a quarter: amortized O(1) appends, about a tenth of an array idle on average. */
    private static int grow(int length) {
        return (int) Math.min(MAX_ARRAY, length + (length >> 2) + 16L);
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
        if (dead.length < (newCapacity >>> 6) + 1) {
            dead = Arrays.copyOf(dead, (newCapacity >>> 6) + 1);
        }
    }

    /**
     * Copies every ID (dead ones too, so indices stay) into new arrays at {@code newStride}. The
     * old arrays are left as they are, for the snapshots that hold them.
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
        byte[] oldSlots = slots;
        byte[] oldOverflow = overflow;
        int oldStride = stride;
        int used = 0;
        for (int index = 0; index < n; index++) {
            long where =
                    where(oldSlots, oldStride, oldOverflow, from == null ? index : from[index]);
            byte[] source = arrayOf(where, oldSlots, oldOverflow);
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

    /** {@code id(index).hashCode()}, computed from the bytes without making the String. */
    private int hashOf(int index) {
        byte[] s = slots;
        byte[] o = overflow;
        long where = where(s, stride, o, index);
        byte[] a = arrayOf(where, s, o);
        int p = (int) where;
        int end = p + lengthOf(where);
        int h = 0;
        if (asciiOnly) {
            for (; p < end; p++) {
                h = 31 * h + a[p];
            }
            return h;
        }
        for (; p < end; p += unitLength(a[p])) {
            h = 31 * h + unit(a, p);
        }
        return h;
    }

    private void insert(int[] t, int index, int hash) {
        insertSpread(t, index, spread(hash));
    }

    private void insertSpread(int[] t, int index, int spread) {
        int mask = t.length - 1;
        int slot = spread & mask;
        while (t[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        t[slot] = tag(spread) | (index + 1);
    }

    /** Below this many live IDs the table fits in cache and is refilled in index order. */
    private static final int SORTED_REHASH_MIN = 1 << 14;

    /** Table slots per region of the sorted rehash: 2 KB of table, a few cache lines. */
    private static final int REHASH_REGION_SLOTS = 512;

    /**
     * Refills a new table of {@code capacity} slots with every live ID. In index order every insert
     * writes a random slot of a table larger than the caches. So a large table is refilled in three
     * passes that touch memory almost only in order: the hashes are computed in index order (the
     * slots are read sequentially), the (hash, index) pairs are bucket-sorted by the region of the
     * table their home slot lies in, and they are inserted region by region. The two pair arrays
     * (16 bytes per live ID) are transient. Measured on a million {@code addNode} calls, best of
     * 12: 368 ms before, 354 ms after; the CPU already overlapped most of the random writes.
     */
    private void rehash(int capacity) {
        int[] fresh = new int[capacity];
        int tableLive = live - numberedLive;
        if (tableLive == 0) {
            table = fresh;
            return;
        }
        if (tableLive < SORTED_REHASH_MIN) {
            for (int index = 0; index < count; index++) {
                if (inTable(index)) {
                    insert(fresh, index, hashOf(index));
                }
            }
            table = fresh;
            return;
        }
        int mask = capacity - 1;
        int regionShift = Integer.numberOfTrailingZeros(Math.max(1, REHASH_REGION_SLOTS));
        int regions = Math.max(1, capacity >>> regionShift);
        int[] next = new int[regions + 1];
        long[] pairs = new long[tableLive];
        int k = 0;
        for (int index = 0; index < count; index++) {
            if (inTable(index)) {
                int spread = spread(hashOf(index));
                pairs[k++] = ((long) spread << 32) | index;
                next[((spread & mask) >>> regionShift) + 1]++;
            }
        }
        for (int r = 0; r < regions; r++) {
            next[r + 1] += next[r];
        }
        long[] sorted = new long[k];
        for (int i = 0; i < k; i++) {
            long p = pairs[i];
            sorted[next[(((int) (p >>> 32)) & mask) >>> regionShift]++] = p;
        }
        pairs = null;
        for (int i = 0; i < k; i++) {
            long p = sorted[i];
            insertSpread(fresh, (int) p, (int) (p >>> 32));
        }
        table = fresh;
    }

    /**
     * Drops dead indices, renumbering the live ones in order and trimming the arrays to size; the
     * stride is chosen again from the live IDs.
     *
     * @return old index to new index, -1 for dead ones
     */
    int[] compact() {
        int[] mapping = new int[count];
        int[] liveIndices = new int[live];
        int[] counts = new int[MAX_STRIDE + 1];
        long longs = 0;
        int next = 0;
        for (int index = 0; index < count; index++) {
            if (!isLive(index)) {
                mapping[index] = -1;
                continue;
            }
            int length = lengthAt(slots, stride, overflow, index);
            if (length < MAX_STRIDE) {
                counts[length]++;
            } else {
                counts[MAX_STRIDE]++;
                longs += overflowCost(length);
            }
            liveIndices[next] = index;
            mapping[index] = next++;
        }
        lengthCounts = counts;
        longBytes = longs;
        count = next;
        int newCapacity = Math.max(16, next);
        copyInto(liveIndices, next, newCapacity, chooseStride(newCapacity));
        live = next;
        dead = new long[(newCapacity >>> 6) + 1];
        indexBits = bitsFor(newCapacity);
        renumber();
        rehash(tableSizeFor(live - numberedLive));
        lastFound = -1;
        removals++;
        return mapping;
    }
}
