package io.redspec.exec;

import io.redspec.match.MatchContext;
import io.redspec.match.Matcher;
import io.redspec.match.PredicateMatchers;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespFormatter;
import io.redspec.resp.RespValue;
import io.redspec.schema.SchemaViolation;
import io.redspec.spec.Arg;
import io.redspec.spec.Step;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the steps of one case run against its clients and turns a wrong reply into a {@link CaseFailure}. */
final class StepExecutor {
    private static final Matcher NOT_ERROR = new PredicateMatchers.NotError();
    private static final long POLL_INTERVAL_MS = 50;

    private final RunSettings settings;
    private final int protocol;
    private final CaseClients clients;
    private final CaseBindings bindings;
    private final String file;
    private final MatchContext matchContext;
    private final List<FailureDetail> accepted = new ArrayList<>();
    /** Clients switched to RESP2 by a HELLO 2 or RESET step: their replies are not RESP3, so not schema-checked. */
    private final java.util.Set<String> resp2Clients = new java.util.HashSet<>();
    private final AwaitedSends awaited = new AwaitedSends();
    private final Jitter.Pauses jitter;
    private final StepMutation.Plan plan;
    private int checkedSteps;
    private WrongAnswers.Kind mutating; // the wrong answer the current step's replies get, or null
    private int mutatedLine; // where the plan's wrong answer was given; 0 when it did not apply

    StepExecutor(RunSettings settings, int protocol, CaseClients clients, CaseBindings bindings, String file,
                 Jitter.Pauses jitter, StepMutation.Plan plan) {
        this.settings = settings;
        this.jitter = jitter;
        this.plan = plan;
        this.protocol = protocol;
        this.clients = clients;
        this.bindings = bindings;
        this.file = file;
        this.matchContext = new MatchContext(protocol, bindings, settings.version());
    }

    /** Error-wording differences let through by {@code --lenient-error-text}, in step order. */
    List<FailureDetail> accepted() {
        return accepted;
    }

    /** How many case steps checked a reply (an expect or a same_as) in this run. */
    int checkedSteps() {
        return checkedSteps;
    }

    /** The line of the step that got the plan's wrong answer; 0 when the kind did not apply to its reply. */
    int mutatedLine() {
        return mutatedLine;
    }

    void run(List<Step> steps, String phase) throws IOException, InterruptedException {
        for (Step step : steps) {
            if (!step.gate().applies(settings.version(), settings.flavour(), protocol, settings.mode())) {
                continue;
            }
            if (jitter != null && !phase.equals("teardown")) {
                jitter.pause(); // teardown only cleans up: its timing proves nothing
            }
            mutating = null;
            if (phase.equals("step") && checks(step)) {
                mutating = plan != null && plan.step() == checkedSteps ? plan.kind() : null;
                checkedSteps++;
            }
            if (step instanceof Step.Send s) {
                send(s, phase);
            } else if (step instanceof Step.Await a) {
                await(a, phase);
            } else if (step instanceof Step.Sleep s) {
                Pause.sleep(s.ms());
            } else if (step instanceof Step.Silence s) {
                silence(s, phase);
            } else if (step instanceof Step.Scan s) {
                scan(s, phase);
            }
        }
    }

    /**
     * A step whose reply a wrong answer should fail: one with an expect (or a scan's same_as). An expect
     * of {@code any} or {@code not_error} says the step does not check the reply's content.
     */
    private static boolean checks(Step step) {
        return step instanceof Step.Send s ? !s.async() && pins(s.expect())
                : step instanceof Step.Await a ? pins(a.expect())
                : step instanceof Step.Scan sc && (pins(sc.expect()) || sc.sameAs() != null);
    }

    private static boolean pins(Matcher m) {
        return m != null && !(m instanceof PredicateMatchers.Any) && !(m instanceof PredicateMatchers.NotError);
    }

