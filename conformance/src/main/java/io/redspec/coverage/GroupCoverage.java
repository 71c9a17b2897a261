package io.redspec.coverage;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The coverage of the commands of one group (or, for the total, of every reported group). */
public record GroupCoverage(String group, List<CommandCoverage> commands) {

    public GroupCoverage {
        commands = List.copyOf(commands);
    }

    public int commandsTotal() {
        return commands.size();
    }

    public int commandsCovered() {
        return (int) commands.stream().filter(CommandCoverage::covered).count();
    }

    public int tokensTotal() {
        return commands.stream().mapToInt(CommandCoverage::tokensTotal).sum();
    }

    public int tokensCovered() {
        return commands.stream().mapToInt(CommandCoverage::tokensCovered).sum();
    }

    /** Distinct cases that check at least one command of the group (a case may count in several groups). */
    public int cases() {
        Set<String> ids = new HashSet<>();
        commands.forEach(c -> ids.addAll(c.caseIds()));
        return ids.size();
    }

    public int commandsExcluded() {
        return (int) commands.stream().filter(CommandCoverage::excluded).count();
    }

    public int tokensExcluded() {
        return commands.stream().mapToInt(c -> c.tokensExcluded().size()).sum();
    }

    public List<String> coveredCommands() {
        return commands.stream().filter(CommandCoverage::covered).map(CommandCoverage::name).toList();
    }

    /** Not covered and left out on purpose, with the reason. */
    public Map<String, String> excludedCommands() {
        Map<String, String> out = new LinkedHashMap<>();
        commands.stream().filter(CommandCoverage::excluded).forEach(c -> out.put(c.name(), c.excludedReason()));
        return out;
    }

    /** Neither covered nor left out on purpose. */
    public List<String> uncoveredCommands() {
        return commands.stream().filter(c -> !c.covered() && !c.excluded()).map(CommandCoverage::name).toList();
    }

    /** As the user would type them ({@code SHUTDOWN NOSAVE}), with the reason. */
    public Map<String, String> excludedTokens() {
        Map<String, String> out = new LinkedHashMap<>();
        commands.forEach(c -> c.tokensExcluded().forEach((t, why) -> out.put(c.name() + " " + t, why)));
        return out;
    }

    /** As the user would type them: {@code ZADD GT}; tokens left out on purpose are not among them. */
    public List<String> uncoveredTokens() {
        return commands.stream()
                .flatMap(c -> c.uncoveredTokens().stream().map(t -> c.name() + " " + t))
                .toList();
    }
}
