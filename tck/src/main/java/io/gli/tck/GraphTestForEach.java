package io.gli.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * A {@link GraphTest} run once per constant of an enum for each backend under test and direction:
 * the test takes the {@link Fixture} and the constant, so cases that differ only in data are one
 * test over a table rather than one method each. A constant that is {@linkplain
 * CapabilityRequirements.NeedsCapabilities NeedsCapabilities} is skipped where the backend lacks
 * what it lists; {@link Requires} and {@link RequiresLacking} apply to every constant.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}, {1}")
@ArgumentsSource(GraphTestForEach.EachConstant.class)
@ExtendWith({CapabilityRequirements.class, InvariantCheck.class})
public @interface GraphTestForEach {

    /** The enum whose every constant is a case of the test. */
    Class<? extends Enum<?>> value();

    /** The {@link BackendArguments} fixtures, each paired with every constant of the enum. */
    final class EachConstant implements ArgumentsProvider {
        @Override
        public Stream<? extends Arguments> provideArguments(
                ParameterDeclarations parameters, ExtensionContext context) {
            Enum<?>[] cases =
                    context.getRequiredTestMethod()
                            .getAnnotation(GraphTestForEach.class)
                            .value()
                            .getEnumConstants();
            return new BackendArguments()
                    .provideArguments(parameters, context)
                    .flatMap(
                            fixture ->
                                    Stream.of(cases)
                                            .map(each -> Arguments.of(fixture.get()[0], each)));
        }
    }
}
