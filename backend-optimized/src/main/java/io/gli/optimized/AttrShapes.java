package io.gli.optimized;

import java.util.Arrays;

/**
 * Interned, reference-counted <em>shapes</em>: the set of columns (key and value type) a stored
 * attribute set has, as a sorted {@code int[]} of column ids. Sets with the same keys share one
 * shape, so a set stores its key set as one small shape id (usually 0 bits when all sets look
 * alike, see {@link AttrPacked}) instead of a presence bit per column, and listing a set's keys
 * costs O(its size) rather than O(all columns).
 *
 * <p>Shapes are looked up by an order-independent hash of their column ids (a sum of mixed ids), so
 * a lookup needs no sorting; membership of a column in a shape is a linear scan for small shapes
 * and a binary search for large ones.
 *
 * <p>Representation, indexed by shape id (ids reused, {@link FreeIds}): the sorted {@code int[]} of
 * column ids, a reference count and the stored hash; and an open-addressing table of shape id + 1
 * ({@code int[]}, linear probing, at most 3/4 full, see {@link TableMath}). Bytes per shape: its
 * column array (16 bytes plus 4 per column), 12 more in the per-shape arrays and 5.3 to 8 in the
 * table; shapes are few (usually one per distinct key set a loader uses), so the stored hash costs
 * nothing that matters and spares rehashing the column arrays.
 */
final class AttrShapes {
    private static final int[] NONE = new int[0];

    private int[][] cols = new int[4][];
    private int[] refs = new int[4];
    private int[] hashes = new int[4];
    private int[] table = new int[8];
    private int size;
    private final FreeIds ids = new FreeIds(0);

    /**
     * The shape {@link #intern} returned last, or -1, and the column ids it was asked with, in the
     * caller's order: elements are usually added with the same keys in the same order, so the next
     * intern is answered by comparing ids, without hashing or probing. Cleared when that shape is
     * deleted (its id may be reused for other columns).
     */
    private int lastShape = -1;

    private int[] lastColumns = NONE;

    /** The order-independent hash of a column-id set: combine with {@link #addToHash}. */
    static int addToHash(int hash, int column) {
        return hash + TableMath.mix32(column * 0x9E3779B9 + 0x632BE5AB);
    }

    int size() {
        return size;
    }

    /** One more than the largest shape id in use (ids below it may be free: {@link #isLive}). */
    int highWater() {
        return ids.highWater();
    }

    boolean isLive(int shape) {
        return cols[shape] != null;
    }

    /** The sorted column ids of a live shape (do not modify). */
    int[] columns(int shape) {
        return cols[shape];
    }

    int refCount(int shape) {
        return refs[shape];
    }

    /** Whether {@code shape} contains {@code column}. */
    boolean has(int shape, int column) {
        int[] c = cols[shape];
        int n = c.length;
        if (n <= 8) {
            for (int i = 0; i < n; i++) {
                if (c[i] == column) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(c, column) >= 0;
    }

    /**
     * The shape with exactly the first {@code n} column ids of {@code columns} (any order), or -1.
     */
    int find(int[] columns, int n, int hash) {
        int[] t = table;
        int cap = t.length;
        for (int i = TableMath.home(TableMath.mix32(hash), cap); ; i = TableMath.next(i, cap)) {
            int slot = t[i];
            if (slot == 0) {
                return -1;
            }
            int s = slot - 1;
            if (hashes[s] == hash && sameSet(s, columns, n)) {
                return s;
            }
        }
    }

    /**
     * The shape of the first {@code n} column ids of {@code columns} (created if new), with one
     * more reference.
     */
    int intern(int[] columns, int n) {
        int last = lastShape;
        if (last >= 0
                && lastColumns.length == n
                && Arrays.equals(lastColumns, 0, n, columns, 0, n)) {
            refs[last]++;
            return last;
        }
        int hash = 0;
        for (int i = 0; i < n; i++) {
            hash = addToHash(hash, columns[i]);
        }
        int s = internByHash(columns, n, hash);
        lastShape = s;
        if (lastColumns.length != n) {
            lastColumns = new int[n];
        }
        System.arraycopy(columns, 0, lastColumns, 0, n);
        return s;
    }

    private int internByHash(int[] columns, int n, int hash) {
        int s = find(columns, n, hash);
        if (s >= 0) {
            refs[s]++;
            return s;
        }
        if (TableMath.overLoad(size + 1, table.length, 75)) {
            int[] old = table;
            table = new int[TableMath.grow(old.length, (size + 1) * 2)];
            for (int slot : old) {
                if (slot != 0) {
                    insert(slot - 1);
                }
            }
        }
        s = ids.take();
        if (s == cols.length) {
            int len = TableMath.grow(cols.length, s + 1);
            cols = Arrays.copyOf(cols, len);
            refs = Arrays.copyOf(refs, len);
            hashes = Arrays.copyOf(hashes, len);
        }
        int[] sorted = Arrays.copyOf(columns, n);
        Arrays.sort(sorted);
        cols[s] = sorted;
        refs[s] = 1;
        hashes[s] = hash;
        insert(s);
        size++;
        return s;
    }

    void retain(int shape) {
        refs[shape]++;
    }

    /** Drops one reference; at zero the shape is deleted and its id reused. */
    void release(int shape) {
        if (refs[shape] <= 0) {
            throw new IllegalStateException("shape " + shape + " is not live");
        }
        if (--refs[shape] > 0) {
            return;
        }
        delete(shape);
        cols[shape] = null;
        if (shape == lastShape) {
            lastShape = -1;
        }
        size--;
        ids.release(shape);
        if (size == 0) {
            // all shapes gone (a cleared graph): back to the initial arrays
            cols = new int[4][];
            refs = new int[4];
            hashes = new int[4];
            table = new int[8];
            ids.clear();
            lastColumns = NONE;
        }
    }

    long footprintBytes() {
        long b =
                TableMath.object(6 * TableMath.REF + 2 * 4)
                        + TableMath.bytes(cols)
                        + TableMath.bytes(refs)
                        + TableMath.bytes(hashes)
                        + TableMath.bytes(table)
                        + ids.footprintBytes()
                        + (lastColumns == NONE ? 0 : TableMath.bytes(lastColumns));
        for (int i = 0, end = ids.highWater(); i < end; i++) {
            if (cols[i] != null) {
                b += TableMath.bytes(cols[i]);
            }
        }
        return b;
    }

    private boolean sameSet(int shape, int[] columns, int n) {
        if (cols[shape].length != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!has(shape, columns[i])) {
                return false;
            }
        }
        return true;
    }

    private void insert(int shape) {
        int[] t = table;
        int cap = t.length;
        int i = TableMath.home(TableMath.mix32(hashes[shape]), cap);
        while (t[i] != 0) {
            i = TableMath.next(i, cap);
        }
        t[i] = shape + 1;
    }

    private void delete(int shape) {
        int[] t = table;
        int cap = t.length;
        int i = TableMath.home(TableMath.mix32(hashes[shape]), cap);
        while (t[i] != shape + 1) {
            i = TableMath.next(i, cap);
        }
        TableMath.deleteAt(
                t,
                i,
                j -> TableMath.home(TableMath.mix32(hashes[t[j] - 1]), cap),
                (from, to) -> t[to] = t[from]);
    }
}
