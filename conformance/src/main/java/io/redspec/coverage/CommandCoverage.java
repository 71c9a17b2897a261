package io.redspec.coverage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the corpus covers one command.
 *
 * @param info           the command's metadata
 * @param caseIds        full ids of the cases whose steps send the command and check its reply
 * @param coveredTokens  the command's tokens that some case's steps send with it
 * @param excludedReason why the whole command is left out on purpose ({@code excluded.yaml}), else null
 * @param excludedTokens its tokens left out on purpose, with the reasons
 */
public record CommandCoverage(CommandInfo info, Set<String> caseIds, Set<String> coveredTokens,
                              String excludedReason, Map<String, String> excludedTokens) {

    public CommandCoverage {
        caseIds = Set.copyOf(caseIds);
        coveredTokens = Set.copyOf(coveredTokens);
        excludedTokens = Map.copyOf(excludedTokens);
    }

    public CommandCoverage(CommandInfo info, Set<String> caseIds, Set<String> coveredTokens) {
        this(info, caseIds, coveredTokens, null, Map.of());
    }

    /** The same coverage with what the exclusions leave out of this command. */
    public CommandCoverage excluding(Exclusions ex) {
        return new CommandCoverage(info, caseIds, coveredTokens, ex.reasonFor(info).orElse(null), ex.tokensOf(info));
    }

    public String name() {
        return info.name();
    }

    public boolean covered() {
        return !caseIds.isEmpty();
    }

    /** Not covered, and left out on purpose. */
    public boolean excluded() {
        return !covered() && excludedReason != null;
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

    /**
     * The tokens no case sends that are left out on purpose, with the reason, in metadata order: its
     * own entry, else the whole command's exclusion.
     */
    public Map<String, String> tokensExcluded() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : info.tokens()) {
            if (coveredTokens.contains(t)) {
                continue;
            }
            String why = excludedTokens.containsKey(t) ? excludedTokens.get(t) : excludedReason;
            if (why != null) {
                out.put(t, why);
            }
        }
        return out;
    }

    /** Neither covered nor left out on purpose, in metadata order. */
    public List<String> uncoveredTokens() {
        Map<String, String> excluded = tokensExcluded();
        return info.tokens().stream().filter(t -> !coveredTokens.contains(t) && !excluded.containsKey(t)).toList();
    }
}
