package io.gli.optimized;

import io.gli.spi.ObjectSizes;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Node IDs interned to dense int indices, in insertion order.
 *
 * <p>Representation: every ID's characters are encoded one UTF-16 unit at a time (1 byte below
 * U+0080, 2 below U+0800, else 3 — lossless even for unpaired surrogates, unlike UTF-8) and
 * appended to one {@code byte[]} arena; {@code starts[i]} is where ID {@code i} begins, and
 * {@code starts[i + 1]} where it ends. An open-addressing table (linear probing, power-of-two
 * capacity, load at most 4/5) holds {@code index + 1} (and a hash tag) per occupied slot. Removed indices are
 * marked dead and leave their bytes in place until {@link #compact}.
 *
 * <p>Cost per node, for an ASCII ID of L characters: L bytes of arena, 4 bytes of {@code starts},
 * 5 to 10 bytes of table (4 bytes per slot at a load between 2/5 and 4/5), and one bit of the
 * dead set: about 21 bytes for {@code node_123456}, against 56 for a {@code String} alone.
 *
 * <p>Not thread-safe; readers may run concurrently with each other (reads mutate nothing).
 */
final class NodeIndex {
    private static final int MIN_TABLE = 16;

    private byte[] arena;
    private int arenaUsed;
    /**
     * Whether every ID appended so far is ASCII (one byte per char): then decoding needs no scan
     * for multi-byte units. Cleared by the first non-ASCII ID, never set again.
     */
    private boolean asciiOnly = true;
    /** starts[i] is where ID i begins; starts[slots] == arenaUsed. */
    private int[] starts;
    /** Indices handed out, dead ones included. */
    private int slots;
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
     * write it every time; other lookups only when the index found is a multiple of
     * {@link #HINT_SAMPLE} + 1, so that readers on several cores looking up random IDs rarely write
     * this shared cache line, and an in-order scan is still recognised within that many lookups.
     */
    private int lastFound = -1;
    /** Whether the last lookup found the index after the hint: then the next guess is worth a try. */
    private boolean sequential;
    private static final int HINT_SAMPLE = 15;

    NodeIndex(int expected) {
        int capacity = Math.max(16, expected);
        arena = new byte[Math.max(64, capacity * 8)];
        starts = new int[capacity + 1];
        dead = new long[(capacity >>> 6) + 1];
        table = new int[tableSizeFor(expected)];
        indexBits = bitsFor(capacity);
    }

    /** Bits enough to hold {@code index + 1} for every index below {@code capacity}. */
    private static int bitsFor(int capacity) {
        return Math.min(31, 33 - Integer.numberOfLeadingZeros(capacity));
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

    /** Bytes of the ID text: the arena and the start offsets. */
    long idBytes() {
        return ObjectSizes.of(arena) + ObjectSizes.of(starts);
    }

    /** Bytes of the lookup structures: this object, the hash table and the dead set. */
    long indexBytes() {
        return ObjectSizes.instance(NodeIndex.class) + ObjectSizes.of(table) + ObjectSizes.of(dead);
    }

    /** Number of live IDs. */
    int size() {
        return live;
    }

    /** Indices handed out so far, dead ones included: every index is below this. */
    int slots() {
        return slots;
    }

    int deadCount() {
        return slots - live;
    }

    boolean isLive(int index) {
        return index >= 0 && index < slots && (dead[index >>> 6] & (1L << index)) == 0;
    }

    /** String hashes of IDs like node_<i> differ only in low bits: mix them all into the slot. */
    private static int spread(int hash) {
        return TableMath.mix32(hash);
    }

    /**
     * The index of {@code id}, or -1. While lookups come in index order — a loop over
     * {@code nodes()} that looks each ID up — the index after the last one found is tried first:
     * comparing bytes there is a sequential read, where the hash table is a random one. Random
     * lookups skip the guess, which would cost them two extra cache misses.
     */
    int find(String id) {
        int last = lastFound;
        if (sequential) {
            int guess = last + 1;
            if (guess < slots && isLive(guess) && matches(guess, id)) {
                lastFound = guess;
                return guess;
            }
        }
        int found = probe(id);
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

    private int probe(String id) {
        int slot = slotOf(id, spread(id.hashCode()));
        return slot >= 0 ? entryIndex(table[slot]) : -1;
    }

    /**
     * The slot holding {@code id}, or {@code -1 - s} where {@code s} is the empty slot that ends its
     * probe chain (where it would be inserted); bounded by the table's size, since an optimistic
     * reader may see a table another thread is filling.
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
        throw new java.util.ConcurrentModificationException("node table full during an optimistic read");
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
        if ((live + 1) * 5L > table.length * 4L) {
            rehash(table.length * 2);
        }
        int index = slots;
        if (index + 1 >= starts.length) {
            int grown = grow(starts.length);
            starts = Arrays.copyOf(starts, grown);
            dead = Arrays.copyOf(dead, (grown >>> 6) + 1);
        }
        if (bitsFor(index + 1) > indexBits) {
            indexBits = bitsFor(starts.length);
            rehash(table.length);
        }
        int hash = spread(id.hashCode());
        int slot = slotOf(id, hash);
        if (slot >= 0) {
            return -1 - entryIndex(table[slot]);
        }
        append(id);
        slots++;
        starts[slots] = arenaUsed;
        live++;
        table[-1 - slot] = tag(hash) | (index + 1);
        return index;
    }

    /**
     * Makes room for {@code additional} more IDs at once: the table is rehashed to its final size
     * (instead of doubling, and rehashing, several times on the way) and the arrays are grown; the
     * arena by the average ID length so far. Changes no ID.
     */
    void reserve(int additional) {
        if (additional <= 0) {
            return;
        }
        int needed = (int) Math.min(Integer.MAX_VALUE - 8, (long) slots + additional + 1);
        // Never less than the usual growth step, so that many small batches do not copy the
        // arrays each time (quadratic in all).
        if (needed > starts.length) {
            int grown = Math.max(needed, grow(starts.length));
            starts = Arrays.copyOf(starts, grown);
            dead = Arrays.copyOf(dead, (grown >>> 6) + 1);
        }
        long averageBytes = slots == 0 ? 16 : Math.max(1, arenaUsed / slots + 1);
        long arenaNeeded = Math.min(Integer.MAX_VALUE - 8, arenaUsed + averageBytes * additional);
        if (arenaNeeded > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.max(arenaNeeded, grow(arena.length)));
        }
        int bits = bitsFor(starts.length);
        int size = Math.max(table.length, tableSizeFor((int) Math.min(Integer.MAX_VALUE, (long) live + additional)));
        if (bits > indexBits || size > table.length) {
            indexBits = Math.max(indexBits, bits);
            rehash(size);
        }
    }

    /** Removes a live index: its slot in the table is freed, the index stays dead until compaction. */
    void remove(int index) {
        int[] t = table;
        int mask = t.length - 1;
        int slot = spread(hashOf(index)) & mask;
        while (entryIndex(t[slot]) != index) {
            slot = (slot + 1) & mask;
        }
        TableMath.deleteAt(t, slot, j -> spread(hashOf(entryIndex(t[j]))) & mask, (from, to) -> t[to] = t[from]);
        dead[index >>> 6] |= 1L << index;
        live--;
    }

    /** The ID at a live index, as a new String. */
    String id(int index) {
        return decode(arena, starts[index], starts[index + 1], asciiOnly);
    }

    /**
     * The IDs at the given indices ({@code null}: indices 0 to {@code count - 1}), as an immutable
     * list that decodes each on access. A snapshot:
     * the bytes and start offsets of existing indices are never rewritten (appends go beyond them,
     * compaction allocates new arrays), so the list reads the same whatever is written later.
     */
    List<String> ids(int[] indices, int count) {
        return new IdList(arena, starts, asciiOnly, indices, count);
    }

    private static final class IdList extends AbstractList<String> implements RandomAccess {
        private final byte[] arena;
        private final int[] starts;
        private final boolean asciiOnly;
        private final int[] indices;
        private final int size;

        IdList(byte[] arena, int[] starts, boolean asciiOnly, int[] indices, int size) {
            this.arena = arena;
            this.starts = starts;
            this.asciiOnly = asciiOnly;
            this.indices = indices;
            this.size = size;
        }

        @Override
        public String get(int i) {
            Objects.checkIndex(i, size);
            int index = indices == null ? i : indices[i];
            return decode(arena, starts[index], starts[index + 1], asciiOnly);
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Decodes bytes written by {@link #append}; {@code asciiOnly} if they are known to be ASCII. */
    @SuppressWarnings("deprecation") // String(byte[], int hibyte, ...) copies Latin-1 bytes as they are
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
        byte[] a = arena;
        int p = starts[index];
        int end = starts[index + 1];
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
                if (p + 2 > end || a[p] != (byte) (0xC0 | (c >> 6)) || a[p + 1] != (byte) (0x80 | (c & 0x3F))) {
                    return false;
                }
                p += 2;
            } else {
                if (p + 3 > end || a[p] != (byte) (0xE0 | (c >> 12)) || a[p + 1] != (byte) (0x80 | ((c >> 6) & 0x3F))
                        || a[p + 2] != (byte) (0x80 | (c & 0x3F))) {
                    return false;
                }
                p += 3;
            }
        }
        return p == end;
    }

    private void append(String id) {
        int n = id.length();
        int worst = arenaUsed + 3 * n;
        if (worst > arena.length) {
            long grown = Math.max(worst, (long) grow(arena.length));
            if (grown > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("node IDs exceed 2 GB; the optimized backend holds at most that much ID text");
            }
            arena = Arrays.copyOf(arena, (int) grown);
        }
        byte[] a = arena;
        int p = arenaUsed;
        if (appendAscii(id, a, p)) {
            arenaUsed = p + n;
            return;
        }
        asciiOnly = false;
        for (int k = 0; k < n; k++) {
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
        arenaUsed = p;
    }

    /**
     * Copies an all-ASCII ID's characters as bytes and returns true, or returns false (having
     * written only scratch bytes past {@code arenaUsed}) if some character is not ASCII. Most IDs
     * are ASCII, and {@link String#getBytes(int, int, byte[], int)} copies a Latin-1 string's bytes
     * in one block, several times faster than encoding it a {@code charAt} at a time.
     */
    @SuppressWarnings("deprecation") // the one String copy that neither allocates nor encodes
    private static boolean appendAscii(String id, byte[] a, int p) {
        int n = id.length();
        id.getBytes(0, n, a, p);
        int bits = 0;
        for (int k = p, end = p + n; k < end; k++) {
            bits |= a[k];
        }
        // Non-Latin-1 chars were truncated to their low byte: compare to be sure (rare, IDs of ASCII
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
        return (int) Math.min(Integer.MAX_VALUE - 8, length + (length >> 2) + 16L);
    }

    /** {@code id(index).hashCode()}, computed from the bytes without making the String. */
    private int hashOf(int index) {
        byte[] a = arena;
        int h = 0;
        if (asciiOnly) {
            for (int p = starts[index], end = starts[index + 1]; p < end; p++) {
                h = 31 * h + a[p];
            }
            return h;
        }
        for (int p = starts[index], end = starts[index + 1]; p < end; p += unitLength(a[p])) {
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
     * Refills a new table of {@code capacity} slots with every live ID. In index order every
     * insert writes a random slot, and once the table outgrows the caches those misses were over
     * a third of the cost of adding a million IDs. So a large table is refilled in three passes
     * that touch memory almost only in order: the hashes are computed in index order (the arena is
     * read sequentially), the (hash, index) pairs are bucket-sorted by the region of the table
     * their home slot lies in, and they are inserted region by region. The two pair arrays (16
     * bytes per live ID) are transient.
     */
    private void rehash(int capacity) {
        int[] fresh = new int[capacity];
        if (live < SORTED_REHASH_MIN) {
            for (int index = 0; index < slots; index++) {
                if (isLive(index)) {
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
        long[] pairs = new long[live];
        int k = 0;
        for (int index = 0; index < slots; index++) {
            if (isLive(index)) {
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
     * Drops dead indices, renumbering the live ones in order and trimming the arrays to size.
     *
     * @return old index to new index, -1 for dead ones
     */
    int[] compact() {
        int[] mapping = new int[slots];
        byte[] freshArena = new byte[Math.max(64, arenaUsed)];
        int[] freshStarts = new int[Math.max(16, live) + 1];
        int used = 0;
        int next = 0;
        for (int index = 0; index < slots; index++) {
            if (!isLive(index)) {
                mapping[index] = -1;
                continue;
            }
            int start = starts[index];
            int length = starts[index + 1] - start;
            System.arraycopy(arena, start, freshArena, used, length);
            freshStarts[next] = used;
            used += length;
            mapping[index] = next++;
        }
        freshStarts[next] = used;
        arena = Arrays.copyOf(freshArena, Math.max(64, used));
        arenaUsed = used;
        starts = freshStarts;
        slots = next;
        live = next;
        dead = new long[(freshStarts.length >>> 6) + 1];
        table = new int[tableSizeFor(live)];
        indexBits = bitsFor(freshStarts.length);
        rehash(table.length);
        lastFound = -1;
        return mapping;
    }
}
