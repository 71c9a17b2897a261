package io.redspec.load.cli;

import io.gatling.core.scenario.SimulationParams;
import io.gatling.javaapi.core.Simulation;

import java.lang.reflect.InvocationTargetException;

/**
 * The class Gatling is told to run for {@code --simulation}: Gatling loads simulations from its own
 * class loader, which cannot see a class compiled at run time, so this one (on the class path)
 * builds the user's simulation and hands Gatling its set-up, hooks included.
 */
public final class CustomSimulationHost extends Simulation {

    /** The user's simulation class for this JVM's run; set by {@code redspec load --simulation}. */
    static volatile Class<?> hosted;

    @Override
    public SimulationParams params(String name) {
        Class<?> c = hosted;
        if (c == null) {
            throw new IllegalStateException("no simulation to host");
        }
        try {
            return ((Simulation) c.getConstructor().newInstance()).params(name);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(c.getSimpleName() + " failed to start: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getSimpleName() + " needs a public no-argument constructor", e);
        }
    }
}
