package io.gli.tck;

import io.gli.Capability;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Honours {@link Requires} and {@link RequiresLacking} on a {@link GraphTest}: an invocation whose
 * backend does not meet them is aborted before the test body runs, which JUnit and Surefire report
 * as skipped, with a reason naming each capability at fault. An argument of the invocation that is
 * {@link NeedsCapabilities} adds its needs to the method's: a test run once per variant, where only
 * some variants need a capability, is skipped only in those.
 *
 * <p>It intercepts the invocation rather than deciding in a condition because only the invocation
 * knows its {@link Fixture}, and so its backend.
 */
final class CapabilityRequirements implements InvocationInterceptor {

    /** An argument of a test invocation that needs capabilities, as {@link Requires} would. */
    interface NeedsCapabilities {
        /** Every capability the invocation taking this argument needs. */
        List<Capability> needs();
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext)
            throws Throwable {
        Fixture fixture = fixtureOf(invocationContext.getArguments());
        List<String> unmet =
                unmet(invocationContext.getExecutable(), invocationContext.getArguments(), fixture);
        if (!unmet.isEmpty()) {
            invocation.skip();
            throw new TestAbortedException(
                    "backend " + fixture.backend().name() + " " + String.join("; ", unmet));
        }
        invocation.proceed();
    }

    /**
     * What the backend of {@code fixture} fails of the method's declared requirements and of its
     * arguments' needs.
     */
    static List<String> unmet(Method method, List<Object> arguments, Fixture fixture) {
        Set<Capability> has = fixture.backend().capabilities();
        List<String> unmet = new ArrayList<>();
        Requires requires = method.getAnnotation(Requires.class);
        if (requires != null) {
            addLacking(List.of(requires.value()), has, "the test", unmet);
        }
        for (Object argument : arguments) {
            if (argument instanceof NeedsCapabilities needing) {
                addLacking(needing.needs(), has, "the " + argument, unmet);
            }
        }
        RequiresLacking lacking = method.getAnnotation(RequiresLacking.class);
        if (lacking != null) {
            for (Capability refused : lacking.value()) {
                if (has.contains(refused)) {
                    unmet.add("has " + refused + ", whose absence the test checks");
                }
            }
        }
        return unmet;
    }

    private static void addLacking(
            Collection<Capability> needed, Set<Capability> has, String who, List<String> unmet) {
        for (Capability capability : needed) {
            if (!has.contains(capability)) {
                unmet.add("lacks " + capability + ", which " + who + " requires");
            }
        }
    }

    private static Fixture fixtureOf(List<Object> arguments) {
        for (Object argument : arguments) {
            if (argument instanceof Fixture fixture) {
                return fixture;
            }
        }
        throw new IllegalStateException(
                "a @GraphTest takes a Fixture, which names the backend to check its requirements"
                        + " against; arguments: "
                        + arguments);
    }
}
