package io.redspec.coverage;

import java.util.List;

/**
 * What the command metadata says about one command or subcommand.
 *
 * @param name           the name as a user types it: {@code ZADD}, or {@code OBJECT ENCODING} for a subcommand
 * @param container      the container of a subcommand ({@code OBJECT}), else null
 * @param group          its group, e.g. {@code sorted_set}
 * @param since          the version that introduced it
 * @param arity          the metadata's arity (negative: at least that many words)
 * @param tokens         the distinct argument tokens, upper-case, in the order they first appear in the argument tree
 * @param tokenArguments how many arguments carry a token (more than {@code tokens.size()} when two arguments
 *                       share one, like LEFT/RIGHT of both ends of LMOVE)
 */
public record CommandInfo(String name, String container, String group, String since, int arity,
                          List<String> tokens, int tokenArguments) {

    public CommandInfo {
        tokens = List.copyOf(tokens);
    }

    /** The name inside a container ({@code ENCODING}), or the whole name. */
    public String subcommand() {
        return container == null ? name : name.substring(container.length() + 1);
    }
}
