package io.gli.simple;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs the whole compatibility test kit against the {@code simple} backend. */
@Suite
@SelectPackages("io.gli.tck")
@ConfigurationParameter(key = "gli.tck.backends", value = SimpleBackend.NAME)
class SimpleBackendTckTest {}
