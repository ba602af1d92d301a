/**
 * The {@code optimized} backend: node IDs interned as bytes in an index, adjacency in primitive
 * arrays, attributes in deduplicated sets and typed columns. Only {@link
 * io.gli.optimized.OptimizedBackend} is public, for {@link java.util.ServiceLoader}; the module's
 * README describes the representation and its bytes.
 */
package io.gli.optimized;
