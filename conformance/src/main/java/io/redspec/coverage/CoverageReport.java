package io.redspec.coverage;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The coverage of the selected groups, and what the corpus holds.
 *
 * @param groups          the reported groups, in report order
 * @param files           spec files loaded
 * @param cases           cases in the corpus, whatever they send
 * @param unknownCommands commands that cases' steps send but the metadata does not know, with how many cases send them
 * @param staleExclusions entries of {@code excluded.yaml} that cases cover after all, to delete from it
 */
public record CoverageReport(List<GroupCoverage> groups, int files, int cases, Map<String, Integer> unknownCommands,
                             List<String> staleExclusions) {

    public CoverageReport {
        groups = List.copyOf(groups);
        unknownCommands = Collections.unmodifiableMap(new TreeMap<>(unknownCommands));
        staleExclusions = List.copyOf(staleExclusions);
    }

    public CoverageReport(List<GroupCoverage> groups, int files, int cases, Map<String, Integer> unknownCommands) {
        this(groups, files, cases, unknownCommands, List.of());
    }

    /** Every command of the reported groups together. */
    public GroupCoverage total() {
        return new GroupCoverage("total", groups.stream().flatMap(g -> g.commands().stream()).toList());
    }

    /**
     * The six core groups together, when the report holds them and more (the targets are
     * about these six; the total then mixes in other groups). Empty otherwise.
     */
    public Optional<GroupCoverage> core() {
        List<GroupCoverage> core = groups.stream().filter(g -> CorpusCoverage.CORE_GROUPS.contains(g.group())).toList();
        if (core.size() != CorpusCoverage.CORE_GROUPS.size() || core.size() == groups.size()) {
            return Optional.empty();
        }
        return Optional.of(new GroupCoverage("core", core.stream().flatMap(g -> g.commands().stream()).toList()));
    }
}
