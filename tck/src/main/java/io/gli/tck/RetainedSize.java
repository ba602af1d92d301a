package io.gli.tck;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;

/**
 * The total size of every object reachable from a root, with object sizes and field offsets from
 * JOL. Hand-written rather than JOL's {@code GraphStats} because, on JDK 17, JOL's walker raises
 * and catches an {@code IllegalAccessException} for every private field it reads, which made one
 * 100,000-node graph take 90 seconds; caching each class's size and reference-field offsets makes
 * the same walk take well under a second. The sizes are JOL's either way.
 *
 * <p>Used by the kit to check {@link io.gli.Graph#memoryProfile()} and by the bench's memory rows.
 * Not thread-safe; a graph being changed while it is walked gives no meaningful figure.
 */
public final class RetainedSize {
    static {
        // JOL's default way to find field offsets refuses record classes; this one does not.
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private final VirtualMachine vm = VM.current();
    private final Map<Class<?>, long[]> referenceOffsets = new HashMap<>();
    private final Map<Class<?>, Long> instanceSizes = new HashMap<>();
    private final Map<Class<?>, Long> arrayScales = new HashMap<>();

    /** Bytes retained by {@code root}: the sum of the sizes of all objects reachable from it. */
    public long of(Object root) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> pending = new ArrayDeque<>();
        pending.push(root);
        seen.put(root, Boolean.TRUE);
        long total = 0;
        while (!pending.isEmpty()) {
            Object object = pending.pop();
            Class<?> type = object.getClass();
            if (type.isArray()) {
                total += arraySize(object, type);
                if (object instanceof Object[] elements) {
                    for (Object element : elements) {
                        visit(element, seen, pending);
                    }
                }
                continue;
            }
            total += instanceSizes.computeIfAbsent(type, t -> vm.sizeOf(object));
            for (long offset : referenceOffsets.computeIfAbsent(type, this::offsetsOf)) {
                visit(vm.getObject(object, offset), seen, pending);
            }
        }
        return total;
    }

    /** Header plus elements, aligned: JOL's figures, without its per-array class parse. */
    private long arraySize(Object array, Class<?> type) {
        long scale =
                arrayScales.computeIfAbsent(
                        type, t -> (long) vm.arrayIndexScale(t.getComponentType().getName()));
        long raw = vm.arrayHeaderSize() + scale * java.lang.reflect.Array.getLength(array);
        long alignment = vm.objectAlignment();
        return (raw + alignment - 1) / alignment * alignment;
    }

    private static void visit(
            Object object, IdentityHashMap<Object, Boolean> seen, ArrayDeque<Object> pending) {
        if (object != null && seen.put(object, Boolean.TRUE) == null) {
            pending.push(object);
        }
    }

    private long[] offsetsOf(Class<?> type) {
        List<Long> offsets = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                    offsets.add(vm.fieldOffset(field));
                }
            }
        }
        return offsets.stream().mapToLong(Long::longValue).toArray();
    }
}
