package io.redspec.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.qameta.allure.internal.Allure2ModelJackson;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.redspec.exec.FailureKind;
import io.redspec.exec.SentCommandText;
import io.redspec.resp.Endpoint;
import io.redspec.match.MatchContext;
import io.redspec.spec.Arg;
import io.redspec.spec.Bindings;
import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import io.redspec.spec.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a run's allure-results once its summary is known, each result completed with: labels for the server (flavour and
 * version), the protocol and the command of the failing step; the failure kind at the head of the
 * message (what {@code categories.json}, written here too, sorts by); and a step per spec step (the
 * command sent and the expectation), the failing one with the reply received.
 */
public final class AllureResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final io.qameta.allure.internal.shadowed.jackson.databind.ObjectMapper ALLURE_JSON =
            Allure2ModelJackson.createMapper();
    private static final Pattern FULL_NAME = Pattern.compile("(.+) \\[RESP([23])]");

    private AllureResults() {}

    /**
     * Writes each held result (the failed ones: their completion needs the summary's failures) as
     * {@code <uuid>-result.json}, in parallel; then the categories and the environment panel. The
     * others were written while the run went on ({@link HeldAllureResults}).
     */
    public static void write(Path results, List<TestResult> held, RunSummary summary, List<SpecFile> files) throws IOException {
        Files.createDirectories(results);
        Map<String, SpecCase> cases = casesById(files);
        Map<String, RunSummary.Failure> failures = new HashMap<>();
        summary.failures().forEach(f -> failures.put(f.id() + "@" + f.protocol(), f));
        String server = serverLabel(summary.server().flavour(), summary.server().version());
        try {
            held.parallelStream().forEach(result -> {
                try {
                    writeOne(results, result, cases, failures::get, server);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.writeString(results.resolve("categories.json"), categories(), StandardCharsets.UTF_8);
        Files.writeString(results.resolve("environment.properties"), environment(summary), StandardCharsets.UTF_8);
    }

    /**
     * One result, completed, with every URI's password redacted (the scrubber leaves these files
     * alone). {@code failureOf} maps {@code id@protocol} to its failure; null for a case that did not fail.
     */
    static void writeOne(Path results, TestResult result, Map<String, SpecCase> cases,
                         Function<String, RunSummary.Failure> failureOf, String server) throws IOException {
        Matcher m = FULL_NAME.matcher(result.getFullName() != null ? result.getFullName() : "");
        if (m.matches()) {
            int protocol = Integer.parseInt(m.group(2));
            complete(result, cases.get(m.group(1)), failureOf.apply(m.group(1) + "@" + protocol), protocol, server);
        }
        // Allure's own (shaded) mapper: the one its report reads
        Files.writeString(results.resolve(result.getUuid() + "-result.json"),
                Endpoint.redact(ALLURE_JSON.writeValueAsString(result)), StandardCharsets.UTF_8);
    }

    static Map<String, SpecCase> casesById(List<SpecFile> files) {
        Map<String, SpecCase> cases = new HashMap<>();
        files.forEach(f -> f.cases().forEach(c -> cases.put(c.fullId(), c)));
        return cases;
    }

    /** The server label of every result: "redis 7.0.15"; null when the flavour is unknown. */
    public static String serverLabel(String flavour, String version) {
        return flavour == null ? null : flavour + (version != null ? " " + version : "");
    }

    /** Allure's Environment panel: the target (never its password: the summary holds it redacted) and server. */
    static String environment(RunSummary s) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("target", s.target());
        p.setProperty("server", s.server().flavour() == null ? "unknown" : s.server().flavour()
                + (s.server().version() != null ? " " + s.server().version() : " (no version in INFO)"));
        p.setProperty("case.runs", s.total() + " (" + s.passed() + " passed, " + s.failed() + " failed, " + s.skipped() + " skipped)");
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            p.store(w, "redspec run");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void complete(TestResult r, SpecCase c, RunSummary.Failure f, int protocol, String server) {
        List<Label> labels = r.getLabels();
        labels.add(label("protocol", "RESP" + protocol));
        if (server != null) {
            labels.add(label("server", server));
            labels.add(label("tag", server));
        }
        String command = f != null && f.command() != null ? f.command() : c != null ? c.file().command() : null;
        if (command != null) {
            labels.add(label("command", command));
        }
        if (f != null) {
            FailureKind kind = FailureKind.valueOf(f.kind().toUpperCase(Locale.ROOT));
            labels.add(label("severity", "minor".equals(f.severity()) ? "minor" : "critical"));
            StatusDetails details = r.getStatusDetails() != null ? r.getStatusDetails() : new StatusDetails();
            r.setStatusDetails(details.setMessage("[" + kind.label() + "] " + (details.getMessage() != null ? details.getMessage() : "")));
        }
        if (c != null) {
            r.setSteps(steps(c, f, protocol, r.getStart() != null ? r.getStart() : 0L));
        }
    }

    /** The spec's steps in order; with a failure, the one it happened at is failed and the rest after it never ran. */
    private static List<StepResult> steps(SpecCase c, RunSummary.Failure f, int protocol, long at) {
        List<StepResult> steps = new ArrayList<>();
        List<Step> all = new ArrayList<>(c.setup());
        all.addAll(c.steps());
        Status status = Status.PASSED;
        for (Step s : all) {
            StepResult step = new StepResult().setName("line " + s.line() + ": " + text(s));
            List<Parameter> params = new ArrayList<>();
            String expect = expectation(s, protocol);
            if (expect != null) {
                params.add(new Parameter().setName("expected").setValue(expect));
            }
            if (f != null && f.stepLine() == s.line() && status == Status.PASSED) {
                status = Status.FAILED;
                step.setStatus(Status.FAILED);
                if (f.actual() != null) {
                    params.add(new Parameter().setName("reply").setValue(f.actual()));
                }
                step.setStatusDetails(new StatusDetails().setMessage(f.message() == null ? "" : f.message()));
            } else {
                step.setStatus(status == Status.FAILED ? Status.SKIPPED : Status.PASSED);
            }
            steps.add(step.setParameters(params).setStage(Stage.FINISHED).setStart(at).setStop(at));
        }
        return steps;
    }

    private static String text(Step s) {
        if (s instanceof Step.Send send) {
            return "SEND " + args(send.args()) + (send.async() ? " (no wait)" : "");
        } else if (s instanceof Step.Scan scan) {
            return "SCAN-LOOP " + args(scan.args());
        } else if (s instanceof Step.Sleep sleep) {
            return "SLEEP " + sleep.ms() + " ms";
        } else if (s instanceof Step.Silence silence) {
            return "SILENCE " + silence.ms() + " ms";
        }
        return "AWAIT a reply or push";
    }

    /** As written in the spec, a spec's throwaway passwords masked as in failure messages. */
    private static String args(List<Arg> args) {
        List<String> words = new ArrayList<>();
        for (Arg a : args) {
            words.add(a.literalText() != null ? a.literalText() : "…");
        }
        return SentCommandText.ofWords(words);
    }

    private static String expectation(Step s, int protocol) {
        io.redspec.match.Matcher expect = s instanceof Step.Send send ? send.expect()
                : s instanceof Step.Await await ? await.expect()
                : s instanceof Step.Scan scan ? scan.expect() : null;
        if (expect == null) {
            return null;
        }
        try {
            return expect.describe(new MatchContext(protocol, PLACEHOLDERS));
        } catch (RuntimeException e) {
            return "(see the spec)"; // a matcher that needs a run's values to describe itself
        }
    }

    /** Placeholders shown as written: {@code $key}, {@code $ns}. */
    private static final Bindings PLACEHOLDERS = new Bindings() {
        public String key(String name) { return "$" + name; }
        public String namespace() { return "$ns"; }
        public int db() { return 0; }
        public byte[] variable(String name) { return ("$" + name).getBytes(StandardCharsets.UTF_8); }
        public long nowMillis() { return 0; }
    };

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }

    /** One Allure category per failure kind, matched on the {@code [kind]} the message starts with. */
    static String categories() {
        ArrayNode a = JSON.createArrayNode();
        for (FailureKind k : FailureKind.values()) {
            a.addObject().put("name", k.label()).put("messageRegex", "(?s)\\[" + k.label() + "\\] .*")
                    .putArray("matchedStatuses").add("failed").add("broken");
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: the labels of one result file by name. */
    static Map<String, List<String>> labels(JsonNode r) {
        Map<String, List<String>> out = new HashMap<>();
        r.path("labels").forEach(l -> out.computeIfAbsent(l.path("name").asText(), k -> new ArrayList<>()).add(l.path("value").asText()));
        return out;
    }
}
