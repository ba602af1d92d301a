package io.gli.optimized;

/**
 * The dedup index of the attribute storage: finds the stored set with a given content, so that
 * equal attribute maps share one set. A set has no object and no stored hash, its content lives in
 * the columns; so this table hashes and compares set ids by that external content, which it reaches
 * through {@link Content} (and it can compare a stored set with content that is not stored yet).
 *
 * <h2>Representation</h2>
 *
 * Open addressing with linear probing over set ids ({@link TableMath}), at most 3/4 full. Each slot
 * is one int (0 = empty, set ids start at 1) with three fields, from low to high:
 *
 * <ul>
 *   <li>the set id, in {@link #idBits} bits (ids stay below the capacity, see {@link #ensureRoom});
 *   <li>the entry's distance from its home slot, in up to 5 bits ({@link #distMax} meaning "that or
 *       more, recompute"): deletion shifts the rest of the cluster back without recomputing the
 *       content hash of the entries it moves, and a lookup skips entries whose distance differs
 *       from its own probe distance (they have another home);
 *   <li>the low bits of the content hash as a tag in the bits left (15 bits in a table for 50,000
 *       sets, 6 for 2 million), so a probe rejects almost every other set without touching its
 *       columns.
 * </ul>
 *
 * <h2>Bytes</h2>
 *
 * 4 per slot, at a load between 1/2 and 3/4 once grown ({@link #grownLength}): 5.3 to 8 bytes per
 * indexed set. Trove's and the JDK's maps hash their keys themselves and would need a key object or
 * a stored hash per set (4 more bytes); packing id, distance and tag into one int keeps the index
 * at 4 bytes a slot. The price is that growing the table recomputes every set's hash from its
 * columns, in a cache-friendly order ({@link #insertLive}; 16 transient bytes per live set while it
 * runs, nothing kept).
 *
 * <p>Sets are indexed lazily: a set created without a lookup (certainly new, or right after one) is
 * indexed only when the table is next searched or grown, and then in bulk, so interning a run of
 * new sets, as building a graph does, writes no random table slot per set and costs nothing here
 * until the first lookup. Every other live set is in the table.
 *
 * <p>Writes only ({@link #find} indexes what is pending first).
 */
final class AttrSetIndex {
    /** What the index reads of a set's content, which lives in the columns. */
    interface Content {
        /** The content hash of the live {@code set}, recomputed from its columns. */
        int storedHash(int set);

        /** Whether the live {@code set} has the content being looked up, whose shape is given. */
        boolean hasContent(int set, int shape);
    }

    private static final int MIN_TABLE = 16;
    private static final int LOAD_PERCENT = 75;

    /** While the table is at most this long it doubles; beyond, it grows by half. */
    private static final int SMALL_TABLE = 1 << 16;

    private final FreeIds setIds;
    private final AttrSetRefs refs;
    private final Content content;

    private int[] table;

    /**
     * Live sets with ids from here to {@link FreeIds#highWater} are not in {@link #table} yet; see
     * the class comment.
     */
    private int unindexedFrom = 1;

    /**
     * Sets in {@link #table}: the live ones below {@link #unindexedFrom}. Its load counts these.
     */
    private int indexed;

    private int idBits;
    private int idMask;

    /** Largest storable distance from home (meaning: this or more). */
    private int distMax;

    /** Position of the tag; 32 when there is no room for one. */
    private int tagShift;

    /**
     * @param setIds the set ids handed out (the table's ids must stay below its capacity)
     * @param refs which sets are live
     * @param content the sets' content
     * @param expectedSets how many sets to size the table for
     */
    AttrSetIndex(FreeIds setIds, AttrSetRefs refs, Content content, int expectedSets) {
        this.setIds = setIds;
        this.refs = refs;
        this.content = content;
        reset(expectedSets);
    }

    /** Empty, sized for {@code expectedSets} (set ids start at 1 again). */
    void reset(int expectedSets) {
        unindexedFrom = 1;
        setTable(
                Math.max(
                        MIN_TABLE,
                        (int)
                                Math.min(
                                        TableMath.MAX_ARRAY,
                                        TableMath.capacityFor(expectedSets, LOAD_PERCENT) + 1L)));
    }

