package io.redspec.load.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Finds Gatling's HTML report and maintains the reports/latest link. */
final class GatlingReports {

    private GatlingReports() {
    }

    /** The index.html of the newest run under Gatling's results folder, or null. */
    static Path latestIndex(Path resultsFolder) {
        if (!Files.isDirectory(resultsFolder)) {
            return null;
        }
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            return runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(p -> p.resolve("index.html")).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Points {@code <parent>/latest} at the report directory (a relative symlink). */
    static void linkLatest(Path reportDir) {
        Path parent = reportDir.toAbsolutePath().getParent();
        Path latest = parent.resolve("latest");
        try {
            if (Files.isSymbolicLink(latest) || !Files.exists(latest)) {
                Files.deleteIfExists(latest);
                Files.createSymbolicLink(latest, reportDir.getFileName());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // a missing convenience link is not worth failing a run for
        }
    }
}
