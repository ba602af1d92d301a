package io.gli.optimized;

import gnu.trove.map.hash.TIntIntHashMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The attribute storage of the optimized backend: content-addressed, reference-counted,
 * copy-on-write <em>attribute sets</em>, each named by an int <em>set id</em> that the backend
 * keeps per node or edge. Equal attribute maps share one set; a set is never changed while it is
 * referenced, a changed element gets another set ({@link #withAll}, {@link #without}); at zero
 * references a set is freed and its id reused. {@link #EMPTY} (0) is the empty map and is never
 * stored.
 *
 * <h2>Representation</h2>
 *
 * Nothing is stored per set as an object. A set is its id's entries in a few arrays:
 *
 * <ul>
 *   <li><b>columns</b> ({@link AttrColumn}): one per attribute key and value type, holding that
 *       key's values for all sets, indexed by set id, each value as a 64-bit payload packed as
 *       narrowly as the column's values allow ({@link AttrPacked}): a long column 8/16/32/64 bits
 *       by the range of its values (frame of reference, so ids 1..50,000 take 16 bits and years
 *       2000..2024 8 bits; one value beyond 32 bits widens the column to 64), a double column 32
 *       bits while every value is float-exact and 64 otherwise, a boolean 1 bit, a string its id in
 *       the string pool (2 bits for 4 distinct strings, 8 bits for 200; the ids are shared by all
 *       string columns, so next to a column of a million unique names a 7-word column's ids may
 *       spread over a wider range and take up to 32 bits), a nested list or map its id in the
 *       nested-value pool; a column whose values are all equal costs 0 bits. A key whose values mix
 *       types gets one column per type (nothing is boxed). A key few sets have is kept in a sparse
 *       map instead (about 20 bytes per entry), see {@link AttrColumn}.
 *   <li><b>string and nested-value pools</b> ({@link AttrPool}): each distinct String (and each
 *       distinct nested List/Map) is held once, with a reference count per stored use, and freed at
 *       zero; the ids are reused, which keeps them small.
 *   <li><b>shape</b> ({@link AttrShapes}): a set's key set (its column ids) is interned; per set
 *       one shape id, packed (0 bits while all sets have the same keys). It replaces per-column
 *       presence bits and makes {@link #size} O(1) and {@link #toMap} O(size of the set).
 *   <li><b>reference count</b> per set, packed: 0 bits while every set has exactly one holder, then
 *       1 to 8 bits; counts from 255 up live in a small side map ({@code TIntIntHashMap}), which
 *       only heavily shared sets (at most one per 255 holders) enter.
 *   <li><b>dedup index</b>: open addressing over set ids, described at {@link #table}.
 *   <li>a stack of free set ids; set ids stay stable, so arrays keep their peak length, but a freed
 *       id is reused before a new one is taken, so storage does not grow under churn, and
 *       everything shrinks back to its initial size when the last set is released.
 * </ul>
 *
 * <h2>Bytes per set</h2>
 *
 * A stored set costs the sum of its values' packed widths, plus its shape id and reference count (0
 * bits while all sets share one shape and have one holder each, about 1 byte otherwise), plus 4
 * bytes of dedup table per slot at a load between 0.5 and 0.75 (5.3 to 8 bytes; see {@link
 * #grownTableLength}; sets created since the table was last searched are not in it yet and cost
 * nothing there), plus the growth slack of the arrays (they grow by a quarter: up to 20%, about 11%
 * on average). Strings and nested values are counted once per distinct value. Measured with {@link
 * #footprintBytes} (which agrees with JOL's {@code GraphLayout} to within 0.1% on these workloads)
 * for 50,000 unique sets, see {@code AttributeSetsMemoryTest}:
 *
 * <ul>
 *   <li>{id: long 0..49,999, score: random double, active: boolean, category: 1 of 7 strings,
 *       status: 1 of 3 strings}: 16 + 64 + 1 + 4 + 4 bits = 11.1 bytes of values, <b>17.9 bytes per
 *       set</b> in all (24.1 when the ids are random 64-bit longs);
 *   <li>{weight: random double, kind: 1 of 4 strings, since: 2000..2024}: 64 + 2 + 8 bits = 9.3
 *       bytes of values, <b>15.9 bytes per set</b>;
 *   <li>10,000 elements holding equal {type, status, level} maps share one set: 1.2 KB above an
 *       empty store (<b>0.12 bytes per element</b>; an empty store is about 1.4 KB).
 * </ul>
 *
 * The element's own 4-byte set id is the backend's.
 *
 * <h2>Threads</h2>
 *
 * Writes ({@link #intern}, {@link #withAll}, {@link #without}, {@link #retain}, {@link #release})
 * must be exclusive. Reads ({@link #value}, {@link #toMap}, {@link #size}, {@link #forEach}, {@link
 * #liveSets}, {@link #footprintBytes}) modify nothing (no caches, no reordering) and may run
 * concurrently with each other.
 *
 * <p>Values are those of the API's normalized maps (Boolean, Long, Double, String, immutable
 * List/Map of these); they are not validated here. Returned values are the stored objects or equal
 * ones of the same type (Long stays Long; Double equality is {@link Double#equals}).
 */
final class AttributeSets {
    /** The empty set: never stored, never counted. */
    static final int EMPTY = 0;

    /** A packed reference count of this value means "255 or more, see {@link #bigRefs}". */
    private static final int SATURATED = 255;

    private static final int MIN_TABLE = 16;

    private final int expectedSets;

    private final HashMap<String, AttrKey> keys = new HashMap<>();

    /**
     * The last key found by {@link #keyFor}, matched by the identity of its name (the {@code
     * String} it was created with, which a literal key in the caller's code is): a loop reading one
     * attribute of every element then skips the map. Written by readers without synchronization,
     * which is safe because it is one reference to an object whose name is final, and a stale one
     * only misses; written only when the key found differs, so a reader allocates nothing and
     * rarely writes; cleared when its key is removed, so it never names a key that is gone.
     */
    private AttrKey lastKey;

    private AttrColumn[] columns = new AttrColumn[8];
    private int columnHighWater;
    private int[] freeColumns = new int[0];
    private int freeColumnCount;

    private final AttrShapes shapes = new AttrShapes();
    private final AttrPool strings = new AttrPool();
    private final AttrPool nested = new AttrPool();

    /** Per set id: its shape. */
    private AttrPacked shapeOf;

    /** Per set id: its reference count, 0 for a free id, {@link #SATURATED} for 255 and more. */
    private AttrPacked refs;

    /** Reference counts of {@link #SATURATED} and more; null until needed. */
    private TIntIntHashMap bigRefs;

    /** The next never-used set id (ids start at 1). */
    private int highWater = 1;

    private int[] freeSets = new int[0];
    private int freeSetCount;
    private int live;

    /**
     * The dedup index: open addressing with linear probing over set ids, at most 3/4 full, home
     * slot from the high bits of the set's content hash. Each slot is one int (0 = empty, set ids
     * start at 1) with three fields, from low to high:
     *
     * <ul>
     *   <li>the set id, in {@link #idBits} bits (ids stay below the capacity, see {@link
     *       #ensureDedupRoom});
     *   <li>the entry's distance from its home slot, in up to 5 bits ({@link #distMax} meaning
     *       "that or more, recompute"): deletion shifts the rest of the cluster back without
     *       recomputing the content hash of the entries it moves, and a lookup skips entries whose
     *       distance differs from its own probe distance (they have another home);
     *   <li>the low bits of the content hash as a tag in the bits left (15 bits in a table for
     *       50,000 sets, 6 for 2 million), so a probe rejects almost every other set without
     *       touching its columns.
     * </ul>
     *
     * <p>Why hand-written: a set has no object and no stored hash; its content lives in the
     * columns, so the table must hash and compare set ids by that external content (and compare a
     * candidate set against a map that has not been stored yet). Trove's and the JDK's maps hash
     * their keys themselves ({@code hashCode}/{@code equals}, or a hashing strategy over a key
     * object) and would need either a key object per set or a stored hash per set (4 more bytes per
     * set); packing id, distance and tag into one int keeps the index at 4 bytes per slot. The
     * price is that growing the table recomputes every set's hash from its columns; see {@link
     * #reinsertAll} for how that is kept cache-friendly (it allocates 16 transient bytes per live
     * set while it runs, and keeps nothing).
     */
    private int[] table;

    /**
     * Live sets with ids from here to {@link #highWater} are not in {@link #table} yet: a set
     * created without a lookup (certainly new, or right after one) is indexed only when the table
     * is next searched or grown, and then in bulk, region by region ({@link #flushUnindexed}).
     * Interning a run of new sets, as building a graph does, then writes no random table slot per
     * set. Every other live set is in the table.
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

    // Write buffer for the set being built (writes only; readers never touch it).
    private int n;
    private boolean certainlyNew;
    private AttrKey[] bufKey = new AttrKey[8];
    private String[] bufName = new String[8];
    private int[] bufKind = new int[8];
    private int[] bufColumn = new int[8];
    private long[] bufPayload = new long[8];
    private Object[] bufObject = new Object[8];

    AttributeSets() {
        this(0);
    }

    /**
     * @param expectedSets how many distinct sets to size the arrays for (0 for small defaults)
     */
    AttributeSets(int expectedSets) {
        this.expectedSets = Math.max(0, expectedSets);
        initSets();
    }

    private void initSets() {
        shapeOf = new AttrPacked(expectedSets + 1);
        refs = new AttrPacked(expectedSets + 1);
        bigRefs = null;
        highWater = 1;
        unindexedFrom = 1;
        freeSets = new int[0];
        freeSetCount = 0;
        setTable(
                Math.max(
                        MIN_TABLE,
                        (int) Math.min(Integer.MAX_VALUE - 16, expectedSets * 4L / 3 + 2)));
    }

    // ------------------------------------------------------------------------------------------
    // Writes

    /**
     * The set with this content, with one more reference; {@link #EMPTY} (no count) for an empty
     * map.
     */
    int intern(Map<String, Object> attributes) {
        if (attributes.isEmpty()) {
            return EMPTY;
        }
        begin(attributes.size());
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            addValue(e.getKey(), e.getValue());
        }
        return findOrCreate();
    }

    /**
     * The set {@code set} overridden by {@code changes}, with one more reference. Does not release
     * {@code set} (the caller does, once the element points at the result).
     */
    int withAll(int set, Map<String, Object> changes) {
        if (changes.isEmpty()) {
            retain(set);
            return set;
        }
        if (set == EMPTY) {
            return intern(changes);
        }
        begin(size(set) + changes.size());
        loadBase(set, -1, true);
        try {
            for (Map.Entry<String, Object> e : changes.entrySet()) {
                addValue(e.getKey(), e.getValue());
            }
        } finally {
            for (int i = 0; i < n; i++) {
                if (bufKey[i] != null) {
                    bufKey[i].mark = 0;
                }
            }
        }
        return findOrCreate();
    }

    /**
     * The set {@code set} without {@code key}, with one more reference ({@code set} itself if it
     * lacks the key).
     */
    int without(int set, String key) {
        if (set == EMPTY) {
            return EMPTY;
        }
        AttrColumn column = columnOf(set, key);
        if (column == null) {
            incRef(set);
            return set;
        }
        begin(size(set));
        loadBase(set, column.id, false);
        return findOrCreate();
    }

    /** One more reference (no-op for {@link #EMPTY}). */
    void retain(int set) {
        if (set != EMPTY) {
            incRef(set);
        }
    }

    /**
     * One reference less; at zero the set is freed and its id reused (no-op for {@link #EMPTY}).
     */
    void release(int set) {
        if (set != EMPTY && decRef(set)) {
            freeSet(set);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Reads (no mutation)

    /** The value of {@code key} in {@code set}, or null. */
    Object value(int set, String key) {
        if (set == EMPTY) {
            return null;
        }
        AttrColumn column = columnOf(set, key);
        return column == null ? null : decode(column, column.payload(set));
    }

    /**
     * {@code set}'s value for {@code key} if it is a long, unboxed; otherwise {@code otherwise}.
     */
    long longValue(int set, String key, long otherwise) {
        if (set == EMPTY) {
            return otherwise;
        }
        AttrColumn column = columnOf(set, key);
        return column == null || column.kind != AttrColumn.LONG ? otherwise : column.payload(set);
    }

    /** Whether {@code set} has {@code key}. */
    boolean containsKey(int set, String key) {
        return set != EMPTY && columnOf(set, key) != null;
    }

    /** An immutable snapshot of {@code set}'s content ({@code Map.of()} for {@link #EMPTY}). */
    Map<String, Object> toMap(int set) {
        if (set == EMPTY) {
            return Map.of();
        }
        int[] cs = shapes.columns((int) shapeOf.get(set));
        switch (cs.length) {
            case 1:
                return Map.of(name(cs[0]), val(cs[0], set));
            case 2:
                return Map.of(name(cs[0]), val(cs[0], set), name(cs[1]), val(cs[1], set));
            case 3:
                return Map.of(
                        name(cs[0]),
                        val(cs[0], set),
                        name(cs[1]),
                        val(cs[1], set),
                        name(cs[2]),
                        val(cs[2], set));
            case 4:
                return Map.of(
                        name(cs[0]),
                        val(cs[0], set),
                        name(cs[1]),
                        val(cs[1], set),
                        name(cs[2]),
                        val(cs[2], set),
                        name(cs[3]),
                        val(cs[3], set));
            default:
                @SuppressWarnings("unchecked")
                Map.Entry<String, Object>[] entries = new Map.Entry[cs.length];
                for (int i = 0; i < cs.length; i++) {
                    entries[i] = Map.entry(name(cs[i]), val(cs[i], set));
                }
                return Map.ofEntries(entries);
        }
    }

    /** Passes each key and value of {@code set} to {@code action} (in column order). */
    void forEach(int set, BiConsumer<String, Object> action) {
        if (set == EMPTY) {
            return;
        }
        for (int c : shapes.columns((int) shapeOf.get(set))) {
            action.accept(name(c), val(c, set));
        }
    }

    /** Number of keys of {@code set}. */
    int size(int set) {
        return set == EMPTY ? 0 : shapes.columns((int) shapeOf.get(set)).length;
    }

    /** Distinct stored sets with at least one reference. */
    int liveSets() {
        return live;
    }

    /** The reference count of {@code set} (0 for {@link #EMPTY} or a free id). */
    int refCount(int set) {
        if (set <= EMPTY || set >= highWater) {
            return 0;
        }
        int r = (int) refs.get(set);
        return r == SATURATED ? bigRefs.get(set) : r;
    }

    /**
     * An estimate of the bytes held by this storage: every array by its allocated length, every
     * helper object by its fields, and the pooled strings and nested values themselves (including
     * the key strings), sized by {@link io.gli.spi.ObjectSizes} for the running JVM; pooled values
     * are walked, each object counted once; the {@code HashMap} of keys at 32 bytes per entry plus
     * its table; the Trove side map by its capacity. Strings that the caller also holds are counted
     * here too.
     */
    long footprintBytes() {
        long b = TableMath.object(4 * 16 + 4 * 8);
        int keyTable = 16;
        while (keyTable * 3L < keys.size() * 4L) {
            keyTable <<= 1;
        }
        b += TableMath.object(4 * 6) + TableMath.arrayBytes(keyTable, TableMath.REF);
        for (AttrKey k : keys.values()) {
            b += 32 + AttrKey.footprintBytes(k) + TableMath.stringBytes(k.name);
        }
        b += TableMath.bytes(columns) + TableMath.bytes(freeColumns);
        for (int i = 0; i < columnHighWater; i++) {
            if (columns[i] != null) {
                b += columns[i].footprintBytes();
            }
        }
        b += shapes.footprintBytes() + strings.footprintBytes() + nested.footprintBytes();
        b +=
                shapeOf.footprintBytes()
                        + refs.footprintBytes()
                        + TableMath.bytes(freeSets)
                        + TableMath.bytes(table);
        if (bigRefs != null) {
            b +=
                    TableMath.object(40)
                            + 3 * 16L
                            + io.gli.spi.ObjectSizes.align(9L * bigRefs.capacity());
        }
        b +=
                TableMath.bytes(bufKey)
                        + TableMath.bytes(bufName)
                        + TableMath.bytes(bufKind)
                        + TableMath.bytes(bufColumn)
                        + TableMath.bytes(bufPayload)
                        + TableMath.bytes(bufObject);
        return b;
    }

    // ------------------------------------------------------------------------------------------
    // Columns: one key across many sets

    /** A reader of {@code key} across sets, for a column view: valid until the next write. */
    KeyReader reader(String key) {
        return new KeyReader(keys.get(key));
    }

    /**
     * Reads one key of any set through what a column view needs: the kind a set has the key in (by
     * its shape, looked up in a table made once per reader, since shapes are few) and the payload
     * in that kind's {@link AttrColumn}. Captures the current arrays; a write may replace or change
     * them, which the column's user detects (see {@code io.gli.spi.StoreColumn}).
     */
    final class KeyReader {
        /** Per shape id: the {@code StoreColumn} kind of the key in it (0: absent). */
        private final byte[] kindByShape;

        private final AttrColumn[] byKind = new AttrColumn[AttrColumn.KINDS];
        private final AttrPacked shapeIds;

        /**
         * The one kind every live shape has the key in, or -1: then presence needs no shape lookup.
         */
        final int uniformKind;

        private KeyReader(AttrKey key) {
            this.shapeIds = shapeOf;
            int shapeCount = shapes.highWater();
            kindByShape = new byte[shapeCount];
            int uniform = -2;
            if (key != null) {
                System.arraycopy(key.byKind, 0, byKind, 0, AttrColumn.KINDS);
            }
            for (int shape = 0; shape < shapeCount; shape++) {
                if (!shapes.isLive(shape)) {
                    continue;
                }
                int kind = 0;
                for (int k = 0; k < AttrColumn.KINDS; k++) {
                    if (byKind[k] != null && shapes.has(shape, byKind[k].id)) {
                        kind = k + 1;
                        break;
                    }
                }
                kindByShape[shape] = (byte) kind;
                uniform = uniform == -2 || uniform == kind ? kind : -1;
            }
            uniformKind = uniform == -2 || uniform == 0 ? -1 : uniform;
        }

        /**
         * The kind of the key in {@code set}, numbered as {@code StoreColumn} does: 0 if absent,
         * else column kind + 1.
         */
        int kind(int set) {
            return set == EMPTY ? 0 : kindByShape[(int) shapeIds.get(set)];
        }

        /** The column of a column kind ({@link AttrColumn#LONG} ...), or null. */
        AttrColumn column(int columnKind) {
            return byKind[columnKind];
        }

        /** The value of the key in {@code set}, which has it in column kind {@code columnKind}. */
        Object value(int set, int columnKind) {
            AttrColumn c = byKind[columnKind];
            return decode(c, c.payload(set));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Building a set in the write buffer

    private void begin(int capacity) {
        n = 0;
        certainlyNew = false;
        if (capacity > bufKey.length) {
            int len = Math.max(capacity, bufKey.length * 2);
            bufKey = new AttrKey[len];
            bufName = new String[len];
            bufKind = new int[len];
            bufColumn = new int[len];
            bufPayload = new long[len];
            bufObject = new Object[len];
        }
    }

    /** Copies {@code set} into the buffer, except column {@code skip}; marks its keys if asked. */
    private void loadBase(int set, int skip, boolean mark) {
        for (int c : shapes.columns((int) shapeOf.get(set))) {
            if (c == skip) {
                continue;
            }
            AttrColumn col = columns[c];
            int i = n++;
            bufKey[i] = col.key;
            bufName[i] = col.key.name;
            bufKind[i] = col.kind;
            bufColumn[i] = c;
            bufPayload[i] = col.payload(set);
            bufObject[i] = null;
            if (mark) {
                col.key.mark = i + 1;
            }
        }
    }

    /**
     * Adds (or, for a marked key, replaces) one entry, resolving its column and payload if they
     * exist.
     */
    private void addValue(String name, Object value) {
        AttrKey key = keyFor(name);
        int kind = AttrColumn.kindOf(value);
        int column = -1;
        if (key != null && key.byKind[kind] != null) {
            column = key.byKind[kind].id;
        } else {
            certainlyNew = true;
        }
        long payload;
        Object object = null;
        switch (kind) {
            case AttrColumn.LONG:
                payload = (Long) value;
                break;
            case AttrColumn.DOUBLE:
                payload = Double.doubleToLongBits((Double) value);
                break;
            case AttrColumn.BOOLEAN:
                payload = ((Boolean) value) ? 1 : 0;
                break;
            case AttrColumn.STRING:
                object = value;
                payload = strings.find(value);
                break;
            default:
                object = value;
                payload = nested.find(value);
                break;
        }
        if (object != null && payload < 0 || column >= 0 && !key.byKind[kind].mayHold(payload)) {
            certainlyNew = true; // a value no set holds: no set can equal this one
        }
        int i;
        if (key != null && key.mark != 0) {
            i = key.mark - 1;
        } else {
            i = n++;
            if (i == bufKey.length) {
                int len = bufKey.length * 2;
                bufKey = Arrays.copyOf(bufKey, len);
                bufName = Arrays.copyOf(bufName, len);
                bufKind = Arrays.copyOf(bufKind, len);
                bufColumn = Arrays.copyOf(bufColumn, len);
                bufPayload = Arrays.copyOf(bufPayload, len);
                bufObject = Arrays.copyOf(bufObject, len);
            }
        }
        bufKey[i] = key;
        bufName[i] = name;
        bufKind[i] = kind;
        bufColumn[i] = column;
        bufPayload[i] = payload;
        bufObject[i] = object;
    }

    /** The id of the buffer's content, found or stored, with one more reference. */
    private int findOrCreate() {
        try {
            if (n == 0) {
                return EMPTY;
            }
            if (!certainlyNew) {
                int shapeHash = 0;
                for (int i = 0; i < n; i++) {
                    shapeHash = AttrShapes.addToHash(shapeHash, bufColumn[i]);
                }
                int shape = shapes.find(bufColumn, n, shapeHash);
                if (shape >= 0) {
                    long sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += entryHash(bufColumn[i], bufPayload[i]);
                    }
                    flushUnindexed();
                    int found = dedupFind(finish(sum), shape);
                    if (found != EMPTY) {
                        incRef(found);
                        return found;
                    }
                }
            }
            return create();
        } finally {
            // One loop for the three: a set has few entries, and three fill calls cost more here.
            for (int i = 0; i < n; i++) {
                bufKey[i] = null;
                bufName[i] = null;
                bufObject[i] = null;
            }
        }
    }

    /** Stores the buffer's content (known to be new) as a set with one reference. */
    private int create() {
        for (int i = 0; i < n; i++) {
            if (bufColumn[i] < 0) {
                bufColumn[i] = column(bufKey[i], bufName[i], bufKind[i]).id;
            }
            int kind = bufKind[i];
            if (kind == AttrColumn.STRING || kind == AttrColumn.NESTED) {
                AttrPool pool = kind == AttrColumn.STRING ? strings : nested;
                if (bufPayload[i] < 0) {
                    bufPayload[i] = pool.intern(bufObject[i]);
                } else {
                    pool.retain((int) bufPayload[i]);
                }
            }
        }
        int shape = shapes.intern(bufColumn, n);
        int id = allocSetId();
        shapeOf.set(id, shape);
        refs.set(id, 1);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            columns[bufColumn[i]].put(id, bufPayload[i], highWater);
            sum += entryHash(bufColumn[i], bufPayload[i]);
        }
        live++;
        if (id < unindexedFrom) {
            // A reused id: indexed at once (a new id waits for the next flush, see unindexedFrom).
            if (!ensureDedupRoom(indexed + 1)) {
                dedupInsert(finish(sum), id);
            }
        }
        return id;
    }

    // ------------------------------------------------------------------------------------------
    // Columns, ids, reference counts

    /**
     * The column through which the live {@code set} has {@code key}, or null. A column that every
     * live set has (the common case of a key all elements carry, in one type) answers without
     * reading the set's shape: one cache miss less per point read.
     */
    private AttrColumn columnOf(int set, String key) {
        AttrKey k = keyFor(key);
        if (k == null) {
            return null;
        }
        int shape = -1;
        AttrColumn[] byKind = k.byKind;
        for (int kind = 0; kind < AttrColumn.KINDS; kind++) {
            AttrColumn c = byKind[kind];
            if (c == null) {
                continue;
            }
            if (c.count == live) {
                return c;
            }
            if (shape < 0) {
                shape = (int) shapeOf.get(set);
            }
            if (shapes.has(shape, c.id)) {
                return c;
            }
        }
        return null;
    }

    private String name(int column) {
        return columns[column].key.name;
    }

    private Object val(int column, int set) {
        AttrColumn c = columns[column];
        return decode(c, c.payload(set));
    }

    private Object decode(AttrColumn column, long payload) {
        switch (column.kind) {
            case AttrColumn.LONG:
                return Long.valueOf(payload);
            case AttrColumn.DOUBLE:
                return Double.valueOf(Double.longBitsToDouble(payload));
            case AttrColumn.BOOLEAN:
                return Boolean.valueOf(payload != 0);
            case AttrColumn.STRING:
                return strings.get((int) payload);
            default:
                return nested.get((int) payload);
        }
    }

    /** The column for {@code key}/{@code name} and {@code kind}, created if missing. */
    private AttrColumn column(AttrKey key, String name, int kind) {
        if (key == null) {
            key = keys.get(name);
            if (key == null) {
                key = new AttrKey(name);
                keys.put(name, key);
            }
        }
        AttrColumn c = key.byKind[kind];
        if (c != null) {
            return c;
        }
        int id;
        if (freeColumnCount > 0) {
            id = freeColumns[--freeColumnCount];
        } else {
            id = columnHighWater++;
            if (id == columns.length) {
                columns = Arrays.copyOf(columns, TableMath.grow(columns.length, id + 1));
            }
        }
        c = new AttrColumn(key, kind, id);
        columns[id] = c;
        key.byKind[kind] = c;
        key.columns++;
        return c;
    }

    /** The key named {@code name}, or null. */
    private AttrKey keyFor(String name) {
        AttrKey last = lastKey;
        if (last != null && last.name == name) {
            return last;
        }
        AttrKey key = keys.get(name);
        if (key != null && key != last) {
            lastKey = key;
        }
        return key;
    }

    private void dropColumn(AttrColumn c) {
        columns[c.id] = null;
        AttrKey key = c.key;
        key.byKind[c.kind] = null;
        if (--key.columns == 0) {
            keys.remove(key.name);
            lastKey = null;
        }
        if (freeColumnCount == freeColumns.length) {
            freeColumns =
                    Arrays.copyOf(
                            freeColumns, TableMath.grow(freeColumns.length, freeColumnCount + 1));
        }
        freeColumns[freeColumnCount++] = c.id;
    }

    /** Switches a column that has become mostly empty to its sparse layout. */
    private void makeSparse(AttrColumn c) {
        int[] holders = new int[c.count];
        int k = 0;
        for (int s = 1; s < highWater && k < holders.length; s++) {
            if (refs.get(s) != 0 && shapes.has((int) shapeOf.get(s), c.id)) {
                holders[k++] = s;
            }
        }
        c.toSparse(holders, k, highWater);
    }

    private int allocSetId() {
        if (freeSetCount > 0) {
            return freeSets[--freeSetCount];
        }
        int id = highWater++;
        shapeOf.ensureCapacity(highWater);
        refs.ensureCapacity(highWater);
        return id;
    }

    private void incRef(int set) {
        int r = (int) refs.get(set);
        if (r == 0) {
            throw new IllegalStateException("attribute set " + set + " is not live");
        }
        if (r < SATURATED - 1) {
            refs.set(set, r + 1);
        } else if (r == SATURATED - 1) {
            if (bigRefs == null) {
                bigRefs = new TIntIntHashMap(8, 0.5f, 0, 0);
            }
            bigRefs.put(set, SATURATED);
            refs.set(set, SATURATED);
        } else {
            bigRefs.adjustValue(set, 1);
        }
    }

    /** Drops one reference; returns whether it was the last. */
    private boolean decRef(int set) {
        int r = set > EMPTY && set < highWater ? (int) refs.get(set) : 0;
        if (r == 0) {
            throw new IllegalStateException("attribute set " + set + " is not live");
        }
        if (r == SATURATED) {
            int count = bigRefs.get(set) - 1;
            if (count < SATURATED) {
                bigRefs.remove(set);
                refs.set(set, count);
            } else {
                bigRefs.put(set, count);
            }
            return false;
        }
        refs.set(set, r - 1);
        return r == 1;
    }

    private void freeSet(int set) {
        if (set < unindexedFrom) {
            dedupRemove(storedHash(set), set);
            indexed--;
        }
        int shape = (int) shapeOf.get(set);
        for (int c : shapes.columns(shape)) {
            AttrColumn col = columns[c];
            long payload = col.payload(set);
            col.remove(set);
            if (col.kind == AttrColumn.STRING) {
                strings.release((int) payload);
            } else if (col.kind == AttrColumn.NESTED) {
                nested.release((int) payload);
            }
            if (col.count == 0) {
                dropColumn(col);
            } else if (col.shouldBecomeSparse()) {
                makeSparse(col);
            }
        }
        shapes.release(shape);
        live--;
        if (live == 0) {
            // Everything is gone: give back the per-set arrays and the table.
            initSets();
            columns = new AttrColumn[8];
            columnHighWater = 0;
            freeColumns = new int[0];
            freeColumnCount = 0;
            if (bufKey.length > 8) {
                bufKey = new AttrKey[8];
                bufName = new String[8];
                bufKind = new int[8];
                bufColumn = new int[8];
                bufPayload = new long[8];
                bufObject = new Object[8];
            }
            return;
        }
        if (freeSetCount == freeSets.length) {
            freeSets = Arrays.copyOf(freeSets, TableMath.grow(freeSets.length, freeSetCount + 1));
        }
        freeSets[freeSetCount++] = set;
    }

    // ------------------------------------------------------------------------------------------
    // Content hash and the dedup index

    /** The hash contribution of one value: order-independent sum over the set's columns. */
    private static long entryHash(int column, long payload) {
        return TableMath.mix64(payload ^ ((column + 1L) * 0x9E3779B97F4A7C15L));
    }

    private static int finish(long sum) {
        long z = TableMath.mix64(sum);
        return (int) (z ^ (z >>> 32));
    }

    /** The content hash of a stored set, recomputed from its columns. */
    private int storedHash(int set) {
        long sum = 0;
        for (int c : shapes.columns((int) shapeOf.get(set))) {
            sum += entryHash(c, columns[c].payload(set));
        }
        return finish(sum);
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
     * if a set id in use would not fit in {@link #idBits} (ids below {@link #highWater}), the table
     * grows and every live set is indexed anew, and this returns true (nothing is then left to
     * insert). The table grows only when sets are indexed, so a run of new sets that nothing looks
     * up grows it once, at the next lookup, instead of step by step.
     */
    private boolean ensureDedupRoom(int entries) {
        if ((long) entries * 4 <= (long) table.length * 3 && highWater <= table.length) {
            return false;
        }
        setTable(grownTableLength(entries));
        reinsertAll();
        return true;
    }

    /**
     * The dedup table's next length. Growing rehashes every set (from its columns), so the factor
     * trades memory for that work: doubling while the table is small (at most 256 KB, where its
     * memory is negligible and a graph is being built in a hurry), by half beyond: about two
     * rehashes per set over a table's growth instead of four at a quarter, for a load between 1/2
     * and 3/4 (5.3 to 8 bytes per set).
     */
    private int grownTableLength(int entries) {
        long needed = Math.max(entries * 4L / 3 + 2, highWater + 1L);
        long next =
                table.length < SMALL_TABLE ? 2L * table.length : table.length + (table.length >> 1);
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(needed, next));
    }

    private static final int SMALL_TABLE = 1 << 16;

    /** Below this many live sets the table fits in cache and is refilled in id order. */
    private static final int SORTED_REHASH_MIN = 1 << 14;

    /** New-table slots per bucket of the sorted rehash (2 KB of table: a few cache lines). */
    private static final int REHASH_BUCKET_SLOTS = 512;

    /**
     * Fills the new, empty {@link #table} with every live set. Why not simply in id order: the
     * table grows by a quarter at a time (for memory), so over n interns it is refilled about 4n
     * times; inserted in id order every insert writes a random slot, and with a table larger than
     * the caches those cache misses were over half the cost of interning a million unique sets.
     * Hashes cannot be kept per slot (4 more bytes per set), so large tables are refilled in three
     * cache-friendly passes instead: the content hashes are computed in id order (the columns are
     * read sequentially), the (hash, id) pairs are bucket-sorted by their home region of the new
     * table (the home is monotone in the hash), and then inserted region by region, so the table is
     * written almost sequentially. The two pair arrays (16 bytes per live set) are transient;
     * nothing is retained.
     */
    private void reinsertAll() {
        insertLive(1, live);
    }

    /** Indexes the live sets created since the table was last searched or grown. */
    private void flushUnindexed() {
        if (unindexedFrom < highWater) {
            int count = 0;
            for (int s = unindexedFrom; s < highWater; s++) {
                if (refs.get(s) != 0) {
                    count++;
                }
            }
            if (!ensureDedupRoom(indexed + count)) {
                insertLive(unindexedFrom, count);
            }
        }
    }

    /**
     * Inserts into {@link #table} the {@code count} live sets with ids from {@code from} to {@link
     * #highWater}, none of which it holds; then every live set is indexed.
     */
    private void insertLive(int from, int count) {
        unindexedFrom = highWater;
        if (count < SORTED_REHASH_MIN) {
            for (int s = from; s < highWater; s++) {
                if (refs.get(s) != 0) {
                    dedupInsert(storedHash(s), s);
                }
            }
            return;
        }
        int buckets = Math.max(1, table.length / REHASH_BUCKET_SLOTS);
        int[] next = new int[buckets + 1];
        long[] pairs = new long[count];
        int k = 0;
        for (int s = from; s < highWater; s++) {
            if (refs.get(s) != 0) {
                int h = storedHash(s);
                pairs[k++] = ((long) h << 32) | s;
                next[TableMath.home(h, buckets) + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            next[b + 1] += next[b];
        }
        long[] sorted = new long[count];
        for (int i = 0; i < k; i++) {
            long p = pairs[i];
            sorted[next[TableMath.home((int) (p >>> 32), buckets)]++] = p;
        }
        pairs = null;
        for (int i = 0; i < k; i++) {
            long p = sorted[i];
            dedupInsert((int) (p >>> 32), (int) p);
        }
    }

    /** The stored set with {@code shape} and the buffer's payloads, or {@link #EMPTY}. */
    private int dedupFind(int hash, int shape) {
        int[] t = table;
        int cap = t.length;
        int shift = idBits;
        int dmax = distMax;
        int tag = tagOf(hash);
        int tagMask = tagMask();
        int i = TableMath.home(hash, cap);
        for (int dist = 0; ; dist++) {
            int slot = t[i];
            if (slot == 0) {
                return EMPTY;
            }
            if ((slot & tagMask) == tag && ((slot >>> shift) & dmax) == Math.min(dist, dmax)) {
                int s = slot & idMask;
                if (sameContent(s, shape)) {
                    return s;
                }
            }
            if (++i == cap) {
                i = 0;
            }
        }
    }

    private boolean sameContent(int set, int shape) {
        if ((int) shapeOf.get(set) != shape) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (columns[bufColumn[i]].payload(set) != bufPayload[i]) {
                return false;
            }
        }
        return true;
    }

    private void dedupInsert(int hash, int set) {
        int[] t = table;
        int cap = t.length;
        int i = TableMath.home(hash, cap);
        int dist = 0;
        while (t[i] != 0) {
            dist++;
            if (++i == cap) {
                i = 0;
            }
        }
        t[i] = tagOf(hash) | (Math.min(dist, distMax) << idBits) | set;
        indexed++;
    }

    private void dedupRemove(int hash, int set) {
        int[] t = table;
        int cap = t.length;
        int mask = idMask;
        int i = TableMath.home(hash, cap);
        while ((t[i] & mask) != set) {
            if (t[i] == 0) {
                throw new IllegalStateException(
                        "attribute set " + set + " missing from the dedup index");
            }
            if (++i == cap) {
                i = 0;
            }
        }
        int hole = i;
        int j = i;
        int shift = idBits;
        int dmax = distMax;
        int distField = dmax << shift;
        while (true) {
            if (++j == cap) {
                j = 0;
            }
            int slot = t[j];
            if (slot == 0) {
                break;
            }
            int dist = (slot >>> shift) & dmax;
            if (dist == dmax) {
                dist = Math.floorMod(j - TableMath.home(storedHash(slot & mask), cap), cap);
            }
            // the entry at j may move into the hole unless its home lies cyclically in (hole, j]
            int gap = Math.floorMod(j - hole, cap);
            if (dist >= gap) {
                t[hole] = (slot & ~distField) | (Math.min(dist - gap, dmax) << shift);
                hole = j;
            }
        }
        t[hole] = 0;
    }

    // ------------------------------------------------------------------------------------------
    // Self-check for tests

    /**
     * Verifies every internal invariant (O(total size); for tests): each live set is found in the
     * dedup index by its content and no two live sets have equal content; column, shape and pool
     * reference counts match the live sets; free ids are exactly the unused ones.
     */
    void checkInvariants() {
        int[] columnCounts = new int[columnHighWater];
        HashMap<Integer, Integer> shapeCounts = new HashMap<>();
        HashMap<Integer, Integer> stringRefs = new HashMap<>();
        HashMap<Integer, Integer> nestedRefs = new HashMap<>();
        HashMap<Map<String, Object>, Integer> contents = new HashMap<>();
        int liveCount = 0;
        boolean[] isFree = new boolean[highWater];
        boolean[] inTable = new boolean[highWater];
        for (int slot : table) {
            int id = slot & idMask;
            if (slot != 0 && id < highWater) {
                inTable[id] = true;
            }
        }
        for (int i = 0; i < freeSetCount; i++) {
            int f = freeSets[i];
            check(f > 0 && f < highWater && !isFree[f], "bad free id " + f);
            isFree[f] = true;
        }
        for (int s = 1; s < highWater; s++) {
            int r = refCount(s);
            check(r >= 0, "negative count");
            check((r == 0) == isFree[s], "set " + s + " refs " + r + " but free=" + isFree[s]);
            if (r == 0) {
                continue;
            }
            liveCount++;
            int shape = (int) shapeOf.get(s);
            shapeCounts.merge(shape, 1, Integer::sum);
            int[] cs = shapes.columns(shape);
            check(cs.length > 0, "empty set stored");
            HashMap<String, Object> content = new HashMap<>();
            long sum = 0;
            for (int c : cs) {
                AttrColumn col = columns[c];
                check(col != null && col.id == c, "column " + c + " missing");
                columnCounts[c]++;
                long p = col.payload(s);
                if (col.kind == AttrColumn.STRING) {
                    stringRefs.merge((int) p, 1, Integer::sum);
                } else if (col.kind == AttrColumn.NESTED) {
                    nestedRefs.merge((int) p, 1, Integer::sum);
                }
                check(content.put(col.key.name, decode(col, p)) == null, "key twice in set " + s);
                check(keys.get(col.key.name) == col.key, "key not registered");
                sum += entryHash(c, p);
            }
            Integer other = contents.put(content, s);
            check(other == null, "sets " + other + " and " + s + " have equal content");
            // the set must be reachable from its home slot, unless it is not indexed yet
            int h = finish(sum);
            if (s >= unindexedFrom) {
                check(!inTable[s], "unindexed set " + s + " in the dedup index");
                continue;
            }
            int i = TableMath.home(h, table.length);
            boolean found = false;
            for (int dist = 0; table[i] != 0; dist++) {
                if ((table[i] & idMask) == s) {
                    check((table[i] & tagMask()) == tagOf(h), "bad tag for set " + s);
                    check(
                            ((table[i] >>> idBits) & distMax) == Math.min(dist, distMax),
                            "bad distance for set " + s);
                    found = true;
                    break;
                }
                i = i + 1 == table.length ? 0 : i + 1;
            }
            check(found, "set " + s + " not found in the dedup index");
        }
        check(liveCount == live, "live count " + live + " but " + liveCount + " sets live");
        int slots = 0;
        for (int slot : table) {
            if (slot != 0) {
                slots++;
                int s = slot & idMask;
                check(s > 0 && s < highWater && refCount(s) > 0, "table holds dead set " + s);
            }
        }
        int unindexed = 0;
        for (int s = unindexedFrom; s < highWater; s++) {
            if (refCount(s) > 0) {
                unindexed++;
            }
        }
        check(
                slots == live - unindexed,
                "table holds "
                        + slots
                        + " sets, "
                        + live
                        + " live, "
                        + unindexed
                        + " not indexed yet");
        check(slots == indexed, "table holds " + slots + " sets, counted " + indexed);
        int liveColumns = 0;
        for (int c = 0; c < columnHighWater; c++) {
            AttrColumn col = columns[c];
            if (col == null) {
                check(columnCounts[c] == 0, "dropped column " + c + " in use");
                continue;
            }
            liveColumns++;
            check(
                    col.count == columnCounts[c] && col.count > 0,
                    "column "
                            + col.key.name
                            + " count "
                            + col.count
                            + ", used by "
                            + columnCounts[c]);
            check(col.key.byKind[col.kind] == col, "column not linked from its key");
        }
        int keyColumns = 0;
        for (AttrKey k : keys.values()) {
            int m = 0;
            for (AttrColumn c : k.byKind) {
                if (c != null) {
                    m++;
                }
            }
            check(m == k.columns && m > 0, "key " + k.name + " column count");
            check(k.mark == 0, "key " + k.name + " left marked");
            keyColumns += m;
        }
        check(keyColumns == liveColumns, "keys and columns disagree");
        check(
                shapes.size() == shapeCounts.size(),
                "shapes " + shapes.size() + " but " + shapeCounts.size() + " used");
        shapeCounts.forEach(
                (shape, count) ->
                        check(shapes.refCount(shape) == count, "shape " + shape + " count"));
        check(
                strings.size() == stringRefs.size(),
                "string pool holds " + strings.size() + ", " + stringRefs.size() + " used");
        stringRefs.forEach(
                (id, count) -> check(strings.refCount(id) == count, "string " + id + " count"));
        check(
                nested.size() == nestedRefs.size(),
                "nested pool holds " + nested.size() + ", " + nestedRefs.size() + " used");
        nestedRefs.forEach(
                (id, count) -> check(nested.refCount(id) == count, "nested " + id + " count"));
    }

    /** Distinct strings pooled (for tests and profiles). */
    int pooledStrings() {
        return strings.size();
    }

    /** Distinct nested values pooled (for tests and profiles). */
    int pooledNestedValues() {
        return nested.size();
    }

    /** Number of live columns (key and value type pairs). */
    int columnCount() {
        int m = 0;
        for (int c = 0; c < columnHighWater; c++) {
            if (columns[c] != null) {
                m++;
            }
        }
        return m;
    }

    /**
     * Whether the column of {@code key} with the type of {@code sample} uses its dense layout (for
     * tests).
     */
    boolean isDense(String key, Object sample) {
        AttrKey k = keys.get(key);
        AttrColumn c = k == null ? null : k.byKind[AttrColumn.kindOf(sample)];
        if (c == null) {
            throw new IllegalArgumentException("no column " + key);
        }
        return c.isDense();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