    // ---- the content hash

    /** The hash contribution of one value: summed over the set's columns, in any order. */
    static long entryHash(int column, long payload) {
        return TableMath.mix64(payload ^ ((column + 1L) * 0x9E3779B97F4A7C15L));
    }

    /** The content hash of a set from the sum of its {@link #entryHash}es. */
    static int finish(long sum) {
        long z = TableMath.mix64(sum);
        return (int) (z ^ (z >>> 32));
    }

    // ---- lookup and maintenance

    /**
     * The stored set with content hash {@code hash} for which {@link Content#hasContent} holds, or
     * 0; indexes the pending sets first.
     */
    int find(int hash, int shape) {
        flushUnindexed();
        int[] t = table;
        int cap = t.length;
        int shift = idBits;
        int dmax = distMax;
        int tag = tagOf(hash);
        int tagMask = tagMask();
        int i = TableMath.home(hash, cap);
        for (int dist = 0; ; dist++, i = TableMath.next(i, cap)) {
            int slot = t[i];
            if (slot == 0) {
                return 0;
            }
            if ((slot & tagMask) == tag && ((slot >>> shift) & dmax) == Math.min(dist, dmax)) {
                int s = slot & idMask;
                if (content.hasContent(s, shape)) {
                    return s;
                }
            }
        }
    }

    /**
     * The new set {@code set}, with content hash {@code hash}, has been stored: a reused id is
     * indexed at once; a new one waits for the next lookup.
     */
    void added(int set, int hash) {
        if (set < unindexedFrom && !ensureRoom(indexed + 1)) {
            insert(hash, set);
        }
    }

    /** Whether {@link #added} needs the hash of {@code set} (a reused id). */
    boolean indexesAtOnce(int set) {
        return set < unindexedFrom;
    }

    /** The live {@code set} is about to be freed (its columns still hold its content). */
    void removing(int set) {
        if (set < unindexedFrom) {
            remove(content.storedHash(set), set);
            indexed--;
        }
    }

    private void setTable(int capacity) {
        table = new int[capacity];
        indexed = 0;
        idBits = 32 - Integer.numberOfLeadingZeros(capacity);
        idMask = (int) ((1L << idBits) - 1);
        int distBits = Math.min(5, 32 - idBits);
        distMax = (1 << distBits) - 1;
        tagShift = idBits + distBits;
    }

    private int tagOf(int hash) {
        return tagShift >= 32 ? 0 : hash << tagShift;
    }

    private int tagMask() {
        return tagShift >= 32 ? 0 : -1 << tagShift;
    }

    /**
     * Makes room in the table for {@code entries} sets: if they would fill more than 3/4 of it, or
     * if a set id in use would not fit in {@link #idBits} (ids below {@link FreeIds#highWater}),
     * the table grows and every live set is indexed anew, and this returns true (nothing is then
     * left to insert). The table grows only when sets are indexed, so a run of new sets that
     * nothing looks up grows it once, at the next lookup, instead of step by step.
     */
    private boolean ensureRoom(int entries) {
        if (!TableMath.overLoad(entries, table.length, LOAD_PERCENT)
                && setIds.highWater() <= table.length) {
            return false;
        }
        setTable(grownLength(entries));
        insertLive(1, refs.live());
        return true;
    }

    /**
     * The table's next length. Not {@link TableMath#grow(int, int)}'s quarter: growing rehashes
     * every set from its columns, so the factor trades memory for that work: doubling while the
     * table is small (at most 256 KB, where its memory is negligible and a graph is being built in
     * a hurry), by half beyond: about two rehashes per set over a table's growth instead of four,
     * for a load between 1/2 and 3/4.
     */
    private int grownLength(int entries) {
        long needed =
                Math.max(
                        TableMath.capacityFor(entries, LOAD_PERCENT) + 1L, setIds.highWater() + 1L);
        long next =
                table.length < SMALL_TABLE ? 2L * table.length : table.length + (table.length >> 1);
        return (int) Math.min(TableMath.MAX_ARRAY, Math.max(needed, next));
    }

