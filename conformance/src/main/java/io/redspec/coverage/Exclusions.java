package io.redspec.coverage;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Commands and argument tokens the corpus leaves out on purpose, each with the reason (from
 * {@code spec/excluded.yaml}, see {@link ExclusionsFile}).
 *
 * @param groups   group name to the reason every command of that group is left out
 * @param commands command name ({@code CONFIG REWRITE}) to its reason
 * @param tokens   command name to its left-out tokens, each with its reason
 */
public record Exclusions(Map<String, String> groups, Map<String, String> commands,
                         Map<String, Map<String, String>> tokens) {

    public static final Exclusions NONE = new Exclusions(Map.of(), Map.of(), Map.of());

    public Exclusions {
        groups = Map.copyOf(groups);
        commands = Map.copyOf(commands);
        Map<String, Map<String, String>> t = new TreeMap<>();
        tokens.forEach((k, v) -> t.put(k, Map.copyOf(v)));
        tokens = Map.copyOf(t);
    }

    /** Why the command is left out (its own entry first, else its group's), if it is. */
    public Optional<String> reasonFor(CommandInfo info) {
        String own = commands.get(info.name());
        return Optional.ofNullable(own != null ? own : groups.get(info.group()));
    }

    /** The command's left-out tokens with their reasons (not counting an exclusion of the whole command). */
    public Map<String, String> tokensOf(CommandInfo info) {
        return tokens.getOrDefault(info.name(), Map.of());
    }
}
