package io.gli.spi;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sizes of objects on the running JVM, for stores that account for their own memory ({@link
 * GraphStore#footprint()}). The layout parameters (header, reference and alignment bytes) are read
 * once from HotSpot's flags ({@code UseCompressedOops}, {@code UseCompressedClassPointers}, {@code
 * ObjectAlignmentInBytes}); on a JVM without those flags the common 64-bit layout with compressed
 * references is assumed. Field sizes are summed without the JVM's field packing, which on HotSpot
 * since JDK 15 leaves no gaps beyond the final alignment.
 */
public final class ObjectSizes {
    private static final int HEADER;
    private static final int REFERENCE;
    private static final int ALIGNMENT;
    private static final int ARRAY_HEADER;

    static {
        boolean compressedOops = flag("UseCompressedOops", "true").equals("true");
        boolean compressedClasses = flag("UseCompressedClassPointers", "true").equals("true");
        REFERENCE = compressedOops ? 4 : 8;
        HEADER = compressedClasses ? 12 : 16;
        ALIGNMENT = Integer.parseInt(flag("ObjectAlignmentInBytes", "8"));
        ARRAY_HEADER = compressedClasses ? 16 : 20; // header plus the length field
    }

    private static final ClassValue<Long> INSTANCE_SIZES =
            new ClassValue<>() {
                @Override
                protected Long computeValue(Class<?> type) {
                    long fields = 0;
                    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                        for (Field field : c.getDeclaredFields()) {
                            if (!Modifier.isStatic(field.getModifiers())) {
                                fields += fieldBytes(field.getType());
                            }
                        }
                    }
                    return object(fields);
                }
            };

    private ObjectSizes() {}

    private static String flag(String name, String fallback) {
        try {
            return ManagementFactory.getPlatformMXBean(
                            com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption(name)
                    .getValue();
        } catch (RuntimeException | LinkageError e) {
            return fallback; // not HotSpot, or the flag does not exist there
        }
    }

    private static int fieldBytes(Class<?> type) {
        if (!type.isPrimitive()) {
            return REFERENCE;
        }
        if (type == long.class || type == double.class) {
            return 8;
        }
        if (type == int.class || type == float.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }

    /** Bytes of a reference field or array element. */
    public static int reference() {
        return REFERENCE;
    }

    /** {@code bytes} rounded up to the object alignment. */
    public static long align(long bytes) {
        return (bytes + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    /** An object whose fields take {@code fieldBytes} in all. */
    public static long object(long fieldBytes) {
        return align(HEADER + fieldBytes);
    }

    /**
     * An instance of {@code type}: its header and every instance field of it and its superclasses.
     */
    public static long instance(Class<?> type) {
        return INSTANCE_SIZES.get(type);
    }

    /** An array of {@code length} elements of {@code elementBytes} each. */
    public static long array(long length, int elementBytes) {
        return align(ARRAY_HEADER + length * elementBytes);
    }

    /** An array of {@code length} references. */
    public static long referenceArray(long length) {
        return array(length, REFERENCE);
    }

    /** Bytes of {@code a}, 0 for null. */
    public static long of(int[] a) {
        return a == null ? 0 : array(a.length, 4);
    }

    /** Bytes of {@code a}, 0 for null. */
    public static long of(long[] a) {
        return a == null ? 0 : array(a.length, 8);
    }

    /** Bytes of {@code a}, 0 for null. */
    public static long of(byte[] a) {
        return a == null ? 0 : array(a.length, 1);
    }

    /** Bytes of {@code a} itself (not of its elements), 0 for null. */
    public static long of(Object[] a) {
        return a == null ? 0 : referenceArray(a.length);
    }

    /**
     * An attribute value as the API hands it to a store (Long, Double, Boolean, String, or a nested
     * list or map normalized to an unmodifiable view of an {@code ArrayList} or a {@code
     * LinkedHashMap} sized for its content) with everything it holds, skipping objects already in
     * {@code counted} and adding the rest to it, so that shared objects count once.
     */
    public static long value(Object value, Set<Object> counted) {
        if (value == null || !counted.add(value)) {
            return 0;
        }
        if (value instanceof String s) {
            return string(s);
        }
        long b = instance(value.getClass());
        if (value instanceof List<?> list) {
            b += instance(ArrayList.class) + referenceArray(list.size());
            for (Object element : list) {
                b += value(element, counted);
            }
        } else if (value instanceof Map<?, ?> map) {
            // Iterating a map (this walk does) leaves two cached entry-set views behind: the
            // unmodifiable wrapper's and the LinkedHashMap's, one reference each.
            b += instance(LinkedHashMap.class) + 2 * object(REFERENCE);
            if (!map.isEmpty()) {
                b +=
                        referenceArray(Integer.highestOneBit(4 * map.size() - 1))
                                + LINKED_ENTRY * map.size();
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                b += value(entry.getKey(), counted) + value(entry.getValue(), counted);
            }
        }
        return b;
    }

    /** A {@code LinkedHashMap} entry: hash, key, value, next, and the two links of the order. */
    public static final long LINKED_ENTRY = object(4 + 5L * REFERENCE);

    /**
     * A String and its character array: one byte per char when every char is Latin-1 (compact
     * strings, the JDK's default), else two.
     */
    public static long string(String s) {
        int n = s.length();
        boolean latin1 = true;
        for (int i = 0; i < n && latin1; i++) {
            latin1 = s.charAt(i) <= 0xFF;
        }
        return instance(String.class) + array(latin1 ? n : 2L * n, 1);
    }
}
