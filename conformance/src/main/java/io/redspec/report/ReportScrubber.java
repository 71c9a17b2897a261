package io.redspec.report;

import io.redspec.resp.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps secrets out of a run's report directory, which CI uploads: the JUnit XML writer copies every
 * JVM system property into its file (the command line with {@code --target redis://:password@…},
 * {@code javax.net.ssl.*Password}), so its {@code <properties>} block goes; and in every file the
 * password of any URI is replaced by {@code ***}, whatever wrote it — but the Allure case results,
 * which {@link AllureResults#write} wrote redacted already (thousands of files: reading them again
 * cost a second per run).
 */
public final class ReportScrubber {
    private static final Pattern JUNIT_PROPERTIES = Pattern.compile("(?s)[ \\t]*<properties>.*?</properties>\\R?");

    private ReportScrubber() {}

    public static void scrub(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            // thousands of small files (one Allure result per case run): in parallel, each on its own
            files.filter(Files::isRegularFile).filter(f -> !writtenRedacted(f)).toList()
                    .parallelStream().forEach(ReportScrubber::scrubFileUnchecked);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot clean the reports in " + dir + ": " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean the reports in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean writtenRedacted(Path file) {
        Path parent = file.getParent();
        return file.getFileName().toString().endsWith("-result.json")
                && parent != null && parent.getFileName().toString().equals("allure-results");
    }

    private static void scrubFileUnchecked(Path file) {
        try {
            scrubFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scrubFile(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return; // not text: nothing of ours is written there
        }
        String clean = text;
        if (file.getFileName().toString().endsWith(".xml")) {
            clean = JUNIT_PROPERTIES.matcher(clean).replaceAll("");
        }
        clean = Endpoint.redact(clean);
        if (!clean.equals(text)) {
            Files.writeString(file, clean, StandardCharsets.UTF_8);
        }
    }
}
