package io.redspec.coverage;

import java.util.HashSet;
import java.util.List;
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

    public List<String> uncoveredCommands() {
        return commands.stream().filter(c -> !c.covered()).map(CommandCoverage::name).toList();
    }

    /** As the user would type them: {@code ZADD GT}. */
    public List<String> uncoveredTokens() {
        return commands.stream()
                .flatMap(c -> c.uncoveredTokens().stream().map(t -> c.name() + " " + t))
                .toList();
    }
}
