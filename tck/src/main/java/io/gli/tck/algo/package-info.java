/**
 * The algorithm part of the kit: each algorithm of {@code io.gli.algo} checked on every backend
 * against a small, obviously correct reference written here over the graph's ID-level API, on the
 * seeded {@link io.gli.tck.algo.GraphShapes}, and against the same algorithm run on the kit's own
 * {@link io.gli.tck.algo.KitTopology} of the graph (identical results on every backend).
 */
package io.gli.tck.algo;
