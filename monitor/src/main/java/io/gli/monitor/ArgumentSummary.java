package io.gli.monitor;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Renders a call's arguments for the slow log: short enough for a log line, precise enough to find
 * the call. Bulk arguments are summarized by size, since printing a million IDs would cost more
 * than the slow call it reports.
 */
final class ArgumentSummary {
    /** Strings longer than this are cut. */
    static final int MAX_STRING = 40;

    private ArgumentSummary() {}

    static String of(Call call, Object a, Object b, Object c, Object d) {
        Object[] values = {a, b, c, d};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < call.parameters.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(call.parameters.get(i)).append('=').append(render(values[i]));
        }
        return out.toString();
    }

    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return '"' + cut(s) + '"';
        }
        if (value instanceof Map<?, ?> map) {
            return "{" + map.size() + (map.size() == 1 ? " entry}" : " entries}");
        }
        if (value instanceof Collection<?> collection) {
            return "[" + collection.size() + (collection.size() == 1 ? " item]" : " items]");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Consumer<?> || value instanceof Predicate<?>) {
            return "(function)";
        }
        return cut(value.getClass().getSimpleName());
    }

    private static String cut(String s) {
        return s.length() <= MAX_STRING ? s : s.substring(0, MAX_STRING) + "...";
    }
}
