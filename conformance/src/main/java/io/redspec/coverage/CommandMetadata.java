package io.redspec.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The vendored command metadata ({@code /commands/*.json} on the classpath, one file per command or
 * subcommand, listed in {@code /commands/index.txt} because a jar cannot be listed portably).
 */
public final class CommandMetadata {

    static final String DIR = "/commands/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, CommandInfo> byName = new LinkedHashMap<>();
    private final Set<String> containers = new TreeSet<>();

    public CommandMetadata(Collection<CommandInfo> commands) {
        for (CommandInfo c : commands) {
            byName.put(c.name(), c);
            if (c.container() != null) {
                containers.add(c.container());
            }
        }
    }

    /** Loads the metadata bundled with Redspec. */
    public static CommandMetadata load() {
        List<CommandInfo> all = new ArrayList<>();
        for (String file : index()) {
            all.addAll(parse(file, read(file)));
        }
        return new CommandMetadata(all);
    }

    /**
     * The {@code reply_schema} of every command that has one, by the name {@link #resolve} gives
     * ({@code OBJECT ENCODING}); read for the reply-shape check of {@code io.redspec.schema}.
     */
    public static Map<String, JsonNode> replySchemas() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String file : index()) {
            read(file).fields().forEachRemaining(e -> {
                JsonNode schema = e.getValue().get("reply_schema");
                if (schema != null) {
                    out.put(info(e.getKey(), e.getValue()).name(), schema);
                }
            });
        }
        return out;
    }

    /** The file names listed in the index, e.g. {@code zadd.json}. */
    static List<String> index() {
        try (InputStream in = open("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the command metadata index", e);
        }
    }

    /** One metadata file: a JSON object whose keys are command names (a subcommand names its container). */
    static List<CommandInfo> parse(String file, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("command metadata " + file + ": not a JSON object");
        }
        List<CommandInfo> out = new ArrayList<>();
        root.fields().forEachRemaining(e -> out.add(info(e.getKey(), e.getValue())));
        return out;
    }

    private static CommandInfo info(String key, JsonNode m) {
        String container = m.hasNonNull("container") ? m.get("container").asText().toUpperCase(Locale.ROOT) : null;
        String name = key.toUpperCase(Locale.ROOT);
        List<String> all = ArgumentTokens.of(m.get("arguments"));
        return new CommandInfo(container == null ? name : container + " " + name, container,
                m.path("group").asText("unknown"), m.path("since").asText(null), m.path("arity").asInt(0),
                List.copyOf(new LinkedHashSet<>(all)), all.size());
    }

    private static JsonNode read(String file) {
        try (InputStream in = open(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read command metadata " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = CommandMetadata.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IOException("missing resource " + DIR + file);
        }
        return in;
    }

    public Collection<CommandInfo> commands() {
        return byName.values();
    }

    public Optional<CommandInfo> command(String name) {
        return Optional.ofNullable(byName.get(name.toUpperCase(Locale.ROOT)));
    }

    /** Every group, sorted. */
    public Set<String> groups() {
        Set<String> g = new TreeSet<>();
        byName.values().forEach(c -> g.add(c.group()));
        return g;
    }

    /**
     * Which command a sequence of words invokes: the subcommand when the first word is a container
     * and the second one of its subcommands, else the first word ({@code OBJECT NOSUCHSUB} invokes
     * the container {@code OBJECT} itself). Empty when the metadata does not know it.
     */
    public Optional<CommandInfo> resolve(String first, String second) {
        if (first == null) {
            return Optional.empty();
        }
        String head = first.toUpperCase(Locale.ROOT);
        if (second != null && containers.contains(head)) {
            CommandInfo sub = byName.get(head + " " + second.toUpperCase(Locale.ROOT));
            if (sub != null) {
                return Optional.of(sub);
            }
        }
        return Optional.ofNullable(byName.get(head));
    }
}
