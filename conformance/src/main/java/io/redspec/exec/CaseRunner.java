package io.redspec.exec;

import io.redspec.resp.RespHandshakeException;
import io.redspec.resp.RespValue;
import io.redspec.spec.SpecCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one case under one protocol: setup, steps, teardown (always), then deletes every key the case
 * touched — only keys of its own namespace.
 */
public final class CaseRunner {
    private static final AtomicLong CASE_NUMBERS = new AtomicLong();

    private final RunSettings settings;

    public CaseRunner(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * @return the error-wording differences accepted under {@code --lenient-error-text} (empty otherwise)
     */
    public List<FailureDetail> run(SpecCase c, int protocol) throws Exception {
        Attempt first = attempt(c, protocol, null);
        Throwable failure = first.failure();
        if (failure instanceof IOException io) {
            FailureDetail detail = io instanceof FailureDetail.Carrier carrier ? carrier.detail()
                    : new FailureDetail(ConnectionFailures.kindOf(io), null, "setup", 0, null, io.getMessage());
            throw new CaseConnectionFailure(c.location() + ": connection problem (RESP" + protocol + "): " + io.getMessage(),
                    detail, io);
        }
        if (settings.mutate()) {
            if (failure instanceof CaseFailure) {
                return List.of(); // the case noticed the wrong answers: what --mutate wants to see
            }
            if (failure == null) {
                throw new CaseFailure(c.location() + ": still passes when every reply of its steps is wrong (RESP"
                        + protocol + "): its expectations do not pin the reply");
            }
        }
        if (failure instanceof CaseFailure cf) {
            throw cf.withContext("\n  case     " + c.name() + (c.citation() != null ? "\n  see      " + c.citation() : ""));
        }
        if (failure != null) {
            throwUnchecked(failure);
        }
        if (settings.stepMutation() != null) {
            mutateEachStep(c, protocol, first.checkedSteps());
        }
        return first.accepted();
    }

    /**
     * {@code --mutate=steps}, after the case passed as it is: each checked step in turn gets each kind of
     * wrong answer until the case notices; the steps that notice none fail the case.
     */
    private void mutateEachStep(SpecCase c, int protocol, int checkedSteps) throws Exception {
        if (checkedSteps == 0) {
            throw new CaseFailure(c.location() + ": per-step mutate (RESP" + protocol + "): no step checks a reply "
                    + "(an expect other than any/not_error, or a scan's same_as), so no wrong answer can fail the case");
        }
        List<Integer> unnoticed = new ArrayList<>();
        for (int step = 0; step < checkedSteps; step++) {
            int line = 0;
            boolean noticed = false;
            for (WrongAnswers.Kind kind : WrongAnswers.Kind.values()) {
                Attempt a = attempt(c, protocol, new StepMutation.Plan(step, kind));
                line = a.mutatedLine() != 0 ? a.mutatedLine() : line;
                if (a.mutatedLine() != 0 && a.failure() != null) {
                    noticed = true; // a connection problem counts too: the wrong answer did not go through
                    break;
                }
            }
            if (!noticed) {
                unnoticed.add(line);
            }
        }
        settings.stepMutation().record(checkedSteps, checkedSteps - unnoticed.size());
        if (!unnoticed.isEmpty()) {
            throw new CaseFailure(c.location() + ": per-step mutate (RESP" + protocol + "): the step(s) at "
                    + c.file().displayPath() + " line(s) " + unnoticed + " still pass when their reply is "
                    + "wrong (tried: wrong value, wrong type, dropped element, null)");
        }
    }

    /** One case run: setup, steps, teardown and key cleanup, with the failure (if any) it ended with. */
    private Attempt attempt(SpecCase c, int protocol, StepMutation.Plan plan) throws Exception {
        Thread.interrupted(); // a stale flag left on a pooled worker thread must not cut this case's waits short
        long caseNumber = CASE_NUMBERS.incrementAndGet();
        // a case with a database of its own connects, binds $db and cleans up there
        RunSettings settings = c.db() == null ? this.settings : this.settings.inDatabase(c.db());
        CaseBindings bindings = new CaseBindings(settings.runId(), caseNumber, settings.endpoint().db());
        settings.keys().caseStarted(caseNumber, c.fullId(), protocol); // so a key it leaks can be blamed on it
        if (c.db() != null) {
            settings.keys().named(java.util.Set.of(c.db())); // swept at the end even where CONFIG GET is refused
        }
        if (settings.cluster()) {
            try {
                settings = settings.at(ClusterRouting.nodeFor(settings.endpoint(), bindings.namespace(), settings.timeout()));
            } catch (IOException e) {
                throw new IOException(c.location() + ": cannot find the cluster node of the case's slot: " + e.getMessage(), e);
            }
        }
        String file = c.file().displayPath();
        Throwable failure = null;
        StepExecutor steps;
        try (CaseClients clients = new CaseClients(settings, protocol)) {
            steps = new StepExecutor(settings, protocol, clients, bindings, file,
                    settings.jitter() == null ? null : settings.jitter().forCase(c.fullId(), protocol), plan);
            try {
                steps.run(c.setup(), "setup");
                steps.run(c.steps(), "step");
            } catch (Throwable t) {
                failure = t;
            }
            try {
                steps.run(c.teardown(), "teardown");
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
        } finally {
            try {
                deleteKeys(settings, bindings);
            } catch (IOException e) {
                if (failure == null) {
                    failure = new IOException("cleaning up the case's keys failed: " + e.getMessage(), e);
                }
            }
        }
        return new Attempt(failure, steps.accepted(), steps.checkedSteps(), steps.mutatedLine());
    }

    private record Attempt(Throwable failure, List<FailureDetail> accepted, int checkedSteps, int mutatedLine) {}

    /**
     * Deletes the case's keys in its own database and in every other one its commands named (SELECT,
     * MOVE, COPY … DB, SWAPDB): a case stopped early, or whose teardown was only queued in a MULTI,
     * leaves them there otherwise. A cluster has database 0 only.
     */
    private static void deleteKeys(RunSettings settings, CaseBindings bindings) throws IOException {
        Set<String> keys = bindings.keysUsed();
        deleteKeys(settings, keys);
        if (settings.cluster() || keys.isEmpty()) {
            return;
        }
        Set<Integer> other = bindings.otherDatabases();
        settings.keys().named(other);
        for (int db : other) {
            if (!settings.keys().mayExist(db)) {
                continue; // e.g. the 100000 of an out-of-range error case
            }
            try {
                deleteKeys(settings.at(settings.endpoint().withDb(db)), keys);
            } catch (RespHandshakeException e) {
                if (settings.keys().databases() > 0) {
                    throw e;
                } // the server did not say how many databases it has: this one does not exist
            }
        }
    }

    private static void deleteKeys(RunSettings settings, Set<String> keys) throws IOException {
        if (keys.isEmpty()) {
            return;
        }
        List<byte[]> del = new ArrayList<>();
        del.add("DEL".getBytes(StandardCharsets.UTF_8));
        for (String k : keys) {
            del.add(k.getBytes(StandardCharsets.UTF_8));
        }
        RespValue r = CleanupConnections.call(settings, del);
        if (r instanceof RespValue.RespError e) {
            throw new IOException("DEL failed: " + e.message());
        }
    }

    /** The run is over: its cleanup connections are closed. */
    public static void runEnded(RunSettings settings) {
        CleanupConnections.closeRun(settings.runId());
    }

    /**
     * Keys of this run still present at the end (a leak in the runner or a case), in any database:
     * deleted and returned. On a cluster every master is swept.
     */
    public static Leftovers sweepLeftovers(RunSettings settings) throws IOException {
        return LeftoverSweep.sweep(settings);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwUnchecked(Throwable t) throws T {
        throw (T) t;
    }
}
