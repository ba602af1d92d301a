package io.gli.tck;

import io.gli.Capability;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The inverse of {@link Requires}: the {@link GraphTest} checks what a backend does when it lacks
 * these capabilities (it refuses them, naming what it lacks), so it runs only on a backend lacking
 * every one, and is reported as skipped on a backend that has any. Honoured by {@link
 * CapabilityRequirements}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresLacking {

    /** Every capability the backend under test must lack. */
    Capability[] value();
}
