package io.redspec.cli;

import io.redspec.engine.RedspecConfig;
import io.redspec.exec.Jitter;
import java.security.SecureRandom;
import io.redspec.engine.RedspecTestEngine;
import io.redspec.engine.TargetPrefetch;
import io.redspec.report.AllureCaseDetails;
import io.redspec.report.AllureResults;
import io.redspec.schema.ReplySchemas;
import io.redspec.report.ConsoleReporter;
import io.redspec.report.html.ReportPage;
import io.redspec.report.ConsoleRecap;
import io.redspec.report.HeldAllureResults;
import io.redspec.report.ReportScrubber;
import io.redspec.report.RunResults;
import io.redspec.report.RunSummary;
import io.redspec.report.SummaryBuilder;
import io.redspec.report.SummaryJson;
import io.redspec.report.matrix.Matrix;
import io.redspec.options.DurationConverter;
import io.redspec.options.DurationText;
import io.redspec.options.Protocols;
import io.redspec.options.TargetConverter;
import io.redspec.options.TargetForms;
import io.redspec.resp.Endpoint;
import io.redspec.server.Target;
import io.redspec.server.TargetException;
import io.redspec.spec.SpecException;
import io.redspec.spec.SpecLoader;
import io.redspec.timing.RunTimeline;
import io.redspec.timing.TimingReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import io.redspec.baseline.Baseline;
import io.redspec.baseline.BaselineException;
import io.redspec.baseline.BaselineResults;
import io.redspec.report.CaseResult;
import io.redspec.server.Version;
import java.io.IOException;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code redspec run}: replays the specs through the JUnit Platform launcher — the same engine an IDE
 * or Surefire runs — with the console, summary, HTML, JUnit XML and Allure writers attached.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the spec corpus against a server and write the reports.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", defaultValue = "embedded", converter = TargetConverter.class,
            completionCandidates = TargetForms.class,
            description = "${COMPLETION-CANDIDATES} (embedded means the first embedded:X.Y listed; default: ${DEFAULT-VALUE}); "
                    + "repeat for a compatibility matrix: one sub-directory per target and matrix.json/.md/.html at the top")
    List<String> targets;

    /** The target of the run under way (one at a time when several are given). */
    private String target;

    @Option(names = {"-p", "--protocol"}, paramLabel = Protocols.CHOICE, defaultValue = "both",
            description = "RESP protocol(s) to run every case under; resp2/resp3 also accepted (default: ${DEFAULT-VALUE})")
    String protocol;

    @Option(names = {"-s", "--spec"}, paramLabel = "PATH", arity = "1..*",
            description = "spec files or directories (default: ./spec)")
    List<Path> specs;

    @Option(names = "--tags", paramLabel = "EXPR", description = "only cases whose tags match, e.g. tutorial or 'group:list & !slow'")
    List<String> tags;

    @Option(names = "--exclude-tags", paramLabel = "EXPR", description = "leave out cases whose tags match, e.g. slow")
    List<String> excludeTags;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "cases run at once (default: 16 × cores, at least 16)")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5s", converter = DurationConverter.class,
            description = "connect and reply timeout: " + DurationText.EXAMPLES + " (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = {"-o", "--report-dir"}, paramLabel = "DIR", description = "where to write reports (default: reports/<timestamp>/, linked from reports/latest)")
    Path reportDir;

    @Option(names = "--server-version", paramLabel = "X.Y.Z", description = "gate cases by this version instead of the one INFO reports")
    String serverVersion;

    @Option(names = "--allow-destructive", description = "also run exclusive cases (FLUSHDB, CONFIG SET, …) against a non-embedded target")
    boolean allowDestructive;

    @Option(names = "--tls-insecure", description = "with rediss://, accept any server certificate")
    boolean tlsInsecure;

    @Option(names = "--list", description = "print the selected cases and exit without running them")
    boolean list;

    @Option(names = "--mutate", arity = "0..1", fallbackValue = "replies", paramLabel = "steps",
            description = "self-check of the corpus: turn every reply into a wrong one; a case passes when it "
                    + "notices, and fails when it still passes. --mutate=steps: one checked step at a time, several "
                    + "wrong answers each; a case fails when one of its steps notices none (slower: a run per step)")
    String mutate;

    @Option(names = "--jitter", description = "pause a random 0-" + Jitter.MAX_MS + " ms before every "
            + "setup and case step (a stalled machine); the seed is printed so a failure can be repeated")
    boolean jitter;

    @Option(names = "--jitter-seed", paramLabel = "N", description = "the seed of --jitter's pauses (implies --jitter; default: random)")
    Long jitterSeed;

    @Option(names = "--no-schema", negatable = false, description = "do not check RESP3 replies against their "
            + "command's reply_schema (checked by default; RESP2 replies never are)")
    boolean noSchema;

    @Option(names = "--lenient-error-text", description = "accept an error reply with the expected code (first word) "
            + "but other wording; such differences are still listed in the reports")
    boolean lenientErrorText;

    @Option(names = "--baseline", paramLabel = "FILE", description = "known failures (CASE_ID resp2|resp3 [FLAVOUR [FROM..UNTIL]] "
            + "a line) that do not fail the run; only new failures exit 1, and listed cases that pass are reported as fixed")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "write this run's failures as a baseline")
    Path writeBaseline;

    @Override
    public Integer call() throws Exception {
        try {
            return runCommand();
        } finally {
            TargetPrefetch.discard(); // an embedded server started for a run that never came
        }
    }

    private Integer runCommand() throws Exception {
        long commandStartNanos = System.nanoTime();
        long commandStartEpochMs = System.currentTimeMillis();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try {
            Protocols.choice(protocol);
        } catch (IllegalArgumentException e) {
            err.println("redspec: " + e.getMessage());
            return RedspecCli.ERROR;
        }
        if (mutate != null && !mutate.equals("replies") && !mutate.equals("steps")) {
            err.println("redspec: --mutate takes no value or 'steps', not '" + mutate + "'");
            return RedspecCli.ERROR;
        }
        if (jobs != null && jobs < 1) {
            err.println("redspec: --jobs must be at least 1, got " + jobs);
            return RedspecCli.ERROR;
        }
        Baseline known = null;
        if (baseline != null) {
            try {
                known = Baseline.read(baseline);
            } catch (BaselineException e) {
                err.println("redspec: " + e.getMessage());
                return RedspecCli.ERROR;
            } catch (IOException e) {
                err.println("redspec: cannot read baseline " + baseline + ": " + e.getMessage());
                return RedspecCli.ERROR;
            }
        }
        target = targets.get(0);
        if (!list) {
            TargetPrefetch.start(target, timeout); // the embedded server starts while the specs are parsed
            if (!noSchema) {
                // so are the reply schemas (0.3 s that the engine's start waited for); it takes them from
                // there, and a failure here is met again, and reported, when it asks for them
                CompletableFuture.runAsync(ReplySchemas::bundled);
            }
        }
        List<Path> paths = SpecPaths.orDefault(specs);
        SpecLoader.Result loaded = new SpecLoader().load(paths);
        if (!loaded.errors().isEmpty()) {
            for (SpecException e : loaded.errors()) {
                err.println(e.getMessage());
            }
            err.println("redspec: " + loaded.errors().size() + " spec problem(s) above; nothing was run");
            return RedspecCli.ERROR;
        }
        if (jitter || jitterSeed != null) {
            jitterSeed = jitterSeed != null ? jitterSeed : new SecureRandom().nextLong();
            out.println("jitter: 0-" + Jitter.MAX_MS + " ms before every step, seed " + jitterSeed
                    + " (--jitter-seed " + jitterSeed + " repeats it)");
            out.flush();
        }
        LauncherDiscoveryRequest request = request(paths);
        // Listeners are ours alone: an auto-registered Allure listener would write into ./allure-results.
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false).build());
        TestPlan plan = launcher.discover(request);
        long selected = plan.countTestIdentifiers(TestIdentifier::isTest);
        if (selected == 0) {
            // a CI gate that checked nothing must not be green
            err.println("redspec: no case selected (" + selection(paths) + "); nothing was run");
            return RedspecCli.ERROR;
        }
        if (list) {
            return list(plan, out);
        }
        if (targets.size() == 1) {
            String reachable = checkReachable();
            if (reachable != null) { // before the report directory is made: a run that never started leaves none
                err.println("redspec: " + reachable + "; nothing was run");
                return RedspecCli.ERROR;
            }
            return runTarget(launcher, plan, paths, loaded, known, ReportDir.create(reportDir, ""), commandStartNanos,
                    commandStartEpochMs, out, err).exit();
        }
        return runMatrix(launcher, paths, loaded, known, out, err);
    }

    /** One target's run and where its summary went; {@code summary} is null when nothing could run. */
    record Outcome(int exit, RunSummary summary, List<CaseResult> results) {
        boolean ran() {
            return summary != null && (summary.error() == null || !summary.cases().isEmpty());
        }
    }

    /**
     * Several targets: each runs the corpus into its own sub-directory, then the matrix of all of them
     * goes at the top. An unreachable one is a column saying so; the others still run.
     * Exit 1 when any target has (non-baseline) failures, 2 only when none could run.
     */
    private int runMatrix(Launcher launcher, List<Path> paths, SpecLoader.Result loaded, Baseline known,
                          PrintWriter out, PrintWriter err) throws Exception {
        Path top = ReportDir.create(reportDir, "");
        Path baselineOut = writeBaseline;
        writeBaseline = null; // written once, from all targets, below
        List<RunSummary> summaries = new ArrayList<>();
        List<String> baselineLines = new ArrayList<>();
        TargetSlugs slugs = new TargetSlugs();
        boolean anyRan = false;
        boolean anyFailed = false;
        for (String t : targets) {
            target = t;
            Path sub = top.resolve(slugs.next(t));
            out.println("== " + Endpoint.redact(t) + " → " + sub + "/");
            out.flush();
            // timings.json of each target counts from its own start
            Outcome o = runTarget(launcher, null, paths, loaded, known, sub, System.nanoTime(), System.currentTimeMillis(), out, err);
            summaries.add(o.summary() != null ? o.summary() : RunSummary.notRun(Endpoint.redact(t), "could not be run"));
            anyRan |= o.ran();
            anyFailed |= o.exit() == RedspecCli.FAILURES || (o.ran() && o.exit() != RedspecCli.OK);
            if (o.results() != null) {
                baselineLines.add(Baseline.write(o.results(), o.summary().server().flavour()));
            }
        }
        Matrix m = Matrix.of(summaries);
        MatrixFiles.write(m, top);
        out.println();
        MatrixFiles.printColumns(m, out);
        out.println("matrix: " + top + "/ (matrix.json, matrix.md, matrix.html; one sub-directory per target)");
        if (baselineOut != null) {
            Files.writeString(baselineOut, Baseline.merge(baselineLines));
            out.println("baseline: " + baselineOut + " (failing case runs of every target)");
        }
        out.flush();
        if (!anyRan) {
            err.println("redspec: none of the " + targets.size() + " targets could be run");
            err.flush();
            return RedspecCli.ERROR;
        }
        return anyFailed ? RedspecCli.FAILURES : RedspecCli.OK;
    }

    /** The run against {@link #target} into {@code dir}: today's single-target layout. */
    private Outcome runTarget(Launcher launcher, TestPlan discovered, List<Path> paths, SpecLoader.Result loaded, Baseline known, Path dir,
                              long commandStartNanos, long commandStartEpochMs, PrintWriter out, PrintWriter err) throws Exception {
        String reachable = targets.size() > 1 ? checkReachable() : null; // a single target was checked already
        if (reachable != null) {
            err.println("redspec: " + reachable + "; skipped");
            err.flush();
            Files.createDirectories(dir);
            RunSummary notRun = RunSummary.notRun(Endpoint.redact(target), reachable);
            SummaryJson.write(notRun, dir.resolve("summary.json"));
            return new Outcome(RedspecCli.ERROR, notRun, null);
        }
        TestPlan plan = discovered != null ? discovered : launcher.discover(request(paths));
        Files.createDirectories(dir);
        ReportDir.removeCaseFiles(dir); // a reused --report-dir: no result of an earlier run may show in this one
        RunResults results = new RunResults(); // listens first: the facts and a case's result are in before Allure's
        HeldAllureResults allureResults = new HeldAllureResults(dir.resolve("allure-results"), loaded.files(),
                () -> AllureResults.serverLabel(results.fact(SummaryBuilder.FACT_FLAVOUR).orElse(null),
                        results.fact(SummaryBuilder.FACT_VERSION).orElse(null)));
        AllureLifecycle allureLifecycle = new AllureLifecycle(allureResults);
        AllureJunitPlatform allure = new AllureJunitPlatform(allureLifecycle);
        AllureCaseDetails allureDetails = new AllureCaseDetails(allureLifecycle, loaded.files());
        boolean live = System.console() != null && System.getenv("CI") == null;
        ConsoleReporter console = new ConsoleReporter(System.out, live);
        Files.createDirectories(dir.resolve("junit"));
        LegacyXmlReportGeneratingListener junitXml = new LegacyXmlReportGeneratingListener(dir.resolve("junit"), new PrintWriter(System.err));
        RunTimeline timeline = new RunTimeline(commandStartNanos);
        launcher.execute(plan, results, console, junitXml, allure, allureDetails, timeline);

        RunSummary summary = new SummaryBuilder(loaded.files()).build(results, Endpoint.redact(target));
        Baseline.Verdict verdict = null;
        if (known != null) {
            Version version = summary.server().version() == null ? null : Version.parse(summary.server().version());
            verdict = known.judge(results.results(), summary.server().flavour(), version);
            summary = summary.withBaseline(BaselineResults.of(baseline, verdict));
        }
        SummaryJson.write(summary, dir.resolve("summary.json"));
        ReportPage.write(summary, dir.resolve("report.html"));
        AllureResults.write(dir.resolve("allure-results"), allureResults.finish(), summary, loaded.files());
        ReportScrubber.scrub(dir);
        // after the scrub, so the reports phase counts it; it holds case names and times, no target
        TimingReport.write(dir.resolve("timings.json"), timeline, commandStartEpochMs,
                (System.nanoTime() - commandStartNanos) / 1_000_000);
        if (results.runFailure().isPresent()) {
            out.flush();
            err.println("redspec: " + Endpoint.redact(results.runFailure().get()));
            err.println("redspec: nothing was run; summary in " + dir.resolve("summary.json"));
            err.flush();
            return new Outcome(RedspecCli.ERROR, summary, null);
        }
        ConsoleRecap.print(summary, out);
        out.printf("%s · %s %s%n", summary.target(), summary.server().flavour(),
                summary.server().version() != null ? summary.server().version() : "(no version reported)");
        out.printf("%d passed, %d failed, %d skipped in %.1f s (%d case runs)%n", summary.passed(),
                summary.failed(), summary.skipped(), results.durationMs() / 1000.0, summary.total());
        out.println("reports: " + dir + "/ (report.html, summary.json, junit/, allure-results/)");
        out.flush();
        if (results.missing() > 0) {
            err.println("redspec: the run ended early: " + results.missing() + " case runs were never reported");
            return new Outcome(RedspecCli.ERROR, summary, results.results());
        }
        if (writeBaseline != null) {
            Files.writeString(writeBaseline, Baseline.write(results.results(), summary.server().flavour()));
            out.println("baseline: " + writeBaseline + " (" + results.count("failed") + " failing case runs)");
        }
        if (protocol.equals("3") && results.fact(SummaryBuilder.FACT_RESP3_REFUSED).isPresent()) {
            // RESP3 alone was asked for: a server that cannot speak it fails the run, in one line
            err.println("redspec: --protocol 3 asked for, but " + results.fact(SummaryBuilder.FACT_RESP3_REFUSED).get());
            err.flush();
            return new Outcome(RedspecCli.FAILURES, summary, results.results());
        }
        if (summary.leftoverKeys() != null && summary.leftoverKeys() > 0) {
            // a leak outside any case's own clean-up: the notes above say which case and database
            err.println("redspec: the run left " + summary.leftoverKeys() + " key(s) of its namespace behind (see the "
                    + "leftover notes above; the end-of-run check deleted them)");
            err.flush();
            return new Outcome(RedspecCli.FAILURES, summary, results.results());
        }
        if (verdict != null) {
            return new Outcome(judge(verdict, out), summary, results.results());
        }
        return new Outcome(results.count("failed") > 0 ? RedspecCli.FAILURES : RedspecCli.OK, summary, results.results());
    }

    /** With a baseline only failures it does not list fail the run. */
    private int judge(Baseline.Verdict v, PrintWriter out) {
        out.printf("baseline %s: %d known failure(s), %d new, %d fixed%n", baseline, v.known().size(),
                v.newFailures().size(), v.fixed().size());
        for (CaseResult r : v.newFailures()) {
            out.printf("  new failure: %s resp%d (%s:%d)%n", r.id(), r.protocol(), r.file(), r.line());
        }
        for (Baseline.Entry e : v.fixed()) {
            out.printf("  fixed — remove from baseline: %s (%s:%d)%n", e, baseline, e.line());
        }
        out.flush();
        return v.newFailures().isEmpty() ? RedspecCli.OK : RedspecCli.FAILURES;
    }

    /**
     * A server given by URI is asked once, before any case: unreachable, it is one line here instead
     * of an error per case. Embedded targets are started by the engine itself. Null when reachable.
     */
    private String checkReachable() {
        String unavailable = Target.unavailable(target);
        if (unavailable != null) {
            return unavailable;
        }
        if (!target.startsWith("redis://") && !target.startsWith("rediss://")) {
            return null;
        }
        try (Target t = Target.open(target, timeout, new Target.Options(tlsInsecure, List.of()))) {
            return null;
        } catch (TargetException e) {
            return Endpoint.redact(e.getMessage());
        }
    }

    /** What selected nothing, for the one-line reason. */
    private String selection(List<Path> paths) {
        StringBuilder b = new StringBuilder("spec ").append(paths.stream().map(Path::toString).toList());
        if (tags != null && !tags.isEmpty()) {
            b.append(", --tags ").append(String.join(" ", tags));
        }
        if (excludeTags != null && !excludeTags.isEmpty()) {
            b.append(", --exclude-tags ").append(String.join(" ", excludeTags));
        }
        b.append(", protocol ").append(protocol);
        return b + "; tags are e.g. tutorial, slow, exclusive, resp2, resp3, group:<group> (group:list, group:sorted_set)";
    }

    private LauncherDiscoveryRequest request(List<Path> paths) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (Path p : paths) {
            selectors.add(Files.isDirectory(p) ? DiscoverySelectors.selectDirectory(p.toFile())
                    : DiscoverySelectors.selectFile(p.toFile()));
        }
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines(RedspecTestEngine.ID))
                .configurationParameter(RedspecConfig.TARGET, target)
                .configurationParameter(RedspecConfig.PROTOCOLS, protocol)
                .configurationParameter(RedspecConfig.TIMEOUT_MS, String.valueOf(timeout.toMillis()))
                .configurationParameter(RedspecConfig.JOBS, String.valueOf(jobs != null ? jobs : RedspecConfig.defaultJobs()))
                .configurationParameter(RedspecConfig.ALLOW_DESTRUCTIVE, String.valueOf(allowDestructive))
                .configurationParameter(RedspecConfig.TLS_INSECURE, String.valueOf(tlsInsecure))
                .configurationParameter(RedspecConfig.MUTATE, String.valueOf("replies".equals(mutate)))
                .configurationParameter(RedspecConfig.MUTATE_STEPS, String.valueOf("steps".equals(mutate)))
                .configurationParameter(RedspecConfig.LENIENT_ERROR_TEXT, String.valueOf(lenientErrorText))
                .configurationParameter(RedspecConfig.SCHEMA, String.valueOf(!noSchema));
        if (jitterSeed != null) {
            b.configurationParameter(RedspecConfig.JITTER_SEED, String.valueOf(jitterSeed));
        }
        if (serverVersion != null) {
            b.configurationParameter(RedspecConfig.SERVER_VERSION, serverVersion);
        }
        if (tags != null && !tags.isEmpty()) {
            b.filters(TagFilter.includeTags(tags));
        }
        if (excludeTags != null && !excludeTags.isEmpty()) {
            b.filters(TagFilter.excludeTags(excludeTags));
        }
        return b.build();
    }

    private static int list(TestPlan plan, PrintWriter out) {
        int n = 0;
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier file : plan.getChildren(root)) {
                for (TestIdentifier c : plan.getChildren(file)) {
                    String where = c.getSource().map(s -> s instanceof org.junit.platform.engine.support.descriptor.FileSource fs
                            ? RunResultsPaths.display(fs) : "").orElse("");
                    out.printf("%-60s %s%n", file.getDisplayName() + ":" + c.getDisplayName(), where);
                    n++;
                }
            }
        }
        out.println(n + " case runs selected");
        return RedspecCli.OK;
    }
}
