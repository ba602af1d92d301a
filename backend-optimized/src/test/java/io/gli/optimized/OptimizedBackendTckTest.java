package io.gli.optimized;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the whole compatibility test kit against the {@code optimized} backend, with {@code simple}
 * under test beside it, so that the differential test also compares the two backends step by step.
 */
@Suite
@SelectPackages("io.gli.tck")
@ConfigurationParameter(key = "gli.tck.backends", value = OptimizedBackend.NAME + ",simple")
class OptimizedBackendTckTest {}
