package io.gli.optimized;

import java.util.Arrays;

/**
 * The write buffer in which {@link AttributeSets} builds the content of a set before it is found or
 * stored: the entries of a new map, or copy-on-write of a stored set ({@link #copy}) with entries
 * replaced or left out. Each entry is a key, its value's kind, its column id (-1 while the column
 * does not exist) and its payload ({@link AttrValues}; -1 for a pooled value not pooled yet), so
 * comparing the buffer with a stored set is comparing longs. Entries are resolved against what is
 * stored as they are added, so the buffer also knows whether its content is {@link #certainlyNew}:
 * a key, column or value no stored set has.
 *
 * <p>Representation: six parallel arrays ({@code AttrKey[]}, {@code String[]}, {@code int[]} kind,
 * {@code int[]} column, {@code long[]} payload, {@code Object[]} value) of at least 8 entries,
 * doubled for a larger set and shrunk back when the storage empties: about 380 bytes, nothing per
 * stored set. Writers only: readers never touch it.
 */
final class AttrSetBuilder {
    private static final int INITIAL = 8;

    private final AttrColumnRegistry registry;
    private final AttrValues values;

    private int n;
    private boolean certainlyNew;
    private AttrKey[] keys;
    private String[] names;
    private int[] kinds;
    private int[] columns;
    private long[] payloads;
    private Object[] objects;

    AttrSetBuilder(AttrColumnRegistry registry, AttrValues values) {
        this.registry = registry;
        this.values = values;
        allocate(INITIAL);
    }

    private void allocate(int length) {
        keys = new AttrKey[length];
        names = new String[length];
        kinds = new int[length];
        columns = new int[length];
        payloads = new long[length];
        objects = new Object[length];
    }

    /** Empties the buffer, with room for {@code capacity} entries. */
    void begin(int capacity) {
        n = 0;
        certainlyNew = false;
        if (capacity > keys.length) {
            allocate(Math.max(capacity, keys.length * 2));
        }
    }

    /**
     * Copies the entries of the stored set {@code set}, whose shape has {@code shapeColumns},
     * except column {@code skip}; marks their keys when asked, so that {@link #add} replaces them.
     */
    void copy(int set, int[] shapeColumns, int skip, boolean mark) {
        for (int c : shapeColumns) {
            if (c == skip) {
                continue;
            }
            AttrColumn col = registry.column(c);
            int i = n++;
            keys[i] = col.key;
            names[i] = col.key.name;
            kinds[i] = col.kind;
            columns[i] = c;
            payloads[i] = col.payload(set);
            objects[i] = null;
            if (mark) {
                col.key.mark = i + 1;
            }
        }
    }

    /** Clears the marks {@link #copy} set (keys are shared, so a mark must not outlive a write). */
    void unmark() {
        for (int i = 0; i < n; i++) {
            if (keys[i] != null) {
                keys[i].mark = 0;
            }
        }
    }

    /**
     * Adds (or, for a marked key, replaces) one entry, resolving its column and payload if they
     * exist.
     */
    void add(String name, Object value) {
        AttrKey key = registry.keyFor(name);
        int kind = AttrColumn.kindOf(value);
        int column = -1;
        if (key != null && key.byKind[kind] != null) {
            column = key.byKind[kind].id;
        } else {
            certainlyNew = true;
        }
        long payload = values.find(kind, value);
        Object object = AttrColumn.isPooled(kind) ? value : null;
        if ((object != null && payload < 0)
                || (column >= 0 && !key.byKind[kind].mayHold(payload))) {
            certainlyNew = true; // a value no set holds: no set can equal this one
        }
        int i;
        if (key != null && key.mark != 0) {
            i = key.mark - 1;
        } else {
            i = n++;
            if (i == keys.length) {
                int len = keys.length * 2;
                keys = Arrays.copyOf(keys, len);
                names = Arrays.copyOf(names, len);
                kinds = Arrays.copyOf(kinds, len);
                columns = Arrays.copyOf(columns, len);
                payloads = Arrays.copyOf(payloads, len);
                objects = Arrays.copyOf(objects, len);
            }
        }
        keys[i] = key;
        names[i] = name;
        kinds[i] = kind;
        columns[i] = column;
        payloads[i] = payload;
        objects[i] = object;
    }

    /** Number of entries. */
    int size() {
        return n;
    }

    /** Whether no stored set can have this content (some key, column or value is new). */
    boolean certainlyNew() {
        return certainlyNew;
    }

    /** The column ids of the entries, in the first {@link #size} elements (do not modify). */
    int[] columnIds() {
        return columns;
    }

    int column(int i) {
        return columns[i];
    }

    long payload(int i) {
        return payloads[i];
    }

    /** The order-independent hash of the entries' column ids ({@link AttrShapes#addToHash}). */
    int shapeHash() {
        int hash = 0;
        for (int i = 0; i < n; i++) {
            hash = AttrShapes.addToHash(hash, columns[i]);
        }
        return hash;
    }

    /** The content hash of the entries (the sum of {@link AttrSetIndex#entryHash} over them). */
    int contentHash() {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += AttrSetIndex.entryHash(columns[i], payloads[i]);
        }
        return AttrSetIndex.finish(sum);
    }

    /** Whether the stored {@code set}, which has the entries' columns, has their payloads. */
    boolean samePayloads(int set) {
        for (int i = 0; i < n; i++) {
            if (registry.column(columns[i]).payload(set) != payloads[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes the entries storable: gives each its column (created if missing) and counts one use of
     * each pooled value (pooling it if new).
     */
    void resolve() {
        for (int i = 0; i < n; i++) {
            if (columns[i] < 0) {
                columns[i] = registry.columnFor(keys[i], names[i], kinds[i]).id;
            }
            payloads[i] = values.store(kinds[i], payloads[i], objects[i]);
        }
    }

    /** Drops the buffer's references to keys, names and values (it must not keep them alive). */
    void clear() {
        // One loop for the three: a set has few entries, and three fill calls cost more here.
        for (int i = 0; i < n; i++) {
            keys[i] = null;
            names[i] = null;
            objects[i] = null;
        }
    }

    /** Back to the initial arrays if a large set grew them. */
    void shrink() {
        if (keys.length > INITIAL) {
            allocate(INITIAL);
        }
    }

    long footprintBytes() {
        return TableMath.object(8 * TableMath.REF + 4 + 1)
                + TableMath.bytes(keys)
                + TableMath.bytes(names)
                + TableMath.bytes(kinds)
                + TableMath.bytes(columns)
                + TableMath.bytes(payloads)
                + TableMath.bytes(objects);
    }
}
