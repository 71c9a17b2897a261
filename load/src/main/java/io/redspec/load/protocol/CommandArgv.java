package io.redspec.load.protocol;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.protocol.CommandArgs;

import java.util.List;

/** Everything after the command name, UTF-8 encoded. */
final class CommandArgv {

    private CommandArgv() {
    }

    static CommandArgs<String, String> of(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty command line");
        }
        CommandArgs<String, String> args = new CommandArgs<>(StringCodec.UTF8);
        for (int i = 1; i < argv.size(); i++) {
            args.add(argv.get(i));
        }
        return args;
    }
}
