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
    private final ExclusiveGate exclusiveGate;
    private String resp3Refusal;

    RedspecContext(RedspecConfig config, EngineExecutionListener listener) {
        this(config, listener, null, null, null);
    }

    private RedspecContext(RedspecConfig config, EngineExecutionListener listener, Target target, RunSettings settings,
                           ExclusiveGate exclusiveGate) {
        this.config = config;
        this.listener = listener;
        this.target = target;
        this.settings = settings;
        this.exclusiveGate = exclusiveGate;
    }

    /** The context the cases run in: connected, and with the gate that keeps exclusive cases apart. */
    RedspecContext connected(Target target, RunSettings settings, ExclusiveGate exclusiveGate) {
        return new RedspecContext(config, listener, target, settings, exclusiveGate);
    }

    RedspecConfig config() { return config; }
    EngineExecutionListener listener() { return listener; }
    Target target() { return target; }
    RunSettings settings() { return settings; }
    ExclusiveGate exclusiveGate() { return exclusiveGate; }

    /** Why RESP3 cases are skipped: the server refused {@code HELLO 3}; null when it did not. */
    String resp3Refusal() { return resp3Refusal; }

    RedspecContext refusingResp3(String reason) {
        RedspecContext c = new RedspecContext(config, listener, target, settings, exclusiveGate);
        c.resp3Refusal = reason;
        return c;
    }
}
