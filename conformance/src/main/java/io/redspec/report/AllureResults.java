package io.redspec.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redspec.exec.FailureKind;
import io.redspec.match.MatchContext;
import io.redspec.spec.Arg;
import io.redspec.spec.Bindings;
import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import io.redspec.spec.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a run's allure-results once its summary is known: labels for the server (flavour and
 * version), the protocol and the command of the failing step; the failure kind at the head of the
 * message (what {@code categories.json}, written here too, sorts by); and a step per spec step (the
 * command sent and the expectation), the failing one with the reply received.
 */
public final class AllureResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FULL_NAME = Pattern.compile("(.+) \\[RESP([23])]");

    private AllureResults() {}

    public static void complete(Path results, RunSummary summary, List<SpecFile> files) throws IOException {
        if (!Files.isDirectory(results)) {
            return;
        }
        Map<String, SpecCase> cases = new HashMap<>();
        files.forEach(f -> f.cases().forEach(c -> cases.put(c.fullId(), c)));
        Map<String, RunSummary.Failure> failures = new HashMap<>();
        summary.failures().forEach(f -> failures.put(f.id() + "@" + f.protocol(), f));
        String server = summary.server().flavour() == null ? null
                : summary.server().flavour() + (summary.server().version() != null ? " " + summary.server().version() : "");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(results, "*-result.json")) {
            for (Path p : ds) {
                ObjectNode r = (ObjectNode) JSON.readTree(p.toFile());
                Matcher m = FULL_NAME.matcher(r.path("fullName").asText());
                if (!m.matches()) {
                    continue;
                }
                int protocol = Integer.parseInt(m.group(2));
                SpecCase c = cases.get(m.group(1));
                RunSummary.Failure f = failures.get(m.group(1) + "@" + protocol);
                complete(r, c, f, protocol, server);
                JSON.writeValue(p.toFile(), r);
            }
        }
        Files.writeString(results.resolve("categories.json"), categories(), StandardCharsets.UTF_8);
        Files.writeString(results.resolve("environment.properties"), environment(summary), StandardCharsets.UTF_8);
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

    private static void complete(ObjectNode r, SpecCase c, RunSummary.Failure f, int protocol, String server) {
        ArrayNode labels = r.withArray("labels");
        label(labels, "protocol", "RESP" + protocol);
        if (server != null) {
            label(labels, "server", server);
            label(labels, "tag", server);
        }
        String command = f != null && f.command() != null ? f.command() : c != null ? c.file().command() : null;
        if (command != null) {
            label(labels, "command", command);
        }
        if (f != null) {
            FailureKind kind = FailureKind.valueOf(f.kind().toUpperCase(Locale.ROOT));
            label(labels, "severity", "minor".equals(f.severity()) ? "minor" : "critical");
            ObjectNode details = r.with("statusDetails");
            details.put("message", "[" + kind.label() + "] " + details.path("message").asText(""));
        }
        if (c != null) {
            r.set("steps", steps(c, f, protocol, r));
        }
    }

    /** The spec's steps in order; with a failure, the one it happened at is failed and the rest after it never ran. */
    private static ArrayNode steps(SpecCase c, RunSummary.Failure f, int protocol, ObjectNode r) {
        ArrayNode steps = JSON.createArrayNode();
        List<Step> all = new ArrayList<>(c.setup());
        all.addAll(c.steps());
        String status = "passed";
        long at = r.path("start").asLong();
        for (Step s : all) {
            ObjectNode step = steps.addObject();
            step.put("name", "line " + s.line() + ": " + text(s));
            ArrayNode params = step.putArray("parameters");
            String expect = expectation(s, protocol);
            if (expect != null) {
                params.addObject().put("name", "expected").put("value", expect);
            }
            if (f != null && f.stepLine() == s.line() && status.equals("passed")) {
                status = "failed";
                step.put("status", "failed");
                if (f.actual() != null) {
                    params.addObject().put("name", "reply").put("value", f.actual());
                }
                step.with("statusDetails").put("message", f.message() == null ? "" : f.message());
            } else {
                step.put("status", status.equals("failed") ? "skipped" : "passed");
            }
            step.put("stage", "finished").put("start", at).put("stop", at);
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

    private static String args(List<Arg> args) {
        StringBuilder b = new StringBuilder();
        for (Arg a : args) {
            b.append(b.isEmpty() ? "" : " ").append(a.literalText() != null ? a.literalText() : "…");
        }
        return b.toString();
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

    private static void label(ArrayNode labels, String name, String value) {
        labels.addObject().put("name", name).put("value", value);
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
