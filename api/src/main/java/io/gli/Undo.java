package io.gli;

import io.gli.spi.GraphStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to take back one operation that a batch applied in place, should a later one fail: what
 * {@link Operation.Undoable#applyUndoably} returns and {@link AtomicApply} keeps until the batch is
 * through. An add is its own undo (removing what it named), so a batch of adds keeps none.
 */
interface Undo {
    /** Restores the state before the operation; runs under the same write lock as the batch. */
    void undo(GraphStore store);

    /** The undo of an operation that changed nothing. */
    Undo NOTHING = store -> {};

    /** Removes an element the operation created. */
    record Removal(Element element) implements Undo {
        @Override
        public void undo(GraphStore store) {
            element.remove(store);
        }
    }

    /**
     * Puts back the attributes an operation changed: {@code values} as they were, {@code absent}
     * removed again.
     */
    record Restore(Element element, Map<String, Object> values, List<String> absent)
            implements Undo {

        /** What {@code element}, which exists, holds now under {@code keys}. */
        static Restore of(Element element, Set<String> keys, GraphStore store) {
            Map<String, Object> values = new HashMap<>();
            List<String> absent = new ArrayList<>();
            for (String key : keys) {
                Object value = element.attribute(store, key);
                if (value == null) {
                    absent.add(key);
                } else {
                    values.put(key, value);
                }
            }
            return new Restore(element, values, absent);
        }

        @Override
        public void undo(GraphStore store) {
            for (String key : absent) {
                element.removeAttribute(store, key);
            }
            if (!values.isEmpty()) {
                element.putAttributes(store, values);
            }
        }
    }
}