    private void send(Step.Send s, String phase) throws IOException, InterruptedException {
        RespConnection c = clients.get(s.client());
        if (s.async()) {
            List<byte[]> args = render(s);
            c.send(args);
            awaited.sent(s.client(), args);
            return;
        }
        awaited.forget(s.client());
        Matcher expect = s.expect() != null ? s.expect() : NOT_ERROR;
        // a mutated reply never matches, so re-sending would only wait out the bound
        long deadline = System.currentTimeMillis() + (s.withinMs() == null || settings.mutate() || mutating != null ? 0 : s.withinMs());
        while (true) {
            List<byte[]> args = render(s); // again on each re-send: $now moves on
            RespValue reply;
            try {
                c.send(args);
                reply = read(c, settings.timeout(), s.line(), phase, args);
            } catch (IOException e) {
                throw connectionFailure(s.line(), phase, args, e);
            }
            String why = expect.mismatch(reply, matchContext);
            if (why == null) {
                noteHello(s.client(), args, reply);
                if (!resp2Clients.contains(s.client())) {
                    checkShape(s.line(), phase, args, reply, s.offSchema());
                }
                save(s.save(), reply, s.line(), args);
                return;
            }
            if (System.currentTimeMillis() >= deadline) {
                String within = s.withinMs() == null ? "" : " (still after re-sending for " + s.withinMs() + " ms)";
                CaseFailure f = failure(s.line(), phase, args, expect, reply, why + within);
                if (settings.lenientErrorText() && f.detail().kind() == FailureKind.ERROR_WORDING) {
                    accepted.add(f.detail()); // the code is right: accepted, and still reported
                    save(s.save(), reply, s.line(), args);
                    return;
                }
                throw f;
            }
            Pause.sleep(POLL_INTERVAL_MS);
        }
    }

    private List<byte[]> render(Step.Send s) {
        return render(s.args());
    }

    private List<byte[]> render(List<Arg> spec) {
        List<byte[]> args = new ArrayList<>();
        for (Arg a : spec) {
            a.expand(bindings, args);
        }
        return args;
    }

    /** A scan step: the loop to cursor 0, then same_as and expect on what it collected. */
    private void scan(Step.Scan s, String phase) throws IOException, InterruptedException {
        RespConnection c = clients.get(s.client());
        awaited.forget(s.client());
        List<List<byte[]>> last = new ArrayList<>(List.of(List.of()));
        ScanLoop.Union union;
        try {
            union = ScanLoop.run(cursor -> {
                bindings.save(Step.Scan.CURSOR, cursor);
                List<byte[]> args = render(s.args());
                last.set(0, args);
                c.send(args);
                RespValue reply = read(c, settings.timeout(), s.line(), phase, args);
                if (!resp2Clients.contains(s.client())) {
                    checkShape(s.line(), phase, args, reply, s.offSchema());
                }
                return reply;
            }, s.pairs());
        } catch (ScanLoop.Problem p) {
            String msg = where(s.line(), phase) + "\n  sent     " + show(last.get(0))
                    + (p.reply == null ? "" : "\n  actual   " + RespFormatter.format(p.reply).replace("\n", "\n           "))
                    + "\n  because  " + p.getMessage();
            throw new CaseFailure(msg);
        }
        RespValue collected = union.asReply(s.pairs(), matchContext.resp3());
        if (s.sameAs() != null) {
            List<byte[]> ref = render(s.sameAs());
            c.send(ref);
            RespValue reference = read(c, settings.timeout(), s.line(), phase, ref);
            String why = ScanLoop.differs(union, reference, s.pairs());
            if (why != null) {
                String msg = where(s.line(), phase) + "\n  sent     " + show(ref) + " (same_as, after "
                        + union.calls() + " scan calls)\n  actual   " + RespFormatter.format(reference).replace("\n", "\n           ")
                        + "\n  because  " + why;
                throw new CaseFailure(msg);
            }
        }
        if (s.expect() != null) {
            String why = s.expect().mismatch(collected, matchContext);
            if (why != null) {
                throw failure(s.line(), phase, last.get(0), s.expect(), collected,
                        why + " (what " + union.calls() + " scan calls returned together)");
            }
        }
    }

