/**
 * Performance monitoring for any graph on any backend: a {@link io.gli.monitor.GraphMonitor} wraps
 * a graph in a decorator that times every call, and its {@link io.gli.monitor.MonitorSnapshot}s
 * give counts, rates, percentiles, a slow log and alerts against a baseline.
 */
package io.gli.monitor;
