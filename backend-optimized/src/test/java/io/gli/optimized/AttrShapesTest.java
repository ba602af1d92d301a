package io.gli.optimized;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** {@link AttrShapes}: interning column-id sets, through the remembered last shape and past it. */
class AttrShapesTest {

    @Test
    void theSameColumnsInAnyOrderGetOneShape() {
        AttrShapes shapes = new AttrShapes();
        int first = shapes.intern(new int[] {3, 1, 2}, 3);
        assertEquals(
                first,
                shapes.intern(new int[] {3, 1, 2}, 3),
                "same order, answered by the last shape");
        assertEquals(
                first,
                shapes.intern(new int[] {2, 3, 1}, 3),
                "another order, answered by the table");
        assertEquals(3, shapes.refCount(first));
        assertArrayEquals(new int[] {1, 2, 3}, shapes.columns(first));
    }

    @Test
    void onlyTheFirstNIdsCount() {
        AttrShapes shapes = new AttrShapes();
        int two = shapes.intern(new int[] {4, 5, 9}, 2);
        int three = shapes.intern(new int[] {4, 5, 9}, 3);
        assertNotEquals(two, three);
        assertEquals(two, shapes.intern(new int[] {4, 5, 7}, 2));
        assertArrayEquals(new int[] {4, 5}, shapes.columns(two));
        assertArrayEquals(new int[] {4, 5, 9}, shapes.columns(three));
    }

    @Test
    void aDeletedLastShapeIsNotReturnedAgain() {
        AttrShapes shapes = new AttrShapes();
        int kept = shapes.intern(new int[] {7}, 1);
        int gone = shapes.intern(new int[] {1, 2}, 2);
        shapes.release(gone);
        int again = shapes.intern(new int[] {1, 2}, 2);
        assertEquals(1, shapes.refCount(again));
        assertArrayEquals(new int[] {1, 2}, shapes.columns(again));

        // The freed id is reused by other columns; the old columns then get a shape of their own.
        shapes.release(again);
        int other = shapes.intern(new int[] {5, 6, 8}, 3);
        int back = shapes.intern(new int[] {1, 2}, 2);
        assertNotEquals(other, back);
        assertArrayEquals(new int[] {5, 6, 8}, shapes.columns(other));
        assertArrayEquals(new int[] {1, 2}, shapes.columns(back));
        assertEquals(1, shapes.refCount(kept));
        assertEquals(3, shapes.size());
    }

    @Test
    void clearingEveryShapeForgetsTheLastOne() {
        AttrShapes shapes = new AttrShapes();
        int s = shapes.intern(new int[] {1}, 1);
        shapes.release(s);
        assertEquals(0, shapes.size());
        int t = shapes.intern(new int[] {1}, 1);
        assertEquals(1, shapes.refCount(t));
        assertArrayEquals(new int[] {1}, shapes.columns(t));
    }
}
