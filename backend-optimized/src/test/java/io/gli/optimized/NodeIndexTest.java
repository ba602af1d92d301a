package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The slotted layout of {@link NodeIndex}: IDs inline in fixed-stride slots or in the overflow, the
 * stride chosen again as the slot array is reallocated, snapshots that outlive a re-layout, and
 * compaction.
 */
class NodeIndexTest {

    /** An ASCII ID of exactly {@code length} characters, distinct per length. */
    private static String ascii(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('A' + (i * 7 + length) % 26));
        }
        return b.toString();
    }

    private static void assertHolds(NodeIndex index, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            assertEquals(i, index.find(new String(id)), () -> "find " + id);
            assertEquals(id, index.id(i));
        }
        List<String> all = index.ids(null, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null) {
                assertEquals(ids.get(i), all.get(i));
            }
        }
    }

    @Test
    void aSnapshotIteratesInOrderToItsEndAndNoFurther() {
        NodeIndex index = new NodeIndex(0);
        List<String> names =
                List.of(
                        "na", "nb", "nc", "nd",
                        "ne"); // not numbered: the table and its in-order guess
        for (String name : names) {
            index.add(name);
        }
        assertEquals(0, index.numberedCount());
        assertIterates(names, index.ids(null, 5).iterator());
        index.remove(1);
        // After a removal the in-order lookup must not take the dead index for a live one.
        assertEquals(0, index.find("na"));
        assertEquals(
                -1, index.find("nb")); // right after na: the in-order guess names the dead index
        assertEquals(2, index.find("nc"));
        assertIterates(List.of("na", "nc", "ne"), index.ids(new int[] {0, 2, 4}, 3).iterator());
    }

    private static void assertIterates(List<String> expected, Iterator<String> it) {
        for (String id : expected) {
            assertTrue(it.hasNext());
            assertEquals(id, it.next());
        }
        assertFalse(it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
        assertFalse(it.hasNext(), "a failed next() must not move the iterator");
    }

    @Test
    void everyLengthAroundEveryStrideRoundTrips() {
        // Lengths 0 to 70 at the default stride: inline below 12, overflow from 12, beyond the
        // longest stride from 64. Few IDs per length, many short ones, so the stride stays small.
        NodeIndex index = new NodeIndex(0);
        List<String> ids = new ArrayList<>();
        ids.add(index.add("") == 0 ? "" : null);
        for (int i = 1; i < 2_000; i++) {
            String id = "s" + i;
            assertEquals(ids.size(), index.add(id));
            ids.add(id);
        }
        for (int length = 1; length <= 70; length++) {
            String id = ascii(length);
            assertEquals(length, id.length());
            assertEquals(ids.size(), index.add(id));
            ids.add(id);
            assertEquals(-1, index.find(id + "x"));
            assertEquals(-1, index.find(id.substring(0, length - 1) + "?"));
        }
        assertTrue(index.stride() <= 12, "short IDs dominate: stride " + index.stride());
        assertHolds(index, ids);
        assertEquals(-1 - 5, index.addIfAbsent(ids.get(5)));
    }

    @Test
    void uniformLongIdsGoInlineAndShortOnesStaySmall() {
        NodeIndex uuids = new NodeIndex(0);
        List<String> ids = new ArrayList<>();
        Random random = new Random(1);
        for (int i = 0; i < 5_000; i++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            uuids.add(id);
            ids.add(id);
        }
        assertEquals(40, uuids.stride(), "36 bytes and a length byte, rounded up to 4");
        assertHolds(uuids, ids);

        NodeIndex names = new NodeIndex(0);
        for (int i = 0; i < 5_000; i++) {
            names.add("node_" + i);
        }
        assertEquals(12, names.stride());
        // Slots only (no start offsets, no overflow array beyond its empty one).
        assertTrue(names.idBytes() < 5_000 * 12 * 1.3, "id bytes " + names.idBytes());
    }

    @Test
    void nonAsciiAndUnpairedSurrogatesRoundTripInlineAndInOverflow() {
        NodeIndex index = new NodeIndex(0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String id = "n" + i;
            index.add(id);
            ids.add(id);
        }
        String[] odd = {
            "é",
            "ü1",
            "\u20ac",
            "\u20ac\u20ac\u20ac", // 3 chars, 9 bytes: inline at 12
            "\u20ac\u20ac\u20ac\u20ac", // 4 chars, 12 bytes: overflows at 12
            "\uD800",
            "\uDC00x",
            "x\uD83D",
            "\uD83D\uDE00",
            "\uDE00\uD83D",
            "\u00ff",
            "\u0100",
            "\u07ff\u0800\uffff",
            "ascii-then-\u00e9-and-more-text-that-overflows",
            "\u0000",
            "a\u0000b",
            "\u4e2d\u6587\u540d\u5b57\u4e2d\u6587\u540d\u5b57\u4e2d\u6587\u540d\u5b57\u4e2d\u6587\u540d\u5b57"
                    + "\u4e2d\u6587\u540d\u5b57\u4e2d\u6587", // 22 chars, 66 bytes: always overflow
        };
        for (String id : odd) {
            assertEquals(-1, index.find(id));
            assertEquals(ids.size(), index.add(id));
            ids.add(id);
        }
        assertHolds(index, ids);
        // A char whose low byte is ASCII must not match that ASCII byte.
        assertEquals(-1, index.find("\u0161" + "1"));
        assertEquals(-1, index.find("\u20ac\u20ac\u20ac\u20ad"));
        assertEquals(-1, index.find("\uD800x"));
        int[] mapping = index.compact();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, mapping[i]);
        }
        assertHolds(index, ids);
    }

    @Test
    void aSnapshotReadsTheSameAfterTheStrideChanges() {
        NodeIndex index = new NodeIndex(0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String id = "short" + i;
            index.add(id);
            ids.add(id);
        }
        // Two long ones overflow at the default stride.
        for (int i = 0; i < 2; i++) {
            String id = "a-rather-long-node-identifier-" + i;
            index.add(id);
            ids.add(id);
        }
        int before = index.stride();
        List<String> snapshot = index.ids(null, ids.size());
        List<String> copy = List.copyOf(ids);
        Random random = new Random(3);
        for (int i = 0; i < 3_000; i++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            index.add(id);
            ids.add(id);
            if (i % 97 == 0) {
                assertEquals(copy, snapshot);
            }
        }
        assertNotEquals(before, index.stride(), "the stride follows the lengths");
        assertEquals(40, index.stride());
        assertEquals(copy, snapshot);
        assertHolds(index, ids);
        // Removal and compaction of the long IDs: the stride shrinks to what the short ones need.
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (i < 16) {
                kept.add(ids.get(i));
            } else {
                index.remove(i);
            }
        }
        for (int i = 0; i < 1_000; i++) {
            String id = "k" + i;
            index.add(id);
            kept.add(id);
        }
        List<String> beforeCompaction = index.ids(null, index.slots());
        int[] mapping = index.compact();
        assertEquals(kept.size(), index.size());
        assertEquals(8, index.stride(), "IDs of 2 to 7 bytes: a length byte and 7 bytes");
        assertHolds(index, kept);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i < 16 ? i : -1, mapping[i]);
        }
        assertEquals(copy, snapshot);
        assertEquals(ids.get(20), beforeCompaction.get(20));
    }

    @Test
    void longIdsAfterAReservationRelayOutWithoutGrowth() {
        NodeIndex index = new NodeIndex(0);
        index.reserve(10_000);
        assertEquals(12, index.stride());
        long reserved = index.idBytes();
        List<String> ids = new ArrayList<>();
        Random random = new Random(5);
        List<String> snapshot = null;
        for (int i = 0; i < 10_000; i++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            index.add(id);
            ids.add(id);
            if (i == 0) {
                snapshot = index.ids(null, 1);
            }
        }
        assertEquals(40, index.stride());
        assertEquals(ids.get(0), snapshot.get(0));
        assertHolds(index, ids);
        // The slots were laid out again once, at 40 bytes, and the overflow given up.
        assertTrue(index.idBytes() < reserved * 40 / 12 + 1_000, "id bytes " + index.idBytes());
    }

    @Test
    void randomOperationsMatchAMap() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            NodeIndex index = new NodeIndex(random.nextInt(3) == 0 ? random.nextInt(500) : 0);
            List<String> order = new ArrayList<>(); // by index, null when dead
            Map<String, Integer> map = new HashMap<>();
            List<List<String>> snapshots = new ArrayList<>();
            List<List<String>> expected = new ArrayList<>();
            int maxLength = 1 + random.nextInt(80);
            for (int step = 0; step < 3_000; step++) {
                int op = random.nextInt(20);
                if (op < 14) {
                    String id = randomId(random, maxLength);
                    int got = index.addIfAbsent(id);
                    Integer existing = map.get(id);
                    if (existing != null) {
                        assertEquals(-1 - existing, got);
                    } else {
                        assertEquals(order.size(), got);
                        order.add(id);
                        map.put(id, got);
                    }
                } else if (op < 18 && !map.isEmpty()) {
                    int victim = random.nextInt(order.size());
                    if (order.get(victim) != null) {
                        index.remove(victim);
                        map.remove(order.get(victim));
                        order.set(victim, null);
                    }
                } else if (op == 18) {
                    int[] mapping = index.compact();
                    List<String> kept = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        assertEquals(order.get(i) == null ? -1 : kept.size(), mapping[i]);
                        if (order.get(i) != null) {
                            kept.add(order.get(i));
                        }
                    }
                    order = kept;
                    map.clear();
                    for (int i = 0; i < order.size(); i++) {
                        map.put(order.get(i), i);
                    }
                } else {
                    if (random.nextBoolean()) {
                        index.reserve(random.nextInt(200));
                    }
                    List<Integer> live = new ArrayList<>();
                    for (int i = 0; i < order.size(); i++) {
                        if (order.get(i) != null) {
                            live.add(i);
                        }
                    }
                    int[] indices = live.stream().mapToInt(Integer::intValue).toArray();
                    snapshots.add(index.ids(indices, indices.length));
                    expected.add(live.stream().map(order::get).toList());
                }
                if (!snapshots.isEmpty() && random.nextInt(4) == 0) {
                    // An ID the newest snapshot hands out, looked up by identity after whatever
                    // removals and compactions came since.
                    List<String> newest = snapshots.get(snapshots.size() - 1);
                    if (!newest.isEmpty()) {
                        String handed = newest.get(random.nextInt(newest.size()));
                        assertEquals(
                                map.getOrDefault(handed, -1),
                                index.find(handed),
                                () -> "find " + handed);
                    }
                }
                if (step % 500 == 0) {
                    for (int i = 0; i < order.size(); i++) {
                        if (order.get(i) != null) {
                            assertEquals(i, index.find(new String(order.get(i))));
                            assertEquals(order.get(i), index.id(i));
                        }
                    }
                }
            }
            assertEquals(map.size(), index.size());
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                assertEquals(e.getValue(), index.find(e.getKey()));
            }
            for (int s = 0; s < snapshots.size(); s++) {
                assertEquals(expected.get(s), snapshots.get(s));
            }
        }
    }

    // ---- numbered IDs ----

    @Test
    void idsOfTheFirstNumberedFamilyGoByNumberAndOthersByHash() {
        NodeIndex index = new NodeIndex(0);
        List<String> ids = new ArrayList<>();
        ids.add("root"); // no trailing digits: adopts no family
        for (int i = 0; i < 3_000; i++) {
            ids.add("node_" + i); // adopts "node_"
        }
        // Not the family: another prefix, leading zeros, no digits, ten digits, non-ASCII, a
        // suffix.
        ids.addAll(
                List.of(
                        "user_1",
                        "node_01",
                        "node_00",
                        "node_",
                        "node_1234567890",
                        "nodé_1",
                        "node_1x",
                        "Node_1"));
        for (String id : ids) {
            assertEquals(ids.indexOf(id), index.add(id));
        }
        assertEquals(3_000, index.numberedCount());
        assertHolds(index, ids);
        assertEquals(-1, index.find("node_3000"));
        assertEquals(-1, index.find("node_999999999"));
        assertEquals(-1, index.find("node_-1"));
        assertEquals(-1, index.find("node_+1"));
        assertEquals(-1 - 1, index.addIfAbsent("node_0"));
        assertEquals(-1 - ids.indexOf("node_01"), index.addIfAbsent("node_01"));
        // The numbers cost 4 bytes each, the table holds the nine others.
        assertTrue(
                index.indexBytes() < 3_000 * 4 * 1.3 + 1_000, "index bytes " + index.indexBytes());
    }

    @Test
    void aNumberTooLargeForTheArrayStaysFindableWhenTheArrayGrowsPastIt() {
        NodeIndex index = new NodeIndex(0);
        index.add("7"); // adopts the empty prefix: plain numbers
        index.add("5000"); // beyond twice the family plus the slack: the table
        assertEquals(1, index.numberedCount());
        List<String> ids = new ArrayList<>(List.of("7", "5000"));
        for (int i = 0; i < 6_000; i++) {
            String id = Integer.toString(i);
            int got = index.addIfAbsent(id);
            if (i == 7) {
                assertEquals(-1, got);
            } else if (i == 5000) {
                assertEquals(-1 - 1, got, "found in the table, not added again by number");
            } else {
                assertEquals(ids.size(), got);
                ids.add(id);
            }
        }
        assertEquals(ids.size() - 1, index.numberedCount());
        assertHolds(index, ids);
        index.remove(1);
        assertEquals(-1, index.find("5000"));
        assertEquals(ids.size(), index.add("5000"));
    }

    @Test
    void removalAndCompactionKeepNumbersRightAndGiveMemoryBack() {
        NodeIndex index = new NodeIndex(0);
        for (int i = 0; i < 100_000; i++) {
            index.add("n" + i);
        }
        long full = index.indexBytes();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            if (i % 1000 == 999) {
                kept.add("n" + i);
            } else {
                index.remove(i);
            }
        }
        assertEquals(-1, index.find("n0"));
        assertEquals(999, index.find("n999"));
        assertEquals(100_000, index.add("n0"));
        kept.add("n0");
        int[] mapping = index.compact();
        assertEquals(0, mapping[999]);
        assertEquals(-1, mapping[0]);
        assertHolds(index, kept);
        // 101 IDs left, numbered up to 99,999: most are too sparse for the array and go to the
        // table.
        assertTrue(index.indexBytes() < full / 20, index.indexBytes() + " of " + full);
        assertTrue(index.numberedCount() < 10, "numbered " + index.numberedCount());
        for (String id : kept) {
            assertEquals(-1 - kept.indexOf(id), index.addIfAbsent(id));
        }
        index.remove(kept.indexOf("n999"));
        assertEquals(-1, index.find("n999"));
        assertEquals(kept.size(), index.add("n999"));
    }

    @Test
    void roomAskedForBeforeTheFirstIdGoesWhereThatIdGoes() {
        NodeIndex numbered = new NodeIndex(100_000);
        numbered.add("node_0");
        assertTrue(
                numbered.indexBytes() < 100_000 * 4 + 20_000,
                "an array of numbers and the dead set, no table: " + numbered.indexBytes());
        assertTrue(
                numbered.indexBytes() > 100_000 * 4,
                "the numbers reserved: " + numbered.indexBytes());

        NodeIndex named = new NodeIndex(0);
        named.reserve(100_000);
        named.add("alpha");
        assertTrue(named.indexBytes() > 100_000 * 5, "a table for them all: " + named.indexBytes());
        named.add("n1");
        assertEquals(1, named.numberedCount());
    }

    // ---- IDs handed out by a list ----

    private static NodeIndex indexOf(int n, String prefix) {
        NodeIndex index = new NodeIndex(0);
        for (int i = 0; i < n; i++) {
            index.add(prefix + i);
        }
        return index;
    }

    @Test
    void anIdHandedOutIsFoundByIdentityUntilItsNodeIsRemoved() {
        for (String prefix : new String[] {"node_", "n-"}) { // numbered, and through the table
            NodeIndex index = indexOf(200, prefix);
            List<String> all = index.ids(null, index.slots());
            String handed = all.get(150);
            assertEquals(150, index.find(handed));

            index.remove(150);
            assertEquals(-1, index.find(handed), "a removed node is not found through the memo");
            assertEquals(200, index.add(new String(handed)));
            assertEquals(200, index.find(handed), "added again, it is at its new index");
            Iterator<String> it = all.iterator();
            String first = it.next();
            assertEquals(0, index.find(first));
        }
    }

    @Test
    void compactionVoidsTheIndicesAListHandedOut() {
        NodeIndex index = indexOf(200, "node_");
        index.remove(10);
        List<String> all = index.ids(null, index.slots()); // made after the removal
        String handed = all.get(120);
        assertEquals(120, index.find(handed));
        index.compact();
        assertEquals(119, index.find(handed), "compaction moved it down by one");
    }

    @Test
    void aListReadOnAnotherThreadIsFoundRightOnEveryThread() throws Exception {
        // Threads reading one list at once: each must get each ID's own index, never the index
        // another thread's read of the list recorded.
        NodeIndex index = indexOf(5_000, "n-");
        List<String> shared = index.ids(null, index.slots());
        List<Thread> threads = new ArrayList<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 3; t++) {
            int offset = t * 1_667;
            threads.add(
                    new Thread(
                            () -> {
                                for (int round = 0; round < 200 && failures.isEmpty(); round++) {
                                    for (int k = 0; k < shared.size(); k++) {
                                        int i = (k + offset) % shared.size();
                                        String id = shared.get(i);
                                        int found = index.find(id);
                                        if (found != i) {
                                            failures.add(id + " found at " + found + ", not " + i);
                                            return;
                                        }
                                    }
                                }
                            }));
        }
        threads.forEach(Thread::start);
        for (String id : shared) {
            assertEquals(Integer.parseInt(id.substring(2)), index.find(id));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void anIdPassedToAnotherThreadIsFoundRightThere() throws Exception {
        // The thread reading the list hands each ID to another thread, which looks it up while
        // the first goes on reading: the other thread must not trust the first one's record.
        NodeIndex index = indexOf(5_000, "n-");
        java.util.concurrent.BlockingQueue<String> handedOver =
                new java.util.concurrent.ArrayBlockingQueue<>(64);
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        int rounds = 40;
        Thread lookups =
                new Thread(
                        () -> {
                            try {
                                for (int k = 0; k < rounds * 5_000; k++) {
                                    String id = handedOver.take();
                                    int found = index.find(id);
                                    if (found != Integer.parseInt(id.substring(2))) {
                                        failures.add(id + " found at " + found);
                                    }
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
        lookups.start();
        for (int round = 0; round < rounds; round++) {
            for (String id : index.ids(null, index.slots())) {
                handedOver.put(id);
            }
        }
        lookups.join();
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())));
    }

    private static String randomId(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        if (random.nextInt(4) == 0) {
            length = Math.min(length, 2); // collisions: the same short ID again
        }
        if (random.nextInt(3) == 0) {
            // Of numbered form or nearly: two prefixes, small and large numbers, leading zeros.
            String prefix = random.nextBoolean() ? "p" : random.nextBoolean() ? "" : "q";
            int bound = random.nextInt(4) == 0 ? 1_000_000_000 : 300;
            String number = Integer.toString(random.nextInt(bound));
            return prefix + (random.nextInt(10) == 0 ? "0" : "") + number;
        }
        StringBuilder b = new StringBuilder();
        boolean plain = random.nextInt(3) > 0;
        for (int i = 0; i < length; i++) {
            if (plain) {
                b.append((char) ('a' + random.nextInt(3)));
            } else {
                switch (random.nextInt(5)) {
                    case 0 ->
                            b.append(
                                    (char)
                                            (0xD800
                                                    + random.nextInt(
                                                            0x800))); // surrogates, paired or not
                    case 1 -> b.append((char) (0x80 + random.nextInt(0x780)));
                    case 2 -> b.append((char) (0x800 + random.nextInt(0xF800)));
                    default -> b.append((char) random.nextInt(0x80));
                }
            }
        }
        return b.toString();
    }
}