    private void await(Step.Await a, String phase) throws IOException {
        Duration timeout = a.timeoutMs() == null ? settings.timeout() : Duration.ofMillis(a.timeoutMs());
        RespValue reply;
        try {
            reply = read(clients.get(a.client()), timeout, a.line(), phase, null);
        } catch (IOException e) {
            throw connectionFailure(a.line(), phase, null, e);
        }
        List<byte[]> answered = awaited.answered(a.client(), reply);
        String why = a.expect().mismatch(reply, matchContext);
        if (why != null) {
            throw failure(a.line(), phase, null, a.expect(), reply, why);
        }
        if (answered != null && !resp2Clients.contains(a.client())) {
            checkShape(a.line(), phase, answered, reply, a.offSchema());
        }
        save(a.save(), reply, a.line(), null);
    }

    private void silence(Step.Silence s, String phase) throws IOException {
        Optional<RespValue> got = clients.get(s.client()).poll(Duration.ofMillis(s.ms()));
        if (got.isPresent()) {
            String actual = RespFormatter.format(got.get());
            throw new CaseFailure(where(s.line(), phase) + "\n  expected nothing on client '" + s.client()
                    + "' for " + s.ms() + " ms\n  actual   " + actual,
                    new FailureDetail(phase.equals("step") ? FailureKind.WRONG_VALUE : FailureKind.SETUP_FAILURE,
                            null, phase, s.line(), "nothing for " + s.ms() + " ms", actual));
        }
    }

    private RespValue read(RespConnection c, Duration timeout, int line, String phase, List<byte[]> sent)
            throws IOException {
        try {
            RespValue reply = c.read(timeout);
            if (mutating != null) {
                RespValue wrong = WrongAnswers.of(reply, mutating);
                if (wrong != null) {
                    mutatedLine = line;
                    return wrong;
                }
            }
            return settings.mutate() && phase.equals("step") ? WrongAnswers.of(reply) : reply;
        } catch (SocketTimeoutException e) {
            throw new CaseFailure(where(line, phase) + (sent == null ? "" : "\n  sent     " + show(sent))
                    + "\n  no reply within " + timeout.toMillis() + " ms",
                    new FailureDetail(FailureKind.TIMEOUT, FailureClassifier.command(sent), phase, line,
                            "a reply within " + timeout.toMillis() + " ms", "no reply"));
        }
    }

    /**
     * A RESP3 reply outside its command's reply_schema fails the case even when the matchers passed.
     * RESP2 replies are not checked: the schemas describe RESP3, and e.g. a RESP2 flat array cannot
     * be told from a map. Under --mutate (either form) the mutated replies are Redspec's own wrong answers: not checked.
     */
    private void checkShape(int line, String phase, List<byte[]> sent, RespValue reply, String offSchema) {
        if (settings.schema() == null || protocol != 3 || offSchema != null
                || (settings.mutate() && phase.equals("step")) || mutating != null) {
            return;
        }
        SchemaViolation v = settings.schema().check(sent, reply);
        if (v != null) {
            String got = RespFormatter.format(reply);
            throw new CaseFailure(where(line, phase) + "\n  sent     " + show(sent)
                    + "\n  actual   " + got.replace("\n", "\n           ") + "\n  because  " + v
                    + "\n  (if the metadata's schema is wrong, mark the step off_schema: <reason>)",
                    new FailureDetail(FailureKind.SCHEMA_VIOLATION, v.command(), phase, line,
                            "reply_schema of " + v.command(), got));
        }
    }

    /**
     * A successful HELLO switches the client's protocol for the replies after it (and its own);
     * RESET switches it back to RESP2.
     */
    private void noteHello(String client, List<byte[]> args, RespValue reply) {
        if (args.size() == 1 && !(reply instanceof RespValue.RespError)
                && new String(args.get(0), StandardCharsets.UTF_8).equalsIgnoreCase("RESET")) {
            resp2Clients.add(client);
        }
        if (args.size() > 1 && !(reply instanceof RespValue.RespError)
                && new String(args.get(0), StandardCharsets.UTF_8).equalsIgnoreCase("HELLO")) {
            String version = new String(args.get(1), StandardCharsets.UTF_8);
            if (version.equals("2")) {
                resp2Clients.add(client);
            } else if (version.equals("3")) {
                resp2Clients.remove(client);
            }
        }
    }

