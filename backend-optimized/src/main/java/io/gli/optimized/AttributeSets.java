package io.gli.optimized;

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
 * Nothing is stored per set as an object. A set is its id's entries in a few arrays, each held by
 * the class of its concept; this class holds only the shape of each set and the set ids, and
 * sequences the others:
 *
 * <ul>
 *   <li><b>columns</b> ({@link AttrColumnRegistry}, {@link AttrColumn}): one per attribute key and
 *       value type, holding that key's values for all sets, indexed by set id, each value as a
 *       64-bit payload ({@link AttrValues}) packed as narrowly as the column's values allow ({@link
 *       AttrPacked}): a long column 8/16/32/64 bits by the range of its values, a double column 32
 *       bits while every value is float-exact and 64 otherwise, a boolean 1 bit, a string or nested
 *       value its id in a pool; a column whose values are all equal costs 0 bits. A key whose
 *       values mix types gets one column per type (nothing is boxed). A key few sets have is kept
 *       in a sparse map instead (about 20 bytes per entry).
 *   <li><b>string and nested-value pools</b> ({@link AttrValues}, {@link AttrPool}): each distinct
 *       value held once, reference-counted, ids reused, which keeps them small.
 *   <li><b>shape</b> per set ({@link AttrShapes}, and {@link #shapeOf} here): a set's key set is
 *       interned; per set one shape id, packed (0 bits while all sets have the same keys). It makes
 *       {@link #size} O(1) and {@link #toMap} O(size of the set).
 *   <li><b>reference count</b> per set ({@link AttrSetRefs}): 0 bits while every set has exactly
 *       one holder, then 1 to 8 bits.
 *   <li><b>dedup index</b> ({@link AttrSetIndex}): 4 bytes per slot, content hashed from the
 *       columns.
 *   <li><b>set ids</b> ({@link FreeIds}): a freed id is reused before a new one is taken, so
 *       storage does not grow under churn; everything shrinks back to its initial size when the
 *       last set is released.
 *   <li>the write buffer in which a set is built ({@link AttrSetBuilder}), a constant.
 * </ul>
 *
 * <h2>Bytes per set</h2>
 *
 * A stored set costs the sum of its values' packed widths, plus its shape id and reference count (0
 * bits while all sets share one shape and have one holder each, about 1 byte otherwise), plus 5.3
 * to 8 bytes of dedup table once it is indexed (a set that nothing has looked up yet is not), plus
 * the growth slack of the arrays (they grow by a quarter: up to 20%, about 11% on average). Strings
 * and nested values are counted once per distinct value. {@link #footprintBytes} over an empty
 * store (1.5 KB) for 50,000 sets, as {@code AttributeSetsMemoryTest} computes it:
 *
 * <ul>
 *   <li>{id: long 0..49,999, score: random double, active: boolean, category: 1 of 7 strings,
 *       status: 1 of 3 strings}: 16 + 64 + 1 + 4 + 4 bits = 11.1 bytes of values, <b>11.5 bytes per
 *       set</b> in all, since ascending ids make every set certainly new and none is looked up;
 *       25.6 bytes when the ids are random 64-bit longs (then every set is looked up and indexed);
 *   <li>{weight: random double, kind: 1 of 4 strings, since: 2000..2024}: 64 + 2 + 8 bits = 9.3
 *       bytes of values, <b>17.4 bytes per set</b> with the dedup table;
 *   <li>10,000 elements holding equal {type, status, level} maps share one set: <b>0.13 bytes per
 *       element</b>.
 * </ul>
 *
 * The element's own 4-byte set id is the backend's.
 *
 * <h2>Threads</h2>
 *
 * Writes ({@link #intern}, {@link #withAll}, {@link #without}, {@link #retain}, {@link #release})
 * must be exclusive. Reads ({@link #value}, {@link #toMap}, {@link #size}, {@link #forEach}, {@link
 * #liveSets}, {@link #footprintBytes}) modify nothing (no caches, no reordering) but the registry's
 * last-key hint ({@link AttrColumnRegistry#keyFor}), and may run concurrently with each other.
 *
 * <p>Values are those of the API's normalized maps (Boolean, Long, Double, String, immutable
 * List/Map of these); they are not validated here. Returned values are the stored objects or equal
 * ones of the same type (Long stays Long; Double equality is {@link Double#equals}).
 */
final class AttributeSets {
    /** The empty set: never stored, never counted. */
    static final int EMPTY = 0;

    private final int expectedSets;

    private final AttrColumnRegistry registry = new AttrColumnRegistry();
    private final AttrShapes shapes = new AttrShapes();
    private final AttrValues values = new AttrValues();
    private final AttrSetBuilder buffer = new AttrSetBuilder(registry, values);
    private final FreeIds setIds = new FreeIds(1);
    private final AttrSetIndex index;

    /** Per set id: its shape. */
    private AttrPacked shapeOf;

    private final AttrSetRefs refs;

    AttributeSets() {
        this(0);
    }

    /**
     * @param expectedSets how many distinct sets to size the arrays for (0 for small defaults)
     */
    AttributeSets(int expectedSets) {
        this.expectedSets = Math.max(0, expectedSets);
        shapeOf = new AttrPacked(this.expectedSets + 1);
        refs = new AttrSetRefs(this.expectedSets + 1);
        index = new AttrSetIndex(setIds, refs, new IndexedContent(), this.expectedSets);
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
        buffer.begin(attributes.size());
        for (Map.Entry<String, Object> e : attributes.entrySet()) {
            buffer.add(e.getKey(), e.getValue());
        }
        return findOrCreate();
    }

    /**
     * {@link #intern} of row {@code row} of attribute columns: {@code keys[k] = columns[k][row]}
     * for every non-null entry. A bulk add interns its rows this way, with no map per row.
     */
    int intern(String[] keys, Object[][] columns, int row) {
        buffer.begin(keys.length);
        for (int k = 0; k < keys.length; k++) {
            Object value = columns[k][row];
            if (value != null) {
                buffer.add(keys[k], value);
            }
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
        buffer.begin(size(set) + changes.size());
        buffer.copy(set, columnsOf(set), -1, true);
        try {
            for (Map.Entry<String, Object> e : changes.entrySet()) {
                buffer.add(e.getKey(), e.getValue());
            }
        } finally {
            buffer.unmark();
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
            refs.increment(set);
            return set;
        }
        buffer.begin(size(set));
        buffer.copy(set, columnsOf(set), column.id, false);
        return findOrCreate();
    }

    /** One more reference (no-op for {@link #EMPTY}). */
    void retain(int set) {
        if (set != EMPTY) {
            refs.increment(set);
        }
    }

    /**
     * One reference less; at zero the set is freed and its id reused (no-op for {@link #EMPTY}).
     */
    void release(int set) {
        if (set == EMPTY) {
            return;
        }
        if (set < EMPTY || set >= setIds.highWater()) {
            throw AttrSetRefs.notLive(set);
        }
        if (refs.decrement(set)) {
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
        return column == null ? null : decode(column, set);
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
        int[] cs = columnsOf(set);
        if (cs.length == 1) {
            return Map.of(name(cs[0]), valueIn(cs[0], set));
        }
        if (cs.length == 2) {
            return Map.of(name(cs[0]), valueIn(cs[0], set), name(cs[1]), valueIn(cs[1], set));
        }
        // Up to four keys go through Map.of's fixed-arity forms, which make no entry per key.
        if (cs.length == 3) {
            return Map.of(
                    name(cs[0]), valueIn(cs[0], set),
                    name(cs[1]), valueIn(cs[1], set),
                    name(cs[2]), valueIn(cs[2], set));
        }
        if (cs.length == 4) {
            return Map.of(
                    name(cs[0]), valueIn(cs[0], set),
                    name(cs[1]), valueIn(cs[1], set),
                    name(cs[2]), valueIn(cs[2], set),
                    name(cs[3]), valueIn(cs[3], set));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map.Entry<String, Object>[] entries = new Map.Entry[cs.length];
        for (int i = 0; i < cs.length; i++) {
            entries[i] = Map.entry(name(cs[i]), valueIn(cs[i], set));
        }
        return Map.ofEntries(entries);
    }

    /** Passes each key and value of {@code set} to {@code action} (in column order). */
    void forEach(int set, BiConsumer<String, Object> action) {
        if (set == EMPTY) {
            return;
        }
        for (int c : columnsOf(set)) {
            action.accept(name(c), valueIn(c, set));
        }
    }

    /** Number of keys of {@code set}. */
    int size(int set) {
        return set == EMPTY ? 0 : columnsOf(set).length;
    }

    /** Distinct stored sets with at least one reference. */
    int liveSets() {
        return refs.live();
    }

    /** The reference count of {@code set} (0 for {@link #EMPTY} or a free id). */
    int refCount(int set) {
        if (set <= EMPTY || set >= setIds.highWater()) {
            return 0;
        }
        return refs.count(set);
    }

    /**
     * An estimate of the bytes held by this storage: every array by its allocated length, every
     * helper object by its fields, and the pooled strings and nested values themselves (including
     * the key strings), sized by {@link io.gli.spi.ObjectSizes} for the running JVM; pooled values
     * are walked, each object counted once; the {@code HashMap} of keys at 32 bytes per entry plus
     * its table; the Trove side map of large reference counts by its capacity. Strings that the
     * caller also holds are counted here too.
     */
    long footprintBytes() {
        return TableMath.object(8 * TableMath.REF + 4)
                + TableMath.object(TableMath.REF)
                + registry.footprintBytes()
                + shapes.footprintBytes()
                + values.footprintBytes()
                + buffer.footprintBytes()
                + setIds.footprintBytes()
                + index.footprintBytes()
                + shapeOf.footprintBytes()
                + refs.footprintBytes();
    }

    // ------------------------------------------------------------------------------------------
    // Columns: one key across many sets

    /** A reader of {@code key} across sets, for a column view: valid until the next write. */
    KeyReader reader(String key) {
        return new KeyReader(registry.key(key));
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
            return decode(byKind[columnKind], set);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Finding, storing and freeing sets

    /** The id of the buffer's content, found or stored, with one more reference. */
    private int findOrCreate() {
        try {
            int n = buffer.size();
            if (n == 0) {
                return EMPTY;
            }
            if (!buffer.certainlyNew()) {
                int shape = shapes.find(buffer.columnIds(), n, buffer.shapeHash());
                if (shape >= 0) {
                    int found = index.find(buffer.contentHash(), shape);
                    if (found != EMPTY) {
                        refs.increment(found);
                        return found;
                    }
                }
            }
            return create();
        } finally {
            buffer.clear();
        }
    }

    /** Stores the buffer's content (known to be new) as a set with one reference. */
    private int create() {
        buffer.resolve();
        int n = buffer.size();
        int shape = shapes.intern(buffer.columnIds(), n);
        int id = setIds.take();
        shapeOf.ensureCapacity(setIds.highWater());
        refs.ensureCapacity(setIds.highWater());
        shapeOf.set(id, shape);
        refs.first(id);
        int idLimit = setIds.highWater();
        for (int i = 0; i < n; i++) {
            registry.column(buffer.column(i)).put(id, buffer.payload(i), idLimit);
        }
        if (index.indexesAtOnce(id)) {
            index.added(id, buffer.contentHash());
        }
        return id;
    }

    private void freeSet(int set) {
        index.removing(set);
        int shape = (int) shapeOf.get(set);
        for (int c : shapes.columns(shape)) {
            AttrColumn col = registry.column(c);
            long payload = col.payload(set);
            col.remove(set);
            values.release(col.kind, payload);
            if (col.count == 0) {
                registry.drop(col);
            } else if (col.shouldBecomeSparse()) {
                makeSparse(col);
            }
        }
        shapes.release(shape);
        if (refs.live() == 0) {
            // Everything is gone: give back the per-set arrays and the table.
            shapeOf = new AttrPacked(expectedSets + 1);
            refs.reset(expectedSets + 1);
            setIds.clear();
            index.reset(expectedSets);
            registry.reset();
            buffer.shrink();
            return;
        }
        setIds.release(set);
    }

    /** Switches a column that has become mostly empty to its sparse layout. */
    private void makeSparse(AttrColumn c) {
        int[] holders = new int[c.count];
        int k = 0;
        for (int s = 1, end = setIds.highWater(); s < end && k < holders.length; s++) {
            if (refs.isLive(s) && shapes.has((int) shapeOf.get(s), c.id)) {
                holders[k++] = s;
            }
        }
        c.toSparse(holders, k, setIds.highWater());
    }

    /** What the dedup index reads of a set's content. */
    private final class IndexedContent implements AttrSetIndex.Content {
        @Override
        public int storedHash(int set) {
            return AttributeSets.this.storedHash(set);
        }

        @Override
        public boolean hasContent(int set, int shape) {
            return (int) shapeOf.get(set) == shape && buffer.samePayloads(set);
        }
    }

    // ------------------------------------------------------------------------------------------
    // One set's content

    /**
     * The column through which the live {@code set} has {@code key}, or null. A column that every
     * live set has (the common case of a key all elements carry, in one type) answers without
     * reading the set's shape: one cache miss less per point read.
     */
    private AttrColumn columnOf(int set, String key) {
        AttrKey k = registry.keyFor(key);
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
            if (c.count == refs.live()) {
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

    /** The sorted column ids of the live {@code set} (do not modify). */
    private int[] columnsOf(int set) {
        return shapes.columns((int) shapeOf.get(set));
    }

    private String name(int column) {
        return registry.column(column).key.name;
    }

    private Object valueIn(int column, int set) {
        return decode(registry.column(column), set);
    }

    private Object decode(AttrColumn column, int set) {
        return values.decode(column.kind, column.payload(set));
    }

    /** The content hash of a stored set, recomputed from its columns. */
    private int storedHash(int set) {
        long sum = 0;
        for (int c : columnsOf(set)) {
            sum += AttrSetIndex.entryHash(c, registry.column(c).payload(set));
        }
        return AttrSetIndex.finish(sum);
    }

    // ------------------------------------------------------------------------------------------
    // For tests and profiles

    /** Distinct strings pooled (for tests and profiles). */
    int pooledStrings() {
        return values.pool(AttrColumn.STRING).size();
    }

    /** Distinct nested values pooled (for tests and profiles). */
    int pooledNestedValues() {
        return values.pool(AttrColumn.NESTED).size();
    }

    /** Number of live columns (key and value type pairs). */
    int columnCount() {
        return registry.liveColumns();
    }

    /**
     * Whether the column of {@code key} with the type of {@code sample} uses its dense layout (for
     * tests).
     */
    boolean isDense(String key, Object sample) {
        AttrKey k = registry.key(key);
        AttrColumn c = k == null ? null : k.byKind[AttrColumn.kindOf(sample)];
        if (c == null) {
            throw new IllegalArgumentException("no column " + key);
        }
        return c.isDense();
    }

    /** The parts, for the invariant check in the tests ({@code AttributeSetsInvariants}). */
    Parts parts() {
        return new Parts(registry, shapes, values, index, setIds, shapeOf);
    }

    /** What {@link #parts} returns. */
    record Parts(
            AttrColumnRegistry registry,
            AttrShapes shapes,
            AttrValues values,
            AttrSetIndex index,
            FreeIds setIds,
            AttrPacked shapeOf) {}
}