    /** Indexes the live sets created since the table was last searched or grown. */
    private void flushUnindexed() {
        int limit = setIds.highWater();
        if (unindexedFrom < limit) {
            int count = 0;
            for (int s = unindexedFrom; s < limit; s++) {
                if (refs.isLive(s)) {
                    count++;
                }
            }
            if (!ensureRoom(indexed + count)) {
                insertLive(unindexedFrom, count);
            }
        }
    }

    /**
     * Inserts the {@code count} live sets with ids from {@code from} up, none of which the table
     * holds; then every live set is indexed. Large batches are inserted in {@link
     * TableMath#byHomeRegion} order: hashes computed in id order (the columns read sequentially),
     * then the table written almost sequentially instead of a random slot per set.
     */
    private void insertLive(int from, int count) {
        int limit = setIds.highWater();
        unindexedFrom = limit;
        if (count < TableMath.SORTED_REHASH_MIN) {
            for (int s = from; s < limit; s++) {
                if (refs.isLive(s)) {
                    insert(content.storedHash(s), s);
                }
            }
            return;
        }
        long[] pairs = new long[count];
        int k = 0;
        for (int s = from; s < limit; s++) {
            if (refs.isLive(s)) {
                pairs[k++] = ((long) content.storedHash(s) << 32) | s;
            }
        }
        long[] sorted = TableMath.byHomeRegion(pairs, k, table.length);
        pairs = null;
        for (int i = 0; i < k; i++) {
            long p = sorted[i];
            insert((int) (p >>> 32), (int) p);
        }
    }

    private void insert(int hash, int set) {
        int[] t = table;
        int cap = t.length;
        int i = TableMath.home(hash, cap);
        int dist = 0;
        while (t[i] != 0) {
            dist++;
            i = TableMath.next(i, cap);
        }
        t[i] = tagOf(hash) | (Math.min(dist, distMax) << idBits) | set;
        indexed++;
    }

    /**
     * Backward-shift deletion, kept here rather than {@link TableMath#deleteAt}: a moved entry's
     * distance field is rewritten as it moves, and its home comes from that field, not a hash.
     */
    private void remove(int hash, int set) {
        int[] t = table;
        int cap = t.length;
        int mask = idMask;
        int i = TableMath.home(hash, cap);
        while ((t[i] & mask) != set) {
            if (t[i] == 0) {
                throw new IllegalStateException(
                        "attribute set " + set + " missing from the dedup index");
            }
            i = TableMath.next(i, cap);
        }
        int hole = i;
        int shift = idBits;
        int dmax = distMax;
        int distField = dmax << shift;
        for (int j = TableMath.next(i, cap); t[j] != 0; j = TableMath.next(j, cap)) {
            int slot = t[j];
            int dist = (slot >>> shift) & dmax;
            if (dist == dmax) {
                dist =
                        TableMath.distance(
                                TableMath.home(content.storedHash(slot & mask), cap), j, cap);
            }
            // the entry at j may move into the hole unless its home lies cyclically in (hole, j]
            int gap = TableMath.distance(hole, j, cap);
            if (dist >= gap) {
                t[hole] = (slot & ~distField) | (Math.min(dist - gap, dmax) << shift);
                hole = j;
            }
        }
        t[hole] = 0;
    }

    long footprintBytes() {
        return TableMath.object(TableMath.REF * 4 + 4 * 6) + TableMath.bytes(table);
    }

    // ---- for the invariant check of the tests

    int capacity() {
        return table.length;
    }

    /** The raw slot {@code i}: 0, or the fields described in the class comment. */
    int slot(int i) {
        return table[i];
    }

    /** The set id in a slot. */
    int setIn(int slot) {
        return slot & idMask;
    }

    /** The stored distance from home in a slot ({@link #distMax} meaning: that or more). */
    int distanceIn(int slot) {
        return (slot >>> idBits) & distMax;
    }

    int distMax() {
        return distMax;
    }

    /** Whether a slot holds the tag of {@code hash}. */
    boolean hasTag(int slot, int hash) {
        return (slot & tagMask()) == tagOf(hash);
    }

    /** The first set id not indexed yet (see the class comment). */
    int unindexedFrom() {
        return unindexedFrom;
    }

    /** Sets in the table. */
    int indexed() {
        return indexed;
    }
}