    private void save(Step.Save save, RespValue reply, int line, List<byte[]> sent) {
        if (save == null) {
            return;
        }
        RespValue v = reply;
        if (save.field() != null) {
            v = field(reply, save.field());
            if (v == null) {
                throw saveFailure(line, sent, file + ":" + line + ": save " + save.name() + ": no field \"" + save.field()
                        + "\" in " + RespFormatter.format(reply));
            }
        }
        if (save.index() != null) {
            List<RespValue> els = reply instanceof RespValue.RespArray a ? a.elements() : null;
            if (els == null || save.index() < 0 || save.index() >= els.size()) {
                throw saveFailure(line, sent, file + ":" + line + ": save " + save.name() + ": no element " + save.index()
                        + " in " + RespFormatter.format(reply));
            }
            v = els.get(save.index());
        }
        byte[] bytes;
        if (v instanceof RespValue.BulkString b) {
            bytes = b.bytes();
        } else if (v instanceof RespValue.SimpleString s) {
            bytes = s.value().getBytes(StandardCharsets.UTF_8);
        } else if (v instanceof RespValue.VerbatimString vs) {
            bytes = vs.bytes();
        } else if (v instanceof RespValue.RespInteger i) {
            bytes = Long.toString(i.value()).getBytes(StandardCharsets.UTF_8);
        } else if (v instanceof RespValue.RespDouble d) {
            bytes = d.raw().getBytes(StandardCharsets.UTF_8);
        } else if (v instanceof RespValue.BigNumber n) {
            bytes = n.value().toString().getBytes(StandardCharsets.UTF_8);
        } else {
            throw saveFailure(line, sent, file + ":" + line + ": save " + save.name()
                    + ": cannot keep " + RespFormatter.format(v) + " as a value");
        }
        bindings.save(save.name(), bytes);
    }

    /** The value of a field in a RESP3 map or a RESP2 flat field/value array; null when absent. */
    private static RespValue field(RespValue reply, String name) {
        byte[] want = name.getBytes(StandardCharsets.UTF_8);
        if (reply instanceof RespValue.RespMap m) {
            for (var e : m.entries()) {
                if (e.getKey() instanceof RespValue.BulkString k && java.util.Arrays.equals(k.bytes(), want)) {
                    return e.getValue();
                }
            }
        } else if (reply instanceof RespValue.RespArray a) {
            for (int i = 0; i + 1 < a.elements().size(); i += 2) {
                if (a.elements().get(i) instanceof RespValue.BulkString k && java.util.Arrays.equals(k.bytes(), want)) {
                    return a.elements().get(i + 1);
                }
            }
        }
        return null;
    }

    private CaseFailure failure(int line, String phase, List<byte[]> sent, Matcher expect, RespValue actual, String why) {
        String expected = expect.describe(matchContext);
        String got = RespFormatter.format(actual);
        String msg = where(line, phase)
                + (sent == null ? "" : "\n  sent     " + show(sent))
                + "\n  expected " + expected
                + "\n  actual   " + got.replace("\n", "\n           ")
                + "\n  because  " + why;
        FailureKind kind = FailureClassifier.classify(phase, expect, actual, matchContext);
        return new CaseFailure(msg, new FailureDetail(kind, FailureClassifier.command(sent), phase, line, expected, got));
    }

    /** A reply without the field or element a {@code save} names: the reply is not what the case needs. */
    private static CaseFailure saveFailure(int line, List<byte[]> sent, String msg) {
        return new CaseFailure(msg, new FailureDetail(FailureKind.WRONG_VALUE, FailureClassifier.command(sent), "step",
                line, null, null));
    }

    private CaseConnectionFailure connectionFailure(int line, String phase, List<byte[]> sent, IOException e) {
        if (e instanceof CaseConnectionFailure already) {
            return already;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CaseConnectionFailure(where(line, phase) + (sent == null ? "" : "\n  sent     " + show(sent))
                + "\n  " + message, new FailureDetail(ConnectionFailures.kindOf(e), FailureClassifier.command(sent),
                phase, line, null, message), e);
    }

    private String where(int line, String phase) {
        return file + ":" + line + ": " + phase + " (RESP" + protocol + ")";
    }

    static String show(List<byte[]> args) {
        return SentCommandText.of(args);
    }
}
