package io.redspec.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The report directory of a run: given, or {@code reports/<timestamp>/} with {@code reports/latest} pointing at it. */
final class ReportDir {
    private ReportDir() {}

    static Path create(Path given, String suffix) throws IOException {
        if (given != null) {
            Files.createDirectories(given);
            return given;
        }
        Path base = Path.of("reports");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path dir = base.resolve(stamp + suffix);
        for (int i = 2; Files.exists(dir); i++) {
            dir = base.resolve(stamp + suffix + "-" + i);
        }
        Files.createDirectories(dir);
        Path latest = base.resolve("latest");
        try {
            Path tmp = base.resolve(".latest-" + ProcessHandle.current().pid());
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, dir.getFileName());
            Files.move(tmp, latest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // no symlinks here (e.g. some Windows set-ups): the timestamped directory is still there
        }
        return dir;
    }

    /**
     * Removes the per-case files an earlier run left in a reused directory: its Allure results and
     * containers and its JUnit XML, which would otherwise show in this run's reports. Only those
     * names, only in those two sub-directories; nothing else of the directory is touched.
     */
    static void removeCaseFiles(Path dir) throws IOException {
        remove(dir.resolve("allure-results"), "*-{result,container}.json");
        remove(dir.resolve("junit"), "TEST-*.xml");
    }

    private static void remove(Path sub, String glob) throws IOException {
        if (!Files.isDirectory(sub)) {
            return;
        }
        try (DirectoryStream<Path> old = Files.newDirectoryStream(sub, glob)) {
            for (Path p : old) {
                Files.deleteIfExists(p);
            }
        }
    }
}
