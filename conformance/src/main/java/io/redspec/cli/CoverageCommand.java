package io.redspec.cli;

import io.redspec.coverage.CommandMetadata;
import io.redspec.coverage.CorpusCoverage;
import io.redspec.coverage.CoverageCalculator;
import io.redspec.coverage.CoverageHtml;
import io.redspec.coverage.CoverageJson;
import io.redspec.coverage.CoverageReport;
import io.redspec.coverage.CoverageText;
import io.redspec.coverage.GroupSelection;
import io.redspec.spec.SpecException;
import io.redspec.spec.SpecLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

    @Option(names = "--json", description = "print JSON instead of the table")
    boolean json;

    @Option(names = "--html", paramLabel = "DIR", description = "also write DIR/coverage.html")
    Path htmlDir;

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
        CorpusCoverage corpus = new CoverageCalculator(CommandMetadata.load()).measure(loaded.files());
        CoverageReport report;
        try {
            report = corpus.report(GroupSelection.of(groups, corpus));
        } catch (IllegalArgumentException e) {
            err.println("redspec: " + e.getMessage());
            return RedspecCli.ERROR;
        }
        if (json) {
            out.println(CoverageJson.render(report));
        } else {
            CoverageText.print(report, out);
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
}
