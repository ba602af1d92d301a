package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.gli.tck.RetainedSize;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The adjacency pool on its own, against a list-per-head model: the four shapes of a list (empty,
 * one in the head, a headerless pair, a block), blocks at the ends of segments, a list too large
 * for any segment, removal and compaction, the checks that guard optimistic readers, and the
 * accounting of its bytes (exact, against JOL).
 */
class AdjacencyPoolTest {

    /** Lists by index with their heads, mirrored by plain lists. */
    private static final class Lists {
        final AdjacencyPool pool = new AdjacencyPool(0);
        final int[] heads;
        final List<List<Integer>> model = new ArrayList<>();

        Lists(int count) {
            heads = new int[count];
            for (int i = 0; i < count; i++) {
                model.add(new ArrayList<>());
            }
        }

        void append(int list, int entry) {
            heads[list] = pool.append(heads[list], entry);
            model.get(list).add(entry);
        }

        void remove(int list, int entry) {
            heads[list] = pool.remove(heads[list], entry);
            model.get(list).remove((Integer) entry);
        }

        void clear(int list) {
            pool.clear(heads[list]);
            heads[list] = 0;
            model.get(list).clear();
        }

        void compact() {
            pool.compact(new int[][] {heads}, heads.length);
        }

        void check() {
            for (int list = 0; list < heads.length; list++) {
                check(list);
            }
        }

        void check(int list) {
            List<Integer> expected = model.get(list);
            int head = heads[list];
            assertEquals(expected.size(), pool.size(head), () -> "size of list " + list);
            assertEquals(
                    expected.size(), pool.checkedSize(head), () -> "checked size of list " + list);
            for (int i = 0; i < expected.size(); i++) {
                int at = i;
                assertEquals(
                        expected.get(i),
                        pool.get(head, i),
                        () -> "entry " + at + " of list " + list);
            }
            assertShape(head, expected.size());
        }
    }

    /** The head's form follows the size: 0, negative, a pair, a block. */
    private static void assertShape(int head, int size) {
        switch (size) {
            case 0 -> assertEquals(0, head);
            case 1 -> assertTrue(head < 0, "a list of one lives in its head");
            case 2 ->
                    assertTrue(
                            head > 0 && (head & AdjacencyPool.PAIR) != 0,
                            "a list of two is a pair");
            default ->
                    assertTrue(
                            head > 0 && (head & AdjacencyPool.PAIR) == 0,
                            "a longer list is a block");
        }
    }

    private static void assertExactFootprint(AdjacencyPool pool) {
        assertEquals(new RetainedSize().of(pool), pool.footprintBytes(), "footprint against JOL");
    }

    @Test
    void aListGrowsThroughEveryShapeAndShrinksBack() {
        Lists lists = new Lists(1);
        lists.check();
        for (int e = 0; e < 40; e++) {
            lists.append(0, 100 + e);
            lists.check();
        }
        // Remove from the middle, the front and the back, in turn, down to nothing.
        for (int k = 0; k < 40; k++) {
            List<Integer> left = lists.model.get(0);
            int entry = left.get(k % 3 == 0 ? left.size() / 2 : k % 3 == 1 ? 0 : left.size() - 1);
            lists.remove(0, entry);
            lists.check();
        }
        assertEquals(0, lists.heads[0]);
    }

    @Test
    void removingAnAbsentEntryChangesNothing() {
        Lists lists = new Lists(3);
        lists.append(0, 7);
        lists.append(1, 7);
        lists.append(1, 8);
        for (int e = 0; e < 5; e++) {
            lists.append(2, e);
        }
        int[] before = lists.heads.clone();
        for (int list = 0; list < 3; list++) {
            assertEquals(before[list], lists.pool.remove(before[list], 99));
        }
        assertEquals(0, lists.pool.remove(0, 99));
        lists.check();
    }

