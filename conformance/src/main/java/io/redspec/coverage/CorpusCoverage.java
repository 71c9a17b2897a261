package io.redspec.coverage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coverage of every command in the metadata by one corpus, from which reports for a choice of
 * groups are cut.
 *
 * @param commands        one entry per command of the metadata
 * @param declaredGroups  the {@code group} fields of the spec files
 * @param files           spec files loaded
 * @param cases           cases in the corpus
 * @param unknownCommands commands sent in steps that the metadata does not know, with their case counts
 * @param staleExclusions entries of {@code excluded.yaml} that cases cover after all ({@code CMD} or {@code CMD TOKEN})
 */
public record CorpusCoverage(List<CommandCoverage> commands, Set<String> declaredGroups, int files, int cases,
                             Map<String, Integer> unknownCommands, List<String> staleExclusions) {

    /** The groups of the core data types (issue 4), reported first and always by default. */
    public static final List<String> CORE_GROUPS = List.of("string", "list", "hash", "set", "sorted_set", "generic");

    public CorpusCoverage {
        commands = List.copyOf(commands);
        declaredGroups = Collections.unmodifiableSet(new TreeSet<>(declaredGroups));
        unknownCommands = Collections.unmodifiableMap(new TreeMap<>(unknownCommands));
        staleExclusions = List.copyOf(staleExclusions);
    }

    public CorpusCoverage(List<CommandCoverage> commands, Set<String> declaredGroups, int files, int cases,
                          Map<String, Integer> unknownCommands) {
        this(commands, declaredGroups, files, cases, unknownCommands, List.of());
    }

    /**
     * The same coverage with the commands and tokens left out on purpose marked so. An entry of a
     * command or token that a case covers is stale: it is listed, and the coverage wins.
     */
    public CorpusCoverage excluding(Exclusions ex) {
        List<CommandCoverage> out = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (CommandCoverage c : commands) {
            if (c.covered() && ex.commands().containsKey(c.name())) {
                stale.add(c.name());
            }
            ex.tokensOf(c.info()).keySet().stream().filter(c.coveredTokens()::contains).sorted()
                    .forEach(t -> stale.add(c.name() + " " + t));
            out.add(c.excluding(ex));
        }
        Collections.sort(stale);
        return new CorpusCoverage(out, declaredGroups, files, cases, unknownCommands, stale);
    }

    /** Every group of the metadata, core groups first. */
    public List<String> allGroups() {
        Set<String> g = new TreeSet<>();
        commands.forEach(c -> g.add(c.info().group()));
        return ordered(g);
    }

    /**
     * The core groups, plus any group a spec file declares ({@code group: pubsub}). Groups whose
     * commands cases only use along the way (PING, MULTI in a tutorial scenario) are left out:
     * their low figures would say nothing about the corpus; {@code --group all} shows them.
     */
    public List<String> defaultGroups() {
        Set<String> known = new TreeSet<>(allGroups());
        Set<String> g = new TreeSet<>(CORE_GROUPS);
        declaredGroups.stream().filter(known::contains).forEach(g::add);
        return ordered(g);
    }

    public CoverageReport report(List<String> groups) {
        List<GroupCoverage> out = new ArrayList<>();
        for (String group : groups) {
            out.add(new GroupCoverage(group, commands.stream()
                    .filter(c -> c.info().group().equals(group))
                    .sorted(Comparator.comparing(CommandCoverage::name))
                    .toList()));
        }
        return new CoverageReport(out, files, cases, unknownCommands, staleExclusions);
    }

    private static List<String> ordered(Set<String> groups) {
        Set<String> out = new LinkedHashSet<>();
        CORE_GROUPS.stream().filter(groups::contains).forEach(out::add);
        out.addAll(groups);
        return List.copyOf(out);
    }
}
