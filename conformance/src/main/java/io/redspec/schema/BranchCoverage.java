package io.redspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.coverage.CommandInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per group, the share of the oneOf/anyOf branches of its commands' reply schemas that a run's
 * replies took, read from that run's summary.json ({@code schema.branches_taken}): coverage needs
 * replies, and a run already has them.
 */
public final class BranchCoverage {

    /** @param neverTaken {@code ZADD /anyOf/3 (The updated score … INCR …)} */
    public record Group(String group, int total, int covered, List<String> neverTaken) {}

    private final Map<String, Set<String>> taken;

    private BranchCoverage(Map<String, Set<String>> taken) {
        this.taken = taken;
    }

    /** Reads {@code schema.branches_taken} of a summary.json; a clear one-line message when it has none. */
    public static BranchCoverage fromRun(Path summaryJson) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(summaryJson.toFile());
        } catch (IOException e) {
            throw new IOException(summaryJson + ": not a readable summary.json (" + e.getMessage().lines().findFirst().orElse("")
                    + ")", e);
        }
        JsonNode b = root == null ? null : root.path("schema").get("branches_taken");
        if (b == null || !b.isObject()) {
            throw new IOException(summaryJson + ": no schema.branches_taken (a run with --no-schema, or an older Redspec)");
        }
        Map<String, Set<String>> taken = new TreeMap<>();
        b.fields().forEachRemaining(e -> {
            Set<String> ptrs = new TreeSet<>();
            e.getValue().forEach(p -> ptrs.add(p.asText()));
            taken.put(e.getKey(), ptrs);
        });
        return new BranchCoverage(taken);
    }

    /**
     * The branches any of several runs took (e.g. embedded 7.0 and 6.2, or every server of a matrix):
     * a branch one server version never takes still counts once another does.
     */
    public static BranchCoverage fromRuns(List<Path> summaries) throws IOException {
        Map<String, Set<String>> union = new TreeMap<>();
        for (Path p : summaries) {
            fromRun(p).taken.forEach((cmd, ptrs) -> union.computeIfAbsent(cmd, k -> new TreeSet<>()).addAll(ptrs));
        }
        return new BranchCoverage(union);
    }

    public static BranchCoverage of(Map<String, Set<String>> taken) {
        return new BranchCoverage(taken);
    }

    /** The groups in the given order; commands without a schema or without branches add nothing. */
    public List<Group> groups(List<String> groups, ReplySchemas schemas) {
        Map<String, List<CommandInfo>> byGroup = new LinkedHashMap<>();
        groups.forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (CommandInfo c : schemas.metadata().commands()) {
            List<CommandInfo> in = byGroup.get(c.group());
            if (in != null) {
                in.add(c);
            }
        }
        List<Group> out = new ArrayList<>();
        byGroup.forEach((g, commands) -> {
            int total = 0;
            int covered = 0;
            List<String> never = new ArrayList<>();
            for (CommandInfo c : commands) {
                JsonNode schema = schemas.schemaNode(c.name());
                if (schema == null) {
                    continue;
                }
                Set<String> hit = taken.getOrDefault(c.name(), Set.of());
                for (SchemaBranches.Branch b : SchemaBranches.of(schema)) {
                    total++;
                    if (hit.contains(b.pointer())) {
                        covered++;
                    } else {
                        never.add(c.name() + " " + b.pointer() + (b.description().isEmpty() ? "" : " (" + b.description() + ")"));
                    }
                }
            }
            out.add(new Group(g, total, covered, never));
        });
        return out;
    }
}