    @Test
    void pairsAndBlocksAreReused() {
        Lists lists = new Lists(2_000);
        for (int list = 0; list < 2_000; list++) {
            for (int e = 0; e < 2 + list % 7; e++) {
                lists.append(list, e);
            }
        }
        long capacity = lists.pool.capacity();
        for (int round = 0; round < 5; round++) {
            for (int list = 0; list < 2_000; list++) {
                lists.clear(list);
                for (int e = 0; e < 2 + list % 7; e++) {
                    lists.append(list, e);
                }
            }
        }
        lists.check();
        assertEquals(
                capacity,
                lists.pool.capacity(),
                "freed pairs and blocks are reused, so the pool does not grow");
    }

    @Test
    void blocksAtTheEndsOfSegmentsAndEveryMixOfSizes() {
        SplittableRandom random = new SplittableRandom(7);
        Lists lists = new Lists(3_000);
        // Lists grown one entry at a time, in random order, to sizes from 1 to 40,000: blocks of
        // every class land wherever the segments happen to end, and some take half a segment.
        int[] target = new int[lists.heads.length];
        int[] open = new int[target.length];
        for (int list = 0; list < target.length; list++) {
            int kind = random.nextInt(100);
            target[list] =
                    kind < 90
                            ? 1 + random.nextInt(12)
                            : kind < 99 ? 1 + random.nextInt(600) : 1 + random.nextInt(40_000);
            open[list] = list;
        }
        int openCount = open.length;
        for (int next = 0; openCount > 0; next++) {
            int pick = random.nextInt(openCount);
            int list = open[pick];
            lists.append(list, next);
            if (lists.model.get(list).size() == target[list]) {
                open[pick] = open[--openCount];
            }
        }
        lists.check();
        assertTrue(lists.pool.slotsInUse() > 10, "several segments: " + lists.pool.slotsInUse());
        assertExactFootprint(lists.pool);
    }

    @Test
    void whatABlockLeavesAtTheEndOfASegmentIsUsed() {
        // A pool hinted large has full segments from the start. Growing a list to 2^15 entries
        // takes 32,779 ints of blocks on the way, so its block of 2^15 does not fit after them:
        // it opens a second segment, and the rest of the first is cut into free blocks.
        AdjacencyPool hinted = new AdjacencyPool(2 * 10 * AdjacencyPool.SEGMENT);
        int[] heads = new int[3];
        int[] sizes = {1 << 15, 1 << 14, 1 << 14};
        for (int list = 0; list < 3; list++) {
            for (int e = 0; e < sizes[list]; e++) {
                heads[list] = hinted.append(heads[list], e);
            }
            if (list == 0) {
                assertEquals(2 * AdjacencyPool.SEGMENT, hinted.capacity());
            }
        }
        // The two lists of 2^14 came from the free blocks of the first list's growth and from the
        // first segment's end, cut up: no third segment.
        assertEquals(2 * AdjacencyPool.SEGMENT, hinted.capacity());
        for (int list = 0; list < 3; list++) {
            assertEquals(sizes[list], hinted.checkedSize(heads[list]));
            for (int e = 0; e < sizes[list]; e++) {
                assertEquals(e, hinted.get(heads[list], e));
            }
        }
    }

    @Test
    void randomOperationsMatchTheModel() {
        SplittableRandom random = new SplittableRandom(42);
        Lists lists = new Lists(5_000);
        int next = 0;
        for (int round = 0; round < 12; round++) {
            for (int op = 0; op < 60_000; op++) {
                int list =
                        random.nextInt(100) < 3
                                ? random.nextInt(20)
                                : random.nextInt(lists.heads.length);
                List<Integer> entries = lists.model.get(list);
                int choice = random.nextInt(100);
                if (choice < 65 || entries.isEmpty()) {
                    lists.append(list, next++);
                } else if (choice < 99) {
                    lists.remove(list, entries.get(random.nextInt(entries.size())));
                } else {
                    lists.clear(list);
                }
            }
            lists.check();
            if (round % 4 == 3) {
                lists.compact();
                lists.check();
            }
        }
        assertExactFootprint(lists.pool);
    }

