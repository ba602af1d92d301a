package io.gli.optimized;

import io.gli.spi.ObjectSizes;

/**
 * A reference-counted interning pool of immutable values: each distinct value (by {@code equals})
 * is held once and named by a small int id. The attribute storage keeps one pool for string values
 * (so {@code "active"} on a million nodes is one String) and one for nested lists and maps. Every
 * stored use counts one reference; at zero references the value is dropped and its id is reused by
 * the next new value, so a shrinking graph frees its strings and ids stay small (which keeps the
 * columns that store them narrow, see {@link AttrPacked}).
 *
 * <p>Representation: {@code Object[] values} and {@code int[] refs} indexed by id, a free-id stack,
 * and an open-addressing table ({@code int[]} of id + 1, linear probing, at most 3/4 full) keyed by
 * the mixed {@code hashCode} of the value. Per distinct value: about 8 bytes plus 4 to 6 bytes of
 * table, plus the value itself. No hash is stored: String caches its own, and a nested value's hash
 * is recomputed only when the table grows or an entry is deleted.
 *
 * <p>{@link #get} and {@link #find} do not modify anything (safe for concurrent readers).
 */
final class AttrPool {
    private Object[] values;
    private int[] refs;
    private int[] table;
    private int size;
    private int highWater;
    private int[] free = new int[0];
    private int freeCount;

    /** Estimated bytes of the pooled values themselves. */
    AttrPool() {
        values = new Object[4];
        refs = new int[4];
        table = new int[8];
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
        int i = TableMath.home(hash(v), cap);
        while (true) {
            int slot = t[i];
            if (slot == 0) {
                return -1;
            }
            Object o = values[slot - 1];
            if (o == v || o.equals(v)) {
                return slot - 1;
            }
            if (++i == cap) {
                i = 0;
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
        if ((long) (size + 1) * 4 > (long) table.length * 3) {
            rehash(
                    TableMath.grow(
                            table.length,
                            (int) Math.min(Integer.MAX_VALUE - 16, (size + 1) * 4L / 3 + 1)));
        }
        if (freeCount > 0) {
            id = free[--freeCount];
        } else {
            id = highWater++;
            if (id == values.length) {
                int n = TableMath.grow(values.length, id + 1);
                values = java.util.Arrays.copyOf(values, n);
                refs = java.util.Arrays.copyOf(refs, n);
            }
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
        if (freeCount == free.length) {
            free = java.util.Arrays.copyOf(free, TableMath.grow(free.length, freeCount + 1));
        }
        free[freeCount++] = id;
        if (size == 0) {
            reset();
        }
        return true;
    }

    /** Bytes held: arrays, table and (estimated) the pooled values. */
    long footprintBytes() {
        return TableMath.object(4 * 5 + 4 + 8)
                + TableMath.bytes(values)
                + TableMath.bytes(refs)
                + TableMath.bytes(table)
                + TableMath.bytes(free)
                + valuesBytes();
    }

    /** The pooled values themselves, each object counted once. */
    private long valuesBytes() {
        java.util.Set<Object> counted =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long b = 0;
        for (Object v : values) {
            b += ObjectSizes.value(v, counted);
        }
        return b;
    }

    /** When the pool empties, shrink back to the initial arrays (a graph that was cleared). */
    private void reset() {
        values = new Object[4];
        refs = new int[4];
        table = new int[8];
        free = new int[0];
        freeCount = 0;
        highWater = 0;
    }

    private static int hash(Object v) {
        return TableMath.mix32(v.hashCode());
    }

    private static void insert(int[] t, int h, int id) {
        int cap = t.length;
        int i = TableMath.home(h, cap);
        while (t[i] != 0) {
            if (++i == cap) {
                i = 0;
            }
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
            if (++i == cap) {
                i = 0;
            }
        }
        TableMath.deleteAt(
                t,
                i,
                j -> TableMath.home(hash(values[t[j] - 1]), cap),
                (from, to) -> t[to] = t[from]);
    }
}
