package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A reference-counted interning pool of immutable values: each distinct value (by {@code equals})
 * is held once and named by a small int id. The attribute storage keeps one pool for string values
 * (so {@code "active"} on a million nodes is one String) and one for nested lists and maps. Every
 * stored use counts one reference; at zero references the value is dropped and its id is reused by
 * the next new value ({@link FreeIds}), so a shrinking graph frees its strings and ids stay small
 * (which keeps the columns that store them narrow, see {@link AttrPacked}).
 *
 * <p>Representation: {@code Object[] values} and {@code int[] refs} indexed by id, and an
 * open-addressing table ({@code int[]} of id + 1, linear probing, at most 3/4 full, see {@link
 * TableMath}) keyed by the mixed {@code hashCode} of the value. Bytes per distinct value: 8 in the
 * two arrays (plus growth slack) and 5.3 to 6.7 in the table, plus the value itself (counted once
 * by {@link #footprintBytes}). No hash is stored: String caches its own, and a nested value's hash
 * is recomputed only when the table grows or an entry is deleted.
 *
 * <p>{@link #get} and {@link #find} do not modify anything (safe for concurrent readers).
 */
final class AttrPool {
    private static final int LOAD_PERCENT = 75;

    private Object[] values;
    private int[] refs;
    private int[] table;
    private int size;
    private final FreeIds ids = new FreeIds(0);

    AttrPool() {
        reset();
    }

    /** Number of distinct values held. */
    int size() {
        return size;
    }

    /** The value with this id (which must be live). */
    Object get(int id) {
        return values[id];
    }

    int refCount(int id) {
        return refs[id];
    }

    /** The id of a value equal to {@code v}, or -1 if the pool does not hold one. */
    int find(Object v) {
        int[] t = table;
        int cap = t.length;
        for (int i = TableMath.home(hash(v), cap); ; i = TableMath.next(i, cap)) {
            int slot = t[i];
            if (slot == 0) {
                return -1;
            }
            Object o = values[slot - 1];
            if (o == v || o.equals(v)) {
                return slot - 1;
            }
        }
    }

    /** The id of {@code v} (added if new), with one more reference. */
    int intern(Object v) {
        int id = find(v);
        if (id >= 0) {
            refs[id]++;
            return id;
        }
        if (TableMath.overLoad(size + 1, table.length, LOAD_PERCENT)) {
            rehash(TableMath.grow(table.length, TableMath.capacityFor(size + 1, LOAD_PERCENT)));
        }
        id = ids.take();
        if (id == values.length) {
            int n = TableMath.grow(values.length, id + 1);
            values = Arrays.copyOf(values, n);
            refs = Arrays.copyOf(refs, n);
        }
        values[id] = v;
        refs[id] = 1;
        insert(table, hash(v), id);
        size++;
        return id;
    }

    void retain(int id) {
        if (refs[id] <= 0) {
            throw new IllegalStateException("pool id " + id + " is not live");
        }
        refs[id]++;
    }

    /** Drops one reference; returns whether the value was removed. */
    boolean release(int id) {
        if (refs[id] <= 0) {
            throw new IllegalStateException("pool id " + id + " is not live");
        }
        if (--refs[id] > 0) {
            return false;
        }
        Object v = values[id];
        delete(hash(v), id);
        values[id] = null;
        size--;
        ids.release(id);
        if (size == 0) {
            reset();
        }
        return true;
    }

    /** Bytes held: arrays, table and (estimated) the pooled values. */
    long footprintBytes() {
        return TableMath.object(3 * TableMath.REF + 4 + TableMath.REF)
                + TableMath.bytes(values)
                + TableMath.bytes(refs)
                + TableMath.bytes(table)
                + ids.footprintBytes()
                + valuesBytes();
    }

    /** The pooled values themselves, each object counted once. */
    private long valuesBytes() {
        Set<Object> counted = Collections.newSetFromMap(new IdentityHashMap<>());
        long b = 0;
        for (Object v : values) {
            b += ObjectSizes.value(v, counted);
        }
        return b;
    }

    /** The initial arrays; again when the pool empties (a graph that was cleared). */
    private void reset() {
        values = new Object[4];
        refs = new int[4];
        table = new int[8];
        ids.clear();
    }

    private static int hash(Object v) {
        return TableMath.mix32(v.hashCode());
    }

    private static void insert(int[] t, int h, int id) {
        int cap = t.length;
        int i = TableMath.home(h, cap);
        while (t[i] != 0) {
            i = TableMath.next(i, cap);
        }
        t[i] = id + 1;
    }

    private void rehash(int newCapacity) {
        int[] t = new int[newCapacity];
        for (int slot : table) {
            if (slot != 0) {
                insert(t, hash(values[slot - 1]), slot - 1);
            }
        }
        table = t;
    }

    /** Removes {@code id} from the table, shifting later entries of its cluster back. */
    private void delete(int h, int id) {
        int[] t = table;
        int cap = t.length;
        int i = TableMath.home(h, cap);
        while (t[i] != id + 1) {
            if (t[i] == 0) {
                throw new IllegalStateException("pool id " + id + " missing from its table");
            }
            i = TableMath.next(i, cap);
        }
        TableMath.deleteAt(
                t,
                i,
                j -> TableMath.home(hash(values[t[j] - 1]), cap),
                (from, to) -> t[to] = t[from]);
    }
}
