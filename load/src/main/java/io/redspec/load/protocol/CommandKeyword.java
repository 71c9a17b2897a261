package io.redspec.load.protocol;

import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.ProtocolKeyword;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The command name as Lettuce wants it; any name works, known ones reuse Lettuce's constants. */
final class CommandKeyword implements ProtocolKeyword {

    private static final Map<String, ProtocolKeyword> CACHE = new ConcurrentHashMap<>();

    private final String name;
    private final byte[] bytes;

    private CommandKeyword(String name) {
        this.name = name;
        this.bytes = name.getBytes(StandardCharsets.US_ASCII);
    }

    static ProtocolKeyword of(String command) {
        return CACHE.computeIfAbsent(command, c -> {
            String upper = c.toUpperCase(Locale.ROOT);
            try {
                return CommandType.valueOf(upper);
            } catch (IllegalArgumentException e) {
                return new CommandKeyword(upper);
            }
        });
    }

    @Override
    public byte[] getBytes() {
        return bytes;
    }

    @Override
    public String name() {
        return name;
    }
}
