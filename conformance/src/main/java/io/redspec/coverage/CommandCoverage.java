package io.redspec.coverage;

import java.util.List;
import java.util.Set;

/**
 * How the corpus covers one command.
 *
 * @param info          the command's metadata
 * @param caseIds       full ids of the cases whose steps send the command and check its reply
 * @param coveredTokens the command's tokens that some case's steps send with it
 */
public record CommandCoverage(CommandInfo info, Set<String> caseIds, Set<String> coveredTokens) {

    public CommandCoverage {
        caseIds = Set.copyOf(caseIds);
        coveredTokens = Set.copyOf(coveredTokens);
    }

    public String name() {
        return info.name();
    }

    public boolean covered() {
        return !caseIds.isEmpty();
    }

    public int cases() {
        return caseIds.size();
    }

    public int tokensTotal() {
        return info.tokens().size();
    }

    public int tokensCovered() {
        return (int) info.tokens().stream().filter(coveredTokens::contains).count();
    }

    /** In metadata order. */
    public List<String> uncoveredTokens() {
        return info.tokens().stream().filter(t -> !coveredTokens.contains(t)).toList();
    }
}
