package io.gli.tck;

import io.gli.BackendInfo;
import io.gli.Backends;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Supplies one {@link Fixture} per backend under test and direction.
 *
 * <p>The backends under test are named by the configuration parameter (or system property) {@value
 * #BACKENDS_PARAMETER}, a comma-separated list; every name listed must be discovered by {@link
 * java.util.ServiceLoader}, or every test fails, so a kit wired to a backend can never pass without
 * running it. Without the parameter, every backend discovered is tested, and finding none fails.
 * The parameter {@value GraphDecorator#DECORATOR_PARAMETER} may name a {@link GraphDecorator}
 * applied to every graph the fixtures open.
 */
public final class BackendArguments implements ArgumentsProvider {
    /** The parameter naming the backends under test. */
    public static final String BACKENDS_PARAMETER = "gli.tck.backends";

    @Override
    public Stream<? extends Arguments> provideArguments(
            ParameterDeclarations parameters, ExtensionContext context) {
        GraphTest test = context.getRequiredTestMethod().getAnnotation(GraphTest.class);
        GraphTest.Direction[] directions =
                test == null ? GraphTest.Direction.values() : test.value();
        List<Arguments> arguments = new ArrayList<>();
        GraphDecorator decorator =
                decoratorUnderTest(
                        context.getConfigurationParameter(GraphDecorator.DECORATOR_PARAMETER));
        for (BackendInfo backend :
                backendsUnderTest(context.getConfigurationParameter(BACKENDS_PARAMETER))) {
            for (GraphTest.Direction direction : directions) {
                arguments.add(
                        Arguments.of(
                                new Fixture(
                                        backend,
                                        direction == GraphTest.Direction.DIRECTED,
                                        decorator)));
            }
        }
        return arguments.stream();
    }

    /** The backends named by the parameter, or all discovered; fails rather than return none. */
    public static List<BackendInfo> backendsUnderTest(Optional<String> parameter) {
        Map<String, BackendInfo> discovered = new LinkedHashMap<>();
        for (BackendInfo info : Backends.available()) {
            discovered.put(info.name(), info);
        }
        if (parameter.isEmpty() || parameter.get().isBlank()) {
            if (discovered.isEmpty()) {
                throw new IllegalStateException("the TCK found no backend on the class path");
            }
            return List.copyOf(discovered.values());
        }
        List<BackendInfo> chosen = new ArrayList<>();
        for (String name :
                Arrays.stream(parameter.get().split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList()) {
            BackendInfo info = discovered.get(name);
            if (info == null) {
                throw new IllegalStateException(
                        "backend \""
                                + name
                                + "\" is listed in "
                                + BACKENDS_PARAMETER
                                + " but was not discovered; discovered: "
                                + discovered.keySet());
            }
            chosen.add(info);
        }
        return chosen;
    }

    /**
     * The decorator named by the parameter, or {@link GraphDecorator#NONE} without one; fails
     * rather than test undecorated graphs when the named class cannot be used.
     */
    static GraphDecorator decoratorUnderTest(Optional<String> parameter) {
        if (parameter.isEmpty() || parameter.get().isBlank()) {
            return GraphDecorator.NONE;
        }
        String name = parameter.get().trim();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class<?> type =
                    Class.forName(
                            name,
                            true,
                            loader != null ? loader : BackendArguments.class.getClassLoader());
            if (!GraphDecorator.class.isAssignableFrom(type)) {
                throw new IllegalStateException(
                        GraphDecorator.DECORATOR_PARAMETER
                                + " names "
                                + name
                                + ", which does not implement "
                                + GraphDecorator.class.getName());
            }
            return (GraphDecorator) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    GraphDecorator.DECORATOR_PARAMETER
                            + " names "
                            + name
                            + ", which is not on the class path",
                    e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    GraphDecorator.DECORATOR_PARAMETER
                            + " names "
                            + name
                            + ", which cannot be instantiated: expected a class with a public no-argument constructor",
                    e);
        }
    }
}
