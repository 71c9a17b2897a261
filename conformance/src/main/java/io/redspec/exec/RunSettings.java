package io.redspec.exec;

import io.redspec.resp.Endpoint;
import io.redspec.schema.ReplyCheck;
import io.redspec.server.Flavour;
import io.redspec.server.Version;
import java.time.Duration;

/**
 * What every case of a run shares: where to connect, what the server is, how long to wait, and
 * whether replies are turned into wrong answers ({@link WrongAnswers}) to prove the cases can fail, and
 * whether an error with the right code but other wording passes ({@code --lenient-error-text}), and
 * the random pauses between steps of {@code --jitter} (null without it), and the one-step-at-a-time
 * self-check of {@code --mutate=steps} (null without it). {@code schema} checks RESP3 replies against
 * their command's reply schema; null under {@code --no-schema}. {@code keys} knows the server's databases
 * and which case each key namespace belongs to, for the clean-up and the end-of-run leftover check.
 */
public record RunSettings(String runId, Endpoint endpoint, Flavour flavour, Version version, Duration timeout,
                          boolean mutate, boolean cluster, boolean lenientErrorText, Jitter jitter,
                          StepMutation stepMutation, ReplyCheck schema, RunKeys keys) {

    /** The same settings with the case's own node (on a cluster, the master of its slot). */
    RunSettings at(Endpoint node) {
        return new RunSettings(runId, node, flavour, version, timeout, mutate, cluster, lenientErrorText, jitter, stepMutation,
                schema, keys);
    }

    /** The same settings in another database of the same server (a case's own {@code db: N}). */
    public RunSettings inDatabase(int db) {
        Endpoint e = endpoint;
        return at(new Endpoint(e.host(), e.port(), e.tls(), e.user(), e.password(), db, e.tlsInsecure()));
    }

    /** The same run on another server of the run's own (the whole-server cases' twin), with its databases. */
    public RunSettings onServer(Endpoint server, RunKeys serverKeys) {
        return new RunSettings(runId, server, flavour, version, timeout, mutate, cluster, lenientErrorText, jitter, stepMutation,
                schema, serverKeys);
    }

    public String mode() {
        return cluster ? "cluster" : "standalone";
    }
}
