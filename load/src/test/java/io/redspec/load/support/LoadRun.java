package io.redspec.load.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.load.cli.LoadCli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One {@code redspec load} run in this JVM: exit code, everything printed, summary.json. */
public record LoadRun(int code, String output, JsonNode summary) {

    public static LoadRun of(Path reportDir, String scenario, String target, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("load", scenario, "--target", target, "--report-dir", reportDir.toString(), "--quiet"));
        args.addAll(List.of(extra));
        return execute(reportDir, args);
    }

    /** {@code redspec load --simulation FILE.java}. */
    public static LoadRun simulation(Path reportDir, Path source, String target, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("load", "--simulation", source.toString(), "--target", target,
                "--report-dir", reportDir.toString(), "--quiet"));
        args.addAll(List.of(extra));
        return execute(reportDir, args);
    }

    private static LoadRun execute(Path reportDir, List<String> args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LoadCli.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        Path summary = reportDir.resolve("summary.json");
        return new LoadRun(code, output, Files.exists(summary) ? new ObjectMapper().readTree(summary.toFile()) : null);
    }

    /** An invariant's count, -1 when it is unknown (null in summary.json) or absent. */
    public long invariant(String name) {
        JsonNode n = summary.get("invariants").get(name);
        return n == null || n.isNull() ? -1 : n.asLong();
    }
}
