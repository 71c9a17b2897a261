package io.redspec.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable report: per group and in {@code total} the fields {@code commands_total},
 * {@code commands_covered}, {@code tokens_total}, {@code tokens_covered}, {@code cases},
 * {@code commands_excluded}, {@code tokens_excluded}, and the lists {@code covered} (command names),
 * {@code excluded} (command: reason), {@code uncovered_commands}, {@code excluded_tokens}
 * ("COMMAND TOKEN": reason), {@code uncovered_tokens} (also in {@code core}, the six core groups
 * together, when other groups are reported too); the per-command detail under {@code commands};
 * {@code stale_exclusions}: entries of {@code excluded.yaml} that cases cover after all.
 */
public final class CoverageJson {
    private CoverageJson() {}

    public static Map<String, Object> build(CoverageReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("files", r.files());
        root.put("cases", r.cases());
        Map<String, Object> groups = new LinkedHashMap<>();
        for (GroupCoverage g : r.groups()) {
            groups.put(g.group(), group(g));
        }
        root.put("groups", groups);
        r.core().ifPresent(core -> root.put("core", group(core)));
        root.put("total", group(r.total()));
        Map<String, Object> commands = new LinkedHashMap<>();
        for (GroupCoverage g : r.groups()) {
            for (CommandCoverage c : g.commands()) {
                commands.put(c.name(), command(c));
            }
        }
        root.put("commands", commands);
        root.put("unknown_commands", r.unknownCommands());
        root.put("stale_exclusions", r.staleExclusions());
        return root;
    }

    public static String render(CoverageReport r) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(build(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the coverage JSON", e);
        }
    }

    private static Map<String, Object> group(GroupCoverage g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commands_total", g.commandsTotal());
        m.put("commands_covered", g.commandsCovered());
        m.put("tokens_total", g.tokensTotal());
        m.put("tokens_covered", g.tokensCovered());
        m.put("commands_excluded", g.commandsExcluded());
        m.put("tokens_excluded", g.tokensExcluded());
        m.put("cases", g.cases());
        m.put("covered", g.coveredCommands());
        m.put("excluded", g.excludedCommands());
        m.put("uncovered_commands", g.uncoveredCommands());
        m.put("excluded_tokens", g.excludedTokens());
        m.put("uncovered_tokens", g.uncoveredTokens());
        return m;
    }

    private static Map<String, Object> command(CommandCoverage c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", c.info().group());
        m.put("covered", c.covered());
        m.put("excluded", c.excluded() ? c.excludedReason() : null);
        m.put("cases", c.cases());
        m.put("tokens_total", c.tokensTotal());
        m.put("tokens_covered", c.tokensCovered());
        m.put("excluded_tokens", c.tokensExcluded());
        m.put("uncovered_tokens", c.uncoveredTokens());
        return m;
    }
}
