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
    private final WholeServerTwin wholeServer;
    private String resp3Refusal;

    RedspecContext(RedspecConfig config, EngineExecutionListener listener) {
        this(config, listener, null, null, null, null);
    }

    private RedspecContext(RedspecConfig config, EngineExecutionListener listener, Target target, RunSettings settings,
                           ExclusiveGate exclusiveGate, WholeServerTwin wholeServer) {
        this.config = config;
        this.listener = listener;
        this.target = target;
        this.settings = settings;
        this.exclusiveGate = exclusiveGate;
        this.wholeServer = wholeServer;
    }

    /**
     * The context the cases run in: connected, with the gate that keeps exclusive cases apart and
     * the place of the whole-server cases.
     */
    RedspecContext connected(Target target, RunSettings settings, ExclusiveGate exclusiveGate, WholeServerTwin wholeServer) {
        return new RedspecContext(config, listener, target, settings, exclusiveGate, wholeServer);
    }

    RedspecConfig config() { return config; }
    EngineExecutionListener listener() { return listener; }
    Target target() { return target; }
    RunSettings settings() { return settings; }
    ExclusiveGate exclusiveGate() { return exclusiveGate; }
    WholeServerTwin wholeServer() { return wholeServer; }

    /** Why RESP3 cases are skipped: the server refused {@code HELLO 3}; null when it did not. */
    String resp3Refusal() { return resp3Refusal; }

    RedspecContext refusingResp3(String reason) {
        RedspecContext c = new RedspecContext(config, listener, target, settings, exclusiveGate, wholeServer);
        c.resp3Refusal = reason;
        return c;
    }
}
