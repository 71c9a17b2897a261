package io.redspec.cli;

import io.redspec.coverage.CommandMetadata;
import io.redspec.coverage.CorpusCoverage;
import io.redspec.coverage.CoverageCalculator;
import io.redspec.coverage.CoverageHtml;
import io.redspec.coverage.CoverageJson;
import io.redspec.coverage.CoverageReport;
import io.redspec.coverage.CoverageText;
import io.redspec.coverage.Exclusions;
import io.redspec.coverage.ExclusionsFile;
import io.redspec.coverage.GroupSelection;
import io.redspec.coverage.Percent;
import io.redspec.schema.BranchCoverage;
import io.redspec.schema.ReplySchemas;
import io.redspec.spec.SpecException;
import io.redspec.spec.SpecLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redspec coverage}: which commands and argument tokens of the command metadata the corpus exercises. */
@Command(name = "coverage", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare the spec corpus with the command metadata: commands and argument tokens covered, per group.",
                "A command counts when a case's steps send it and check the reply; a token when a case's steps send it."})
final class CoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--spec"}, paramLabel = "PATH", arity = "1..*",
            description = "spec files or directories (default: ./spec)")
    List<Path> specs;

    @Option(names = {"-g", "--group"}, paramLabel = "GROUP", arity = "1..*", split = ",",
            description = "groups to report, or 'all' (default: string list hash set sorted_set generic, "
                    + "plus any group a spec file declares)")
    List<String> groups;

    @Option(names = "--excluded", paramLabel = "FILE", description = "commands and tokens left out on purpose, with "
            + "reasons (default: excluded.yaml of the spec directory, if there is one)")
    Path excludedFile;

    @Option(names = "--json", description = "print JSON instead of the table")
    boolean json;

    @Option(names = "--html", paramLabel = "DIR", description = "also write DIR/coverage.html")
    Path htmlDir;

    @Option(names = "--from-run", paramLabel = "SUMMARY", arity = "1..*", description = "also report the reply-schema "
            + "oneOf/anyOf branches that run's RESP3 replies took (its summary.json), per group; several runs: the "
            + "branches any of them took")
    List<Path> fromRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SpecLoader.Result loaded = new SpecLoader().load(SpecPaths.orDefault(specs));
        if (!loaded.errors().isEmpty()) {
            for (SpecException e : loaded.errors()) {
                err.println(e.getMessage());
            }
            err.println("redspec: " + loaded.errors().size() + " malformed spec file(s); no coverage computed");
            return RedspecCli.ERROR;
        }
        CommandMetadata metadata = CommandMetadata.load();
        Exclusions exclusions;
        try {
            exclusions = exclusions(metadata);
        } catch (SpecException e) {
            err.println(e.getMessage());
            err.println("redspec: malformed " + ExclusionsFile.NAME + "; no coverage computed");
            return RedspecCli.ERROR;
        }
        CorpusCoverage corpus = new CoverageCalculator(metadata).measure(loaded.files()).excluding(exclusions);
        CoverageReport report;
        try {
            report = corpus.report(GroupSelection.of(groups, corpus));
        } catch (IllegalArgumentException e) {
            err.println("redspec: " + e.getMessage());
            return RedspecCli.ERROR;
        }
        List<BranchCoverage.Group> branches = null;
        if (fromRun != null) {
            try {
                branches = BranchCoverage.fromRuns(fromRun).groups(
                        report.groups().stream().map(g -> g.group()).toList(), ReplySchemas.bundled());
            } catch (IOException e) {
                err.println("redspec: " + e.getMessage());
                return RedspecCli.ERROR;
            }
        }
        if (json) {
            out.println(branches == null ? CoverageJson.render(report) : withBranches(report, branches));
        } else {
            CoverageText.print(report, out);
            if (branches != null) {
                printBranches(branches, fromRun.size() == 1 ? "the run" : fromRun.size() + " runs", out);
            }
        }
        if (htmlDir != null) {
            try {
                Path file = CoverageHtml.write(report, htmlDir);
                // keep stdout pure JSON when --json is given
                (json ? err : out).println("wrote " + file);
            } catch (IOException e) {
                err.println("redspec: cannot write " + htmlDir.resolve(CoverageHtml.FILE) + ": " + e.getMessage());
                return RedspecCli.ERROR;
            }
        }
        out.flush();
        err.flush();
        return RedspecCli.OK;
    }

    private Exclusions exclusions(CommandMetadata metadata) {
        Path file = excludedFile != null ? excludedFile : ExclusionsFile.locate(SpecPaths.orDefault(specs)).orElse(null);
        if (file == null) {
            return Exclusions.NONE;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new SpecException(file.toString(), 0, "no such file");
        }
        return new ExclusionsFile(metadata).read(file, SpecLoader.display(file));
    }

    /** The JSON report with {@code schema_branches_total}, {@code schema_branches_covered} and the never-taken ones per group. */
    @SuppressWarnings("unchecked")
    private static String withBranches(CoverageReport report, List<BranchCoverage.Group> branches) {
        Map<String, Object> root = CoverageJson.build(report);
        Map<String, Object> groups = (Map<String, Object>) root.get("groups");
        for (BranchCoverage.Group b : branches) {
            Map<String, Object> g = (Map<String, Object>) groups.get(b.group());
            g.put("schema_branches_total", b.total());
            g.put("schema_branches_covered", b.covered());
            g.put("schema_branches_never_taken", b.neverTaken());
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the coverage JSON", e);
        }
    }

    private static void printBranches(List<BranchCoverage.Group> branches, String branchesFrom, PrintWriter out) {
        out.printf("%nreply-schema branches (oneOf/anyOf) the RESP3 replies of %s took%n", branchesFrom);
        for (BranchCoverage.Group b : branches) {
            out.printf("%-14s %9s %7s%n", b.group(), b.covered() + "/" + b.total(), Percent.of(b.covered(), b.total()));
        }
        for (BranchCoverage.Group b : branches) {
            if (!b.neverTaken().isEmpty()) {
                out.printf("%nnever taken, %s (%d):%n", b.group(), b.neverTaken().size());
                b.neverTaken().forEach(n -> out.println("  " + n));
            }
        }
    }
}
