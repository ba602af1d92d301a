package io.gli.optimized;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;

/**
 * The columns of the attribute storage: attribute keys by name ({@link AttrKey}), each with its
 * columns by value type, and every live column by its id, which a set's shape lists ({@link
 * AttrShapes}). A column exists while some stored set has a value in it and is dropped with the
 * last; its key goes with its last column.
 *
 * <p>Representation: a {@code HashMap<String, AttrKey>} (about 32 bytes per key plus its table, and
 * the key's name and {@link AttrKey} object), an {@code AttrColumn[]} indexed by column id (ids
 * reused through {@link FreeIds}, so the array stays as long as the peak number of columns), and
 * the columns themselves. Keys and columns are few (one per attribute name and value type), so
 * their bytes are a constant; the bytes per set are in the columns' values.
 *
 * <p>{@link #keyFor}, {@link #key} and {@link #column(int)} modify nothing but {@link #lastKey}
 * (see there), so readers may call them concurrently.
 */
final class AttrColumnRegistry {
    private static final int INITIAL_COLUMNS = 8;

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

    private AttrColumn[] columns = new AttrColumn[INITIAL_COLUMNS];
    private final FreeIds ids = new FreeIds(0);

    /** The key named {@code name}, or null; remembers it for the next call. */
    @SuppressWarnings("ReferenceEquality") // the hint matches by identity, see lastKey
    AttrKey keyFor(String name) {
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

    /** The key named {@code name}, or null (leaves {@link #lastKey} alone). */
    AttrKey key(String name) {
        return keys.get(name);
    }

    /** Every key in use. */
    Collection<AttrKey> keys() {
        return keys.values();
    }

    /** The column with id {@code id}: null if the id is free. */
    AttrColumn column(int id) {
        return columns[id];
    }

    /** One more than the largest column id in use (ids below it may be free). */
    int highWater() {
        return ids.highWater();
    }

    /** Number of live columns. */
    int liveColumns() {
        int m = 0;
        for (int c = 0, end = ids.highWater(); c < end; c++) {
            if (columns[c] != null) {
                m++;
            }
        }
        return m;
    }

    /**
     * The column of {@code kind} for {@code key} (or, when that is null, for the key named {@code
     * name}), created with its key if missing.
     */
    AttrColumn columnFor(AttrKey key, String name, int kind) {
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
        int id = ids.take();
        if (id == columns.length) {
            columns = Arrays.copyOf(columns, TableMath.grow(columns.length, id + 1));
        }
        c = new AttrColumn(key, kind, id);
        columns[id] = c;
        key.byKind[kind] = c;
        key.columns++;
        return c;
    }

    /** Drops {@code c}, which no set has any more; its key too if it was the key's last column. */
    void drop(AttrColumn c) {
        columns[c.id] = null;
        AttrKey key = c.key;
        key.byKind[c.kind] = null;
        if (--key.columns == 0) {
            keys.remove(key.name);
            lastKey = null;
        }
        ids.release(c.id);
    }

    /** Back to the initial arrays, once every column has been dropped. */
    void reset() {
        columns = new AttrColumn[INITIAL_COLUMNS];
        ids.clear();
    }

    /** This registry, its keys with their names, and every column with its values. */
    long footprintBytes() {
        long b = TableMath.object(4 * TableMath.REF) + ids.footprintBytes();
        int keyTable = 16;
        while (keyTable * 3L < keys.size() * 4L) {
            keyTable <<= 1;
        }
        b += TableMath.object(4 * 6) + TableMath.arrayBytes(keyTable, TableMath.REF);
        for (AttrKey k : keys.values()) {
            b += 32 + AttrKey.footprintBytes(k) + TableMath.stringBytes(k.name);
        }
        b += TableMath.bytes(columns);
        for (int i = 0, end = ids.highWater(); i < end; i++) {
            if (columns[i] != null) {
                b += columns[i].footprintBytes();
            }
        }
        return b;
    }
}
