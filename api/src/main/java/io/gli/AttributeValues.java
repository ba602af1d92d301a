package io.gli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns caller-supplied attribute values into the stored form: small integers widened to Long,
 * Float to Double, lists and maps deep-copied into immutable collections. Everything else is
 * refused here, before any state is touched, so a bad value can never half-apply an operation.
 */
final class AttributeValues {
    /**
     * The JDK's own immutable maps ({@code Map.of}): truly immutable and null-free, so one whose
     * keys and values are already in stored form can be kept as it is instead of copied.
     */
    private static final Class<?> JDK_MAP_ONE = Map.of("k", 1).getClass();

    private static final Class<?> JDK_MAP_N = Map.of("k", 1, "l", 2).getClass();

    private final boolean nestedAllowed;
    private final String backend;

    AttributeValues(boolean nestedAllowed, String backend) {
        this.nestedAllowed = nestedAllowed;
        this.backend = backend;
    }

    /** An immutable, normalized copy of a whole attribute map; checks every key and value. */
    Map<String, Object> normalizeAll(Map<String, ?> attributes) {
        Errors.requireNonNull(attributes, "attributes map");
        if (attributes.isEmpty()) {
            return Map.of();
        }
        Class<?> type = attributes.getClass();
        if ((type == JDK_MAP_ONE || type == JDK_MAP_N) && inStoredForm(attributes)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> same = (Map<String, Object>) attributes;
            return same;
        }
        LinkedHashMap<String, Object> copy = new LinkedHashMap<>(attributes.size() * 2);
        for (Map.Entry<String, ?> entry : attributes.entrySet()) {
            Object key = entry.getKey();
            if (!(key instanceof String k) || k.isEmpty()) {
                throw Errors.badKey(key);
            }
            copy.put(k, normalize(k, entry.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The stored form of every entry of a column ({@link Graph#setNodeColumn}; nulls kept, as they
     * mean "no attribute"), checked in full before anything is locked or changed.
     */
    Object[] normalizeColumn(String key, List<?> values) {
        Errors.requireKey(key);
        Object[] cells = Errors.requireNonNull(values, "values").toArray();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                try {
                    cells[i] = normalize(key, cells[i]);
                } catch (IllegalArgumentException e) {
                    throw Errors.badColumnEntry(i, e);
                }
            }
        }
        return cells;
    }

    /**
     * Whether every key is a non-empty String and every value a scalar the store keeps as it is.
     */
    private static boolean inStoredForm(Map<String, ?> attributes) {
        for (Map.Entry<String, ?> entry : attributes.entrySet()) {
            Object key = entry.getKey();
            Object value = entry.getValue();
            if (!(key instanceof String k)
                    || k.isEmpty()
                    || !(value instanceof String
                            || value instanceof Long
                            || value instanceof Double
                            || value instanceof Boolean)) {
                return false;
            }
        }
        return true;
    }

    /** The stored form of one top-level value. */
    Object normalize(String key, Object value) {
        Object scalar = scalar(value);
        if (scalar != null) {
            return scalar;
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            if (!nestedAllowed) {
                throw Errors.unsupported(backend, Capability.NESTED_VALUES);
            }
            return nested(key, "", value, 1, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        throw Errors.badValue(key, "", value);
    }

    /**
     * The type the contract names for a stored value: List and Map rather than their
     * implementations.
     */
    static Class<?> contractType(Object value) {
        if (value instanceof List<?>) {
            return List.class;
        }
        if (value instanceof Map<?, ?>) {
            return Map.class;
        }
        return value.getClass();
    }

    /** The stored form of a scalar, or null if the value is not a supported scalar. */
    private static Object scalar(Object value) {
        if (value instanceof String
                || value instanceof Long
                || value instanceof Double
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return null;
    }

    private static Object nested(
            String key, String path, Object value, int depth, Set<Object> onPath) {
        Object scalar = scalar(value);
        if (scalar != null) {
            return scalar;
        }
        if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
            throw Errors.badValue(key, path, value);
        }
        if (depth > Graph.MAX_NESTING) {
            throw Errors.tooDeep(key, path);
        }
        if (!onPath.add(value)) {
            throw Errors.cyclicValue(key, path);
        }
        Object copy;
        if (value instanceof List<?> list) {
            ArrayList<Object> out = new ArrayList<>(list.size());
            int i = 0;
            for (Object element : list) {
                out.add(nested(key, path + "[" + i + "]", element, depth + 1, onPath));
                i++;
            }
            copy = Collections.unmodifiableList(out);
        } else {
            Map<?, ?> map = (Map<?, ?>) value;
            LinkedHashMap<String, Object> out = new LinkedHashMap<>(map.size() * 2);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String k)) {
                    throw Errors.badNestedKey(
                            key, path.isEmpty() ? "top level" : path, entry.getKey());
                }
                out.put(
                        k,
                        nested(
                                key,
                                path + "[" + Errors.quote(k) + "]",
                                entry.getValue(),
                                depth + 1,
                                onPath));
            }
            copy = Collections.unmodifiableMap(out);
        }
        onPath.remove(value);
        return copy;
    }
}