    @Test
    void aListLargerThanASegmentHasAnArrayOfItsOwn() {
        int hub = AdjacencyPool.SEGMENT + 123;
        Lists lists = new Lists(40);
        int firstArray = 0;
        for (int e = 0; e < hub; e++) {
            lists.append(0, e);
            if (e % 1_000 == 0) {
                lists.append(1 + e / 1_000 % 39, e); // small lists in between
            }
            if (e == 1 << AdjacencyPool.MAX_SEGMENT_CLASS) { // one more than the largest block in a
                // segment
                firstArray = lists.heads[0];
                lists.check(0);
            }
        }
        lists.check();
        int head = lists.heads[0];
        assertEquals(0, head & 0xFFFF, "a hub array's header is at offset 0");
        assertNotEquals(0, head >>> AdjacencyPool.OFFSET_BITS, "slot 0 is never a hub's");
        assertEquals(firstArray, head, "a hub array grows in its slot, so its head stays");
        assertExactFootprint(lists.pool);

        // Remove from the front, the back and the middle, down through a block, a pair and one.
        SplittableRandom random = new SplittableRandom(3);
        int slots = lists.pool.slotsInUse();
        boolean leftItsArray = false;
        List<Integer> left = lists.model.get(0);
        while (!left.isEmpty()) {
            int which = random.nextInt(3);
            int index = which == 0 ? 0 : which == 1 ? left.size() - 1 : random.nextInt(left.size());
            int entry = left.get(index);
            lists.heads[0] = lists.pool.remove(lists.heads[0], entry);
            left.remove(index);
            if (left.size() % 4_999 == 0 || left.size() < 10) {
                lists.check(0);
            }
            leftItsArray |=
                    left.size() < AdjacencyPool.SEGMENT / 4 && (lists.heads[0] & 0xFFFF) != 0;
        }
        assertTrue(leftItsArray, "a hub that shrank moves back into a segment");
        assertTrue(lists.pool.slotsInUse() < slots, "its slot was given back");
        lists.check();
        assertExactFootprint(lists.pool);
    }

    @Test
    void theSlotOfADroppedHubArrayIsReused() {
        // A list filled past a segment and cleared, twice: the second hub array takes the slot the
        // first one gave back, and the blocks it grew through come from the free lists.
        Lists lists = new Lists(1);
        int[] slots = new int[2];
        long[] capacity = new long[2];
        for (int round = 0; round < 2; round++) {
            for (int e = 0; e < AdjacencyPool.SEGMENT + 5; e++) {
                lists.append(0, e);
            }
            lists.check();
            slots[round] = lists.pool.slotsInUse();
            capacity[round] = lists.pool.capacity();
            lists.clear(0);
            assertEquals(slots[round] - 1, lists.pool.slotsInUse(), "the hub array is dropped");
        }
        assertEquals(slots[0], slots[1]);
        assertEquals(capacity[0], capacity[1]);
        lists.check();
    }

    @Test
    void compactionRebuildsWithoutGapsAndKeepsEveryList() {
        SplittableRandom random = new SplittableRandom(11);
        Lists lists = new Lists(20_000);
        int next = 0;
        for (int list = 0; list < lists.heads.length; list++) {
            int size = list == 0 ? 100_000 : list == 1 ? 40_000 : random.nextInt(12);
            for (int e = 0; e < size; e++) {
                lists.append(list, next++);
            }
        }
        for (int list = 2; list < lists.heads.length; list++) {
            if (random.nextInt(10) < 7) {
                lists.clear(list);
            }
        }
        for (int e = 0; e < 30_000; e++) {
            lists.remove(1, lists.model.get(1).get(0));
        }
        long before = lists.pool.capacity();
        long beforeBytes = lists.pool.footprintBytes();
        lists.compact();
        lists.check();
        long needed = 0;
        for (int list = 1; list < lists.heads.length; list++) { // list 0 keeps its hub array
            int size = lists.model.get(list).size();
            needed += size <= 1 ? 0 : size == 2 ? 2 : 1 + (1 << AdjacencyPool.sizeClassFor(size));
        }
        long after = lists.pool.capacity() - (1 + (1 << AdjacencyPool.sizeClassFor(100_000)));
        assertTrue(
                after <= needed + needed / 8 + AdjacencyPool.MIN_SEGMENT + 1,
                "after compaction " + after + " ints in segments for " + needed);
        assertTrue(lists.pool.capacity() < before && lists.pool.footprintBytes() < beforeBytes);
        assertExactFootprint(lists.pool);
        // Still a working pool: grow and shrink after compaction.
        for (int list = 0; list < 500; list++) {
            lists.append(list, next++);
            lists.append(list, next++);
            lists.append(list, next++);
        }
        lists.remove(0, 5);
        lists.check();
    }

