package io.redspec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code redspec report [RUN_DIR]}: the Allure HTML report of a run, from its allure-results, with
 * the Allure command line the build took from Maven Central. The trend carries over: each report's
 * history is kept in {@code .allure-history/} beside the run directories and fed to the next one.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the Allure HTML report of a run (RUN_DIR/allure-report/index.html).")
final class ReportCommand implements Callable<Integer> {
    static final String HISTORY = ".allure-history";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", arity = "0..1", defaultValue = "reports/latest",
            description = "a run's report directory, or a multi-target run's (one report per target) (default: ${DEFAULT-VALUE})")
    Path run;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> runs = runs(run);
        if (runs.isEmpty()) {
            err.println("redspec: no allure-results in " + run + " (nor in its sub-directories); run ./redspec run first");
            return RedspecCli.ERROR;
        }
        AllureCommandLine allure;
        try {
            allure = AllureCommandLine.find();
        } catch (IllegalStateException e) {
            err.println("redspec: " + e.getMessage());
            return RedspecCli.ERROR;
        }
        for (Path r : runs) {
            Path results = r.resolve("allure-results");
            Path report = r.resolve("allure-report");
            Path history = history(r);
            copyTree(history, results.resolve("history"));
            Path log = r.resolve("allure.log");
            int code = allure.generate(results, report, log);
            if (code != 0 || !Files.isRegularFile(report.resolve("index.html"))) {
                err.println("redspec: Allure failed on " + results + " (exit " + code + "); its output is in " + log);
                return RedspecCli.ERROR;
            }
            copyTree(report.resolve("history"), history);
            out.println("allure: " + report.resolve("index.html") + " (trend history in " + history + ")");
        }
        out.println("open it through a web server (Allure's page loads its data with fetch), e.g. "
                + "cd " + runs.get(0).resolve("allure-report") + " && python3 -m http.server");
        out.flush();
        return RedspecCli.OK;
    }

    /** The run itself, or, for a multi-target run, each target's sub-directory. */
    static List<Path> runs(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(dir.resolve("allure-results"))) {
            out.add(dir);
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> Files.isDirectory(p.resolve("allure-results"))).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Where a run's trend is kept: beside the run directories ({@code reports/.allure-history/}); a
     * target of a multi-target run keeps its own under its name.
     */
    static Path history(Path run) {
        Path abs = run.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        boolean target = parent != null && !Files.isDirectory(abs.resolve(HISTORY)) && Files.isRegularFile(parent.resolve("matrix.json"));
        if (target && parent.getParent() != null) {
            return parent.getParent().resolve(HISTORY).resolve(abs.getFileName().toString());
        }
        return (parent != null ? parent : abs).resolve(HISTORY);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.copy(p, to.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
