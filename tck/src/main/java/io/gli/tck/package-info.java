/**
 * The compatibility test kit: JUnit 5 tests that every backend passes unchanged. A provider binds
 * it with one suite class (see the module's README); tests declare the capabilities they need, and
 * a backend lacking one has those tests skipped, never run narrower.
 */
package io.gli.tck;
