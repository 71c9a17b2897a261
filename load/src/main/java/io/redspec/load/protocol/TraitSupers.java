package io.redspec.load.protocol;

import io.gatling.core.action.Action;
import io.gatling.core.action.ChainableAction;
import io.gatling.core.session.Session;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The bodies of Gatling's {@code Action.!} and {@code ChainableAction.!} for a Java class mixing
 * Gatling's action traits. scalac gives each trait's method a static implementation
 * ({@code $bang$}) and makes a mixing class forward its super calls to them; scalac marks both
 * synthetic, so javac neither sees nor calls them and they are looked up here once, by name.
 * A Gatling that renamed them fails when the first Redis action is built, not mid-run.
 */
final class TraitSupers {

    private static final MethodHandle ACTION_BANG = find(Action.class);
    private static final MethodHandle CHAINABLE_BANG = find(ChainableAction.class);

    private TraitSupers() {
    }

    private static MethodHandle find(Class<?> trait) {
        try {
            return MethodHandles.publicLookup().findStatic(trait, "$bang$",
                    MethodType.methodType(void.class, trait, Session.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Gatling has no " + trait.getName() + ".$bang$: "
                    + "the Redis protocol was built for Gatling 3.15", e);
        }
    }

    /** Action.!: runs the action on the session's event loop. */
    static void actionBang(Action self, Session session) {
        invoke(ACTION_BANG, self, session);
    }

    /** ChainableAction.!: Action.!, and a crash moves the session on, failed. */
    static void chainableBang(ChainableAction self, Session session) {
        invoke(CHAINABLE_BANG, self, session);
    }

    private static void invoke(MethodHandle handle, Object self, Session session) {
        try {
            handle.invoke(self, session);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new IllegalStateException(checked);
        }
    }
}
