package io.gli.optimized;

import java.util.HashMap;
import java.util.Map;

/**
 * Verifies every internal invariant of an {@link AttributeSets} (O(total size)): each live set is
 * found in the dedup index by its content and no two live sets have equal content; column, shape
 * and pool reference counts match the live sets; free ids are exactly the unused ones. Throws
 * {@link IllegalStateException} naming the first broken one.
 */
final class AttributeSetsInvariants {
    private AttributeSetsInvariants() {}

    static void check(AttributeSets sets) {
        AttributeSets.Parts parts = sets.parts();
        AttrColumnRegistry registry = parts.registry();
        AttrShapes shapes = parts.shapes();
        AttrValues values = parts.values();
        AttrSetIndex index = parts.index();
        FreeIds ids = parts.setIds();
        int highWater = ids.highWater();
        int[] columnCounts = new int[registry.highWater()];
        HashMap<Integer, Integer> shapeCounts = new HashMap<>();
        HashMap<Integer, Integer> stringRefs = new HashMap<>();
        HashMap<Integer, Integer> nestedRefs = new HashMap<>();
        HashMap<Map<String, Object>, Integer> contents = new HashMap<>();
        int liveCount = 0;
        boolean[] isFree = new boolean[highWater];
        boolean[] inTable = new boolean[highWater];
        for (int i = 0; i < index.capacity(); i++) {
            int slot = index.slot(i);
            int id = index.setIn(slot);
            if (slot != 0 && id < highWater) {
                inTable[id] = true;
            }
        }
        for (int i = 0; i < ids.freeCount(); i++) {
            int f = ids.free(i);
            check(f > 0 && f < highWater && !isFree[f], "bad free id " + f);
            isFree[f] = true;
        }
        for (int s = 1; s < highWater; s++) {
            int r = sets.refCount(s);
            check(r >= 0, "negative count");
            check((r == 0) == isFree[s], "set " + s + " refs " + r + " but free=" + isFree[s]);
            if (r == 0) {
                continue;
            }
            liveCount++;
            int shape = (int) parts.shapeOf().get(s);
            shapeCounts.merge(shape, 1, Integer::sum);
            int[] cs = shapes.columns(shape);
            check(cs.length > 0, "empty set stored");
            HashMap<String, Object> content = new HashMap<>();
            long sum = 0;
            for (int c : cs) {
                AttrColumn col = registry.column(c);
                check(col != null && col.id == c, "column " + c + " missing");
                columnCounts[c]++;
                long p = col.payload(s);
                if (col.kind == AttrColumn.STRING) {
                    stringRefs.merge((int) p, 1, Integer::sum);
                } else if (col.kind == AttrColumn.NESTED) {
                    nestedRefs.merge((int) p, 1, Integer::sum);
                }
                check(
                        content.put(col.key.name, values.decode(col.kind, p)) == null,
                        "key twice in set " + s);
                check(registry.key(col.key.name) == col.key, "key not registered");
                sum += AttrSetIndex.entryHash(c, p);
            }
            Integer other = contents.put(content, s);
            check(other == null, "sets " + other + " and " + s + " have equal content");
            int h = AttrSetIndex.finish(sum);
            // the set must be reachable from its home slot, unless it is not indexed yet
            if (s >= index.unindexedFrom()) {
                check(!inTable[s], "unindexed set " + s + " in the dedup index");
                continue;
            }
            int cap = index.capacity();
            int i = TableMath.home(h, cap);
            boolean found = false;
            for (int dist = 0; index.slot(i) != 0; dist++, i = TableMath.next(i, cap)) {
                int slot = index.slot(i);
                if (index.setIn(slot) == s) {
                    check(index.hasTag(slot, h), "bad tag for set " + s);
                    check(
                            index.distanceIn(slot) == Math.min(dist, index.distMax()),
                            "bad distance for set " + s);
                    found = true;
                    break;
                }
            }
            check(found, "set " + s + " not found in the dedup index");
        }
        int live = sets.liveSets();
        check(liveCount == live, "live count " + live + " but " + liveCount + " sets live");
        int slots = 0;
        for (int i = 0; i < index.capacity(); i++) {
            int slot = index.slot(i);
            if (slot != 0) {
                slots++;
                int s = index.setIn(slot);
                check(s > 0 && s < highWater && sets.refCount(s) > 0, "table holds dead set " + s);
            }
        }
        int unindexed = 0;
        for (int s = index.unindexedFrom(); s < highWater; s++) {
            if (sets.refCount(s) > 0) {
                unindexed++;
            }
        }
        check(
                slots == live - unindexed,
                "table holds "
                        + slots
                        + " sets, "
                        + live
                        + " live, "
                        + unindexed
                        + " not indexed yet");
        check(
                slots == index.indexed(),
                "table holds " + slots + " sets, counted " + index.indexed());
        int liveColumns = 0;
        for (int c = 0; c < registry.highWater(); c++) {
            AttrColumn col = registry.column(c);
            if (col == null) {
                check(columnCounts[c] == 0, "dropped column " + c + " in use");
                continue;
            }
            liveColumns++;
            check(
                    col.count == columnCounts[c] && col.count > 0,
                    "column "
                            + col.key.name
                            + " count "
                            + col.count
                            + ", used by "
                            + columnCounts[c]);
            check(col.key.byKind[col.kind] == col, "column not linked from its key");
        }
        int keyColumns = 0;
        for (AttrKey k : registry.keys()) {
            int m = 0;
            for (AttrColumn c : k.byKind) {
                if (c != null) {
                    m++;
                }
            }
            check(m == k.columns && m > 0, "key " + k.name + " column count");
            check(k.mark == 0, "key " + k.name + " left marked");
            keyColumns += m;
        }
        check(keyColumns == liveColumns, "keys and columns disagree");
        check(
                shapes.size() == shapeCounts.size(),
                "shapes " + shapes.size() + " but " + shapeCounts.size() + " used");
        shapeCounts.forEach(
                (shape, count) ->
                        check(shapes.refCount(shape) == count, "shape " + shape + " count"));
        checkPool(values.pool(AttrColumn.STRING), stringRefs, "string");
        checkPool(values.pool(AttrColumn.NESTED), nestedRefs, "nested");
    }

    private static void checkPool(AttrPool pool, Map<Integer, Integer> used, String what) {
        check(
                pool.size() == used.size(),
                what + " pool holds " + pool.size() + ", " + used.size() + " used");
        used.forEach((id, count) -> check(pool.refCount(id) == count, what + " " + id + " count"));
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
