package io.redspec.engine;

import io.redspec.exec.RunSettings;
import io.redspec.server.Target;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** Carried down the test tree: the settings, and once the engine has connected, the target. */
final class RedspecContext implements EngineExecutionContext {
    private final RedspecConfig config;
    private final EngineExecutionListener listener;
    private final Target target;
    private final RunSettings settings;

    RedspecContext(RedspecConfig config, EngineExecutionListener listener) {
        this(config, listener, null, null);
    }

    private RedspecContext(RedspecConfig config, EngineExecutionListener listener, Target target, RunSettings settings) {
        this.config = config;
        this.listener = listener;
        this.target = target;
        this.settings = settings;
    }

    RedspecContext connected(Target target, RunSettings settings) {
        return new RedspecContext(config, listener, target, settings);
    }

    RedspecConfig config() { return config; }
    EngineExecutionListener listener() { return listener; }
    Target target() { return target; }
    RunSettings settings() { return settings; }
}
