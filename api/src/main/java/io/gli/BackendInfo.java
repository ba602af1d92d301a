package io.gli;

import java.util.Set;

/**
 * A backend present on the class path, as listed by {@link Backends#available()}.
 *
 * @param name the name to open it by
 * @param description one line on what it is
 * @param priority higher wins when no backend is named
 * @param capabilities what it supports
 */
public record BackendInfo(
        String name, String description, int priority, Set<Capability> capabilities) {
    public BackendInfo {
        capabilities = Set.copyOf(capabilities);
    }
}
