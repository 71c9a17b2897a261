package io.redspec.coverage;

import io.redspec.spec.SpecException;
import io.redspec.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads {@code excluded.yaml}: three optional mappings, {@code groups} (group: reason),
 * {@code commands} (command: reason) and {@code tokens} ("COMMAND TOKEN": reason), every name
 * checked against the command metadata and every reason non-blank. Problems are
 * {@link SpecException}s naming file and line, like a spec file's.
 */
public final class ExclusionsFile {

    /** Its name, in the spec directory; the spec loader skips it. */
    public static final String NAME = SpecLoader.EXCLUSIONS_FILE;

    private static final Set<String> SECTIONS = Set.of("groups", "commands", "tokens");
    private static final long MAX_BYTES = 1 << 20;

    private final CommandMetadata metadata;

    public ExclusionsFile(CommandMetadata metadata) {
        this.metadata = metadata;
    }

    /**
     * The file that goes with these spec paths: {@code excluded.yaml} in the first given directory
     * (or a file's directory) or in an enclosing directory up to the nearest one named {@code spec}.
     */
    public static Optional<Path> locate(List<Path> specRoots) {
        for (Path root : specRoots) {
            Path abs = root.toAbsolutePath().normalize();
            Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
            boolean underSpec = false;
            for (Path p = dir; p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals("spec")) {
                    underSpec = true;
                    break;
                }
            }
            for (Path p = dir; p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve(NAME))) {
                    return Optional.of(p.resolve(NAME));
                }
                boolean stop = !underSpec || (p.getFileName() != null && p.getFileName().toString().equals("spec"));
                if (stop) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    public Exclusions read(Path file, String displayPath) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SpecException(displayPath, 0, "larger than " + MAX_BYTES + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(displayPath, 0, "cannot read: " + e.getMessage());
        }
        return parse(text, displayPath);
    }

    public Exclusions parse(String text, String displayPath) {
        Node root = compose(text, displayPath);
        if (root == null) {
            return Exclusions.NONE;
        }
        Map<String, Node> sections = mapping(root, "the file", displayPath);
        for (Map.Entry<String, Node> e : sections.entrySet()) {
            if (!SECTIONS.contains(e.getKey())) {
                throw error(displayPath, keyOf(root, e.getKey()), "unknown section '" + e.getKey() + "' (expected groups, commands, tokens)");
            }
        }
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, String> commands = new LinkedHashMap<>();
        Map<String, Map<String, String>> tokens = new LinkedHashMap<>();
        Set<String> knownGroups = metadata.groups();
        for (Map.Entry<String, Node> e : entries(sections.get("groups"), "groups", displayPath)) {
            String g = e.getKey().toLowerCase(Locale.ROOT);
            if (!knownGroups.contains(g)) {
                throw error(displayPath, e.getValue(), "unknown group '" + e.getKey() + "'");
            }
            if (groups.put(g, reason(e, displayPath)) != null) {
                throw error(displayPath, e.getValue(), "group " + g + " is listed twice");
            }
        }
        for (Map.Entry<String, Node> e : entries(sections.get("commands"), "commands", displayPath)) {
            CommandInfo info = metadata.command(e.getKey().strip().replaceAll("\\s+", " "))
                    .orElseThrow(() -> error(displayPath, e.getValue(), "unknown command '" + e.getKey() + "'"));
            if (commands.put(info.name(), reason(e, displayPath)) != null) {
                throw error(displayPath, e.getValue(), info.name() + " is listed twice");
            }
        }
        for (Map.Entry<String, Node> e : entries(sections.get("tokens"), "tokens", displayPath)) {
            String[] words = e.getKey().strip().toUpperCase(Locale.ROOT).split("\\s+");
            CommandInfo info = commandOf(words)
                    .orElseThrow(() -> error(displayPath, e.getValue(), "'" + e.getKey() + "' is not COMMAND TOKEN of a known command"));
            String token = words[words.length - 1];
            if (!info.tokens().contains(token)) {
                throw error(displayPath, e.getValue(), info.name() + " has no token " + token
                        + " (its tokens: " + String.join(" ", info.tokens()) + ")");
            }
            if (tokens.computeIfAbsent(info.name(), k -> new LinkedHashMap<>()).put(token, reason(e, displayPath)) != null) {
                throw error(displayPath, e.getValue(), info.name() + " " + token + " is listed twice");
            }
        }
        return new Exclusions(groups, commands, tokens);
    }

    /** The command named by all words but the last ({@code CLIENT KILL} of {@code CLIENT KILL MAXAGE}). */
    private Optional<CommandInfo> commandOf(String[] words) {
        if (words.length < 2) {
            return Optional.empty();
        }
        return metadata.command(String.join(" ", List.of(words).subList(0, words.length - 1)));
    }

    private static List<Map.Entry<String, Node>> entries(Node section, String what, String displayPath) {
        if (section == null || isNull(section)) {
            return List.of();
        }
        return new ArrayList<>(mapping(section, "'" + what + "'", displayPath).entrySet());
    }

    /** Keys in file order; each value node is kept so errors can name its line. */
    private static Map<String, Node> mapping(Node n, String what, String displayPath) {
        if (!(n instanceof MappingNode m)) {
            throw error(displayPath, n, what + " must be a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw error(displayPath, t.getKeyNode(), "keys of " + what + " must be plain names");
            }
            if (out.put(k.getValue(), t.getValueNode()) != null) {
                throw error(displayPath, k, "'" + k.getValue() + "' is listed twice in " + what);
            }
        }
        return out;
    }

    private static Node keyOf(Node mapping, String key) {
        return ((MappingNode) mapping).getValue().stream().map(NodeTuple::getKeyNode)
                .filter(k -> k instanceof ScalarNode s && s.getValue().equals(key)).findFirst().orElse(mapping);
    }

    private static String reason(Map.Entry<String, Node> e, String displayPath) {
        if (!(e.getValue() instanceof ScalarNode s) || isNull(e.getValue()) || s.getValue().isBlank()) {
            throw error(displayPath, e.getValue(), "'" + e.getKey() + "' needs a reason (a non-blank string)");
        }
        return s.getValue().strip();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && n.getTag().getValue().endsWith(":null");
    }

    private static Node compose(String text, String displayPath) {
        LoadSettings settings = LoadSettings.builder().setLabel(displayPath).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(10).build();
        try {
            return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text))).getSingleNode()
                    .orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new SpecException(displayPath, line, "YAML error: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SpecException(displayPath, 0, "YAML error: " + e.getMessage());
        }
    }

    private static SpecException error(String displayPath, Node at, String reason) {
        return new SpecException(displayPath, at.getStartMark().map(m -> m.getLine() + 1).orElse(0), reason);
    }
}
