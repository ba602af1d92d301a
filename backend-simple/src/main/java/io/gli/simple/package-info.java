/**
 * The {@code simple} backend: one object per node holding its attributes and its adjacency in hash
 * maps (a dict of dicts). The baseline every other backend is measured against; only {@link
 * io.gli.simple.SimpleBackend} is public, for {@link java.util.ServiceLoader}.
 */
package io.gli.simple;
