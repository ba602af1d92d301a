package io.gli.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A TCK test: run once per backend under test and per direction asked for, with a {@link Fixture}
 * as its parameter. Every graph the test opens through the fixture has its {@linkplain Invariants
 * invariants} checked after the test. What the test needs of a backend it declares with {@link
 * Requires} (or, to check a refusal, {@link RequiresLacking}); an invocation whose backend does not
 * meet that is reported as skipped.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(BackendArguments.class)
@ExtendWith({CapabilityRequirements.class, InvariantCheck.class})
public @interface GraphTest {

    /** Which kinds of graph the test runs on; both by default. */
    Direction[] value() default {Direction.DIRECTED, Direction.UNDIRECTED};

    /** A kind of graph. */
    enum Direction {
        DIRECTED,
        UNDIRECTED
    }
}
