package io.gli.tck;

import io.gli.Capability;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capabilities a {@link GraphTest} needs, as TinkerPop's {@code @FeatureRequirement}: on a
 * backend lacking any of them each invocation is reported as skipped (aborted, the reason naming
 * what is missing), never as passed. A test declares what it needs rather than asking the {@link
 * Fixture} and testing less, so a narrower backend shows as skipped tests, not as a smaller pass.
 * Honoured by {@link CapabilityRequirements}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {

    /** Every capability the test needs. */
    Capability[] value();
}
