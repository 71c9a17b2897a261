package io.redspec.load.cli;

import io.redspec.BuildInfo;
import io.redspec.load.protocol.ConnectionStrategy;
import io.redspec.load.record.LoadRecorder;
import io.redspec.load.simulations.AdminClient;
import io.redspec.load.simulations.LoadSettings;
import io.redspec.load.simulations.Scenario;
import io.redspec.load.server.LoadTarget;
import io.redspec.load.server.LoadTargets;
import io.redspec.options.DurationConverter;
import io.redspec.options.DurationText;
import io.redspec.options.Protocols;
import io.redspec.options.TargetConverter;
import io.redspec.options.TargetForms;
import io.redspec.resp.Endpoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code redspec load <scenario>}: starts or reaches the target, runs the scenario's Gatling
 * simulation in this JVM, and writes the Gatling HTML report plus summary.json.
 * Exit codes: 0 passed, 1 an assertion or invariant failed, 2 bad input or unreachable target.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = LoadCli.Version.class,
        description = "Load a Redis-compatible server with a Gatling scenario and check it stayed correct.")
public final class LoadCli implements Callable<Integer> {

    /** The project version and the commit the build was made from (shared with `redspec --version`). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"redspec load " + BuildInfo.describe()};
        }
    }

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    /** The scenario names, listed in the help from {@link Scenario} itself. */
    static final class ScenarioNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Scenario.values()).map(Scenario::cliName).iterator();
        }
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "<scenario>", completionCandidates = ScenarioNames.class,
            description = "${COMPLETION-CANDIDATES}; or none with --simulation")
    String scenario;

    @Option(names = "--simulation", paramLabel = "FILE",
            description = "run your own Gatling simulation from a .java file instead of a scenario (see load/README.md)")
    Path simulation;

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", defaultValue = "embedded", converter = TargetConverter.class,
            completionCandidates = TargetForms.class,
            description = "${COMPLETION-CANDIDATES} (embedded means the first embedded:X.Y listed; default: ${DEFAULT-VALUE})")
    String target;

    @Option(names = "--tls-insecure", description = "with rediss://: do not verify the server certificate")
    boolean tlsInsecure;

    @Option(names = "--users", defaultValue = "50", description = "virtual users (default: ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "how long the load runs: " + DurationText.EXAMPLES + " (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--connections", defaultValue = "shared:4",
            description = "shared:N (users multiplexed on N connections) or per-user (default: ${DEFAULT-VALUE})")
    String connections;

    @Option(names = {"-p", "--protocol"}, paramLabel = Protocols.ONE, defaultValue = "2",
            description = "RESP protocol; resp2/resp3 also accepted (default: ${DEFAULT-VALUE})")
    String protocol;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "per-command and connect timeout: " + DurationText.EXAMPLES + " (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--event-loops", paramLabel = "N",
            description = "Gatling's event-loop threads (default: half the cores, at least 1; see load/README.md)")
    Integer eventLoops;

    @Option(names = {"-o", "--report-dir"}, paramLabel = "DIR", description = "where to write the report (default: reports/<timestamp>-load-<scenario>)")
    Path reportDir;

    @Option(names = "--value-size", description = "baseline: value size in bytes (default 3)")
    Integer valueSize;

    @Option(names = "--key-space", description = "baseline: number of distinct keys (default 10000)")
    Integer keySpace;

    @Option(names = "--read-ratio", description = "baseline: share of GETs among GET/SET, 0..1 (default 0.5)")
    Double readRatio;

    @Option(names = "--pipeline", description = "baseline: commands in flight per user (default 1)")
    Integer pipeline;

    @Option(names = {"-P", "--param"}, paramLabel = "KEY=VALUE",
            description = "a scenario knob (see load/README.md), repeatable, e.g. -P ttl=1s")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--quiet", description = "no live progress line")
    boolean quiet;

    private final PrintStream out;
    private final PrintStream err;

    LoadCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command; {@code load} as a first argument is accepted and skipped (launcher dispatch). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        String[] rest = args.length > 0 && args[0].equals("load") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        CommandLine cli = new CommandLine(new LoadCli(out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("redspec load: " + e.getMessage());
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, r) -> {
            err.println("redspec load: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return FAILED;
        });
        return cli.execute(rest);
    }

    /**
     * Netty keeps a stack trace of one buffer in 128 to find leaks: 2 % of the event loop in a
     * profile of the pipelined baseline. Netty reads the level once, when it loads;
     * -Dio.netty.leakDetection.level given on the command line wins.
     */
    private static void leakDetectionOffUnlessAsked() {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            System.setProperty("io.netty.leakDetection.level", "disabled");
        }
    }

    @Override
    public Integer call() {
        if (!Object.class.getModule().isOpen("java.lang", LoadCli.class.getModule())) {
            // Gatling's log writer reads String internals; `java -jar` opens java.lang via the manifest
            err.println("redspec load: start with java -jar redspec-load.jar, or add --add-opens java.base/java.lang=ALL-UNNAMED");
            return BAD_INPUT;
        }
        if ((scenario == null) == (simulation == null)) {
            err.println("redspec load: give a scenario (" + Scenario.names() + ") or --simulation FILE.java, one of the two");
            return BAD_INPUT;
        }
        Scenario chosen = null;
        Duration planned;
        Map<String, String> properties;
        Path classes = null;
        Class<?> custom = null;
        try {
            EventLoops.configure(eventLoops); // before anything in this JVM touches Netty
            leakDetectionOffUnlessAsked();
            if (scenario != null) {
                chosen = Scenario.parse(scenario);
            }
            planned = duration;
            protocol = "resp" + Protocols.one(protocol); // summary.json and the simulations keep resp2/resp3
            if (users < 1) {
                throw new IllegalArgumentException("users must be at least 1, got " + users);
            }
            ConnectionStrategy.parse(connections);
            properties = properties();
            // the same validation a simulation applies, before anything starts
            java.util.Properties p = new java.util.Properties();
            p.putAll(properties);
            LoadSettings.from(p, users, planned);
            if (chosen != null) {
                io.redspec.load.simulations.Knobs.check(chosen, params.keySet(), p);
            } else {
                // compiled before any server starts: a typo costs no start-up
                classes = Files.createTempDirectory("redspec-simulation-");
                custom = SimulationSource.compileAndLoad(simulation, classes);
            }
        } catch (IllegalArgumentException e) {
            err.println("redspec load: " + e.getMessage());
            deleteTree(classes);
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("redspec load: cannot compile the simulation: " + e.getMessage());
            return BAD_INPUT;
        }
        String name = chosen != null ? chosen.cliName() : custom.getSimpleName();
        String simulationClass = chosen != null ? chosen.simulationClass() : CustomSimulationHost.class.getName();
        CustomSimulationHost.hosted = custom;
        try {
            return open(name, simulationClass, custom != null, planned, properties);
        } finally {
            CustomSimulationHost.hosted = null;
            deleteTree(classes);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the system cleans it eventually
        }
    }

    private int open(String name, String simulationClass, boolean custom, Duration planned, Map<String, String> properties) {
        LoadTarget opened;
        try {
            opened = LoadTargets.open(target, timeout, tlsInsecure);
        } catch (RuntimeException e) {
            err.println("redspec load: cannot open target " + Endpoint.redact(target) + ": " + Endpoint.redact(e.getMessage()));
            return BAD_INPUT;
        }
        try (LoadTarget t = opened) {
            Endpoint endpoint = t.endpoint();
            String reachable = ping(endpoint);
            if (reachable != null) {
                err.println("redspec load: target " + t.description() + " unreachable: " + reachable);
                return BAD_INPUT;
            }
            properties.put(LoadSettings.PREFIX + "uri", uri(endpoint));
            properties.put(LoadSettings.PREFIX + "tlsInsecure", String.valueOf(tlsInsecure));
            return run(name, simulationClass, custom, planned, t.description(), properties);
        }
    }

    private int run(String name, String simulationClass, boolean custom, Duration planned, String description,
                    Map<String, String> properties) {
        Path dir = reportDir != null ? reportDir : defaultReportDir(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            err.println("redspec load: cannot create report directory " + dir + ": " + e.getMessage());
            return BAD_INPUT;
        }
        properties.forEach(System::setProperty);
        out.println("redspec load " + name + " against " + description + ": " + users + " users, "
                + DurationText.format(duration) + ", connections " + connections + ", " + protocol);
        int status;
        Path gatlingDir = dir.resolve("gatling");
        ProgressLine progress = new ProgressLine(err, name, planned.toMillis() / 1000.0);
        if (!quiet) {
            progress.start();
        }
        PrintStream stdout = System.out;
        Thread onInterrupt = new Thread(() -> interrupted(name, planned, description, dir, gatlingDir, progress),
                "redspec-load-interrupted");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (PrintStream console = new PrintStream(new FileOutputStream(dir.resolve("gatling-console.log").toFile()), true)) {
            System.setOut(console); // Gatling's console summary goes to the report, ours to the terminal
            status = GatlingLauncher.run(simulationClass, gatlingDir, name);
        } catch (IOException e) {
            err.println("redspec load: cannot write to " + dir + ": " + e.getMessage());
            return BAD_INPUT;
        } finally {
            System.setOut(stdout);
            progress.close();
            properties.keySet().forEach(System::clearProperty);
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it writes the summary
            }
        }
        LoadRecorder recorder = LoadRecorder.current();
        if (custom) {
            CheckGates.declare(recorder);
        }
        RunInfo info = new RunInfo(name, description, users, planned.toMillis() / 1000.0,
                connections, protocol, GatlingReports.latestIndex(gatlingDir), status);
        Map<String, Object> summary = SummaryWriter.summary(info, recorder);
        try {
            SummaryWriter.write(dir.resolve("summary.json"), summary);
        } catch (IOException e) {
            err.println("redspec load: cannot write summary.json: " + e.getMessage());
            return FAILED;
        }
        if (reportDir == null) {
            GatlingReports.linkLatest(dir);
        }
        out.println(SummaryText.of(summary));
        out.println("report: " + dir.resolve("summary.json") + (info.gatlingReport() != null ? " and " + info.gatlingReport() : ""));
        if (status != 0 && status != GatlingLauncher.ASSERTIONS_FAILED) {
            err.println("redspec load: the Gatling run failed (status " + status + "), see " + dir.resolve("gatling-console.log"));
            return FAILED;
        }
        out.println(Verdict.of(status, recorder));
        return Verdict.passed(status, recorder) ? OK : FAILED;
    }

    /**
     * Ctrl-C or SIGTERM during the run (a shutdown hook): the simulation stops its users, restores
     * what it changed and deletes its keys, then summary.json is written for what ran, marked interrupted.
     */
    private void interrupted(String name, Duration planned, String description, Path dir, Path gatlingDir,
                             ProgressLine progress) {
        progress.close();
        err.println("redspec load: interrupted, cleaning up");
        io.redspec.load.simulations.RedspecSimulation.finishRunning();
        LoadRecorder recorder = LoadRecorder.current();
        RunInfo info = new RunInfo(name, description, users, planned.toMillis() / 1000.0,
                connections, protocol, GatlingReports.latestIndex(gatlingDir), -1);
        Map<String, Object> summary = SummaryWriter.summary(info, recorder);
        summary.put("interrupted", true);
        try {
            SummaryWriter.write(dir.resolve("summary.json"), summary);
            err.println("redspec load: INTERRUPTED, summary of what ran: " + dir.resolve("summary.json")
                    + (recorder.cleanUpFailure() == null ? "" : " (clean-up failed: " + recorder.cleanUpFailure() + ")"));
        } catch (IOException e) {
            err.println("redspec load: interrupted; cannot write summary.json: " + e.getMessage());
        }
    }

    private Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        String pre = LoadSettings.PREFIX;
        p.put(pre + "users", String.valueOf(users));
        p.put(pre + "duration", DurationText.format(duration));
        p.put(pre + "connections", connections);
        p.put(pre + "protocol", protocol);
        p.put(pre + "timeout", DurationText.format(timeout));
        if (valueSize != null) p.put(pre + "valueSize", String.valueOf(valueSize));
        if (keySpace != null) p.put(pre + "keySpace", String.valueOf(keySpace));
        if (readRatio != null) p.put(pre + "readRatio", String.valueOf(readRatio));
        if (pipeline != null) p.put(pre + "pipeline", String.valueOf(pipeline));
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().isBlank()) {
                throw new IllegalArgumentException("--param needs KEY=VALUE");
            }
            p.put(pre + e.getKey(), e.getValue());
        }
        return p;
    }

    /** null when the target answers PING, otherwise why not. */
    private String ping(Endpoint endpoint) {
        try (AdminClient admin = new AdminClient(endpoint, timeout)) {
            admin.sync().ping();
            return null;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
    }

    static String uri(Endpoint e) {
        StringBuilder b = new StringBuilder(e.tls() ? "rediss://" : "redis://");
        if (e.password() != null) {
            if (e.user() != null) {
                b.append(URLEncoder.encode(e.user(), StandardCharsets.UTF_8));
            }
            b.append(':').append(URLEncoder.encode(e.password(), StandardCharsets.UTF_8)).append('@');
        }
        b.append(e.host().contains(":") ? "[" + e.host() + "]" : e.host()).append(':').append(e.port());
        if (e.db() != 0) {
            b.append('/').append(e.db());
        }
        return b.toString();
    }

    private static Path defaultReportDir(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return Path.of("reports", stamp + "-load-" + name);
    }
}