    @Test
    void remapRewritesEveryShape() {
        Lists lists = new Lists(4);
        int[] mapping = new int[100];
        for (int e = 0; e < 100; e++) {
            mapping[e] = 1_000 + e;
        }
        lists.append(1, 1);
        lists.append(2, 2);
        lists.append(2, 3);
        for (int e = 10; e < 20; e++) {
            lists.append(3, e);
        }
        for (int list = 0; list < 4; list++) {
            lists.heads[list] = lists.pool.remap(lists.heads[list], mapping);
            lists.model.get(list).replaceAll(e -> mapping[e]);
        }
        lists.check();
    }

    @Test
    void checkedSizeRefusesHeadsThatDoNotNameAListWithinTheArrays() {
        Lists lists = new Lists(3_000);
        SplittableRandom random = new SplittableRandom(5);
        List<Integer> issued = new ArrayList<>();
        for (int step = 0; step < 30_000; step++) {
            int list = random.nextInt(lists.heads.length);
            if (random.nextInt(4) == 0 && !lists.model.get(list).isEmpty()) {
                lists.remove(list, lists.model.get(list).get(0));
            } else {
                lists.append(list, random.nextInt(Integer.MAX_VALUE));
            }
            issued.add(lists.heads[list]);
        }
        for (int e = 0; e < 70_000; e++) {
            lists.append(0, e); // a hub array too
        }
        issued.add(lists.heads[0]);
        // Stale heads (freed, reused) and arbitrary ones: a size is refused, or bounds every read.
        for (int i = 0; i < 200_000; i++) {
            int head = i < issued.size() ? issued.get(i) : random.nextInt();
            int size;
            try {
                size = lists.pool.checkedSize(head);
            } catch (ConcurrentModificationException refused) {
                continue;
            }
            assertTrue(size >= 0 && size <= lists.pool.capacity(), "size " + size);
            for (int k = 0; k < size; k++) {
                lists.pool.get(head, k); // must stay within the array
            }
        }
        int slotBeyondTheTable = (AdjacencyPool.SLOTS - 1) << AdjacencyPool.OFFSET_BITS | 1;
        assertThrows(
                ConcurrentModificationException.class,
                () -> lists.pool.checkedSize(slotBeyondTheTable));
        assertThrows(
                ConcurrentModificationException.class,
                () -> lists.pool.checkedSize(AdjacencyPool.PAIR | 0xFFFF));
        int pastTheFirstSegment =
                AdjacencyPool.MIN_SEGMENT + 5; // slot 0 is the first, smallest segment
        assertThrows(
                ConcurrentModificationException.class,
                () -> lists.pool.checkedSize(pastTheFirstSegment));
        lists.check();
    }

    @Test
    void anEmptyPoolHoldsNoSegmentAndAHintSizesTheFirstOne() {
        AdjacencyPool empty = new AdjacencyPool(0);
        assertEquals(0, empty.capacity());
        assertExactFootprint(empty);
        int head = empty.append(empty.append(0, 1), 2);
        assertEquals(AdjacencyPool.MIN_SEGMENT, empty.capacity());
        assertEquals(2, empty.size(head));

        AdjacencyPool hinted = new AdjacencyPool(2 * 1_000_000);
        hinted.append(hinted.append(0, 1), 2);
        assertEquals(
                AdjacencyPool.SEGMENT, hinted.capacity(), "a hint asks for full segments at once");
    }

    @Test
    void aSegmentIsNeverAHumongousObject() {
        // Half of G1's smallest region (1 MB) or more would be humongous; the segment plus its
        // header is below.
        long bytes = io.gli.spi.ObjectSizes.array(AdjacencyPool.SEGMENT, 4);
        if (bytes >= 512 * 1024) {
            fail("a segment takes " + bytes + " bytes");
        }
    }
}
