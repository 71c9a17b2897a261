package io.redspec.cli;

import io.redspec.report.SummaryJson;
import io.redspec.report.matrix.Matrix;
import io.redspec.report.matrix.MatrixHtml;
import io.redspec.report.matrix.MatrixMarkdown;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** matrix.json, matrix.md and matrix.html in one directory, and the per-target lines on the console. */
final class MatrixFiles {
    private MatrixFiles() {}

    static void write(Matrix m, Path dir) throws IOException {
        Files.createDirectories(dir);
        SummaryJson.MAPPER.writeValue(dir.resolve("matrix.json").toFile(), m);
        Files.writeString(dir.resolve("matrix.md"), MatrixMarkdown.render(m), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("matrix.html"), MatrixHtml.render(m), StandardCharsets.UTF_8);
    }

    static void printColumns(Matrix m, PrintWriter out) {
        for (Matrix.TargetColumn t : m.targets()) {
            if (t.unreachable()) {
                out.printf("%-50s unreachable: %s%n", t.target(), t.error());
            } else {
                out.printf("%-50s %5d passed %5d failed %5d skipped%n", t.target(), t.passed(), t.failed(), t.skipped());
            }
        }
    }
}
