package io.redspec.cli;

import io.redspec.report.RunSummary;
import io.redspec.report.SummaryJson;
import io.redspec.report.matrix.Matrix;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redspec matrix RUN…}: several runs' summary.json side by side as matrix.json, .md and .html. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Compare runs against several targets: writes matrix.json, matrix.md and matrix.html.")
final class MatrixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "report directories of runs, or their summary.json files")
    List<Path> runs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports/matrix",
            description = "where to write the matrix files (default: ${DEFAULT-VALUE})")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<RunSummary> summaries = new ArrayList<>();
        for (Path p : runs) {
            Path file = Files.isDirectory(p) ? p.resolve("summary.json") : p;
            if (!Files.isRegularFile(file)) {
                err.println("redspec: no summary.json at " + file);
                return RedspecCli.ERROR;
            }
            try {
                summaries.add(SummaryJson.read(file));
            } catch (IOException e) {
                err.println("redspec: " + file + ": not a Redspec summary (" + e.getMessage().lines().findFirst().orElse("") + ")");
                return RedspecCli.ERROR;
            }
        }
        Matrix m = Matrix.of(summaries);
        MatrixFiles.write(m, output);
        PrintWriter out = spec.commandLine().getOut();
        MatrixFiles.printColumns(m, out);
        out.println("matrix: " + output + "/ (matrix.json, matrix.md, matrix.html)");
        out.flush();
        return RedspecCli.OK;
    }
}
