package io.redspec.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/** Reads one spec file into a {@link SpecFile}; every problem is a {@link SpecException} naming file and line. */
public final class SpecParser {

    private static final Set<String> FILE_FIELDS = Set.of("command", "group", "doc", "setup", "teardown", "cases");
    private static final Set<String> CASE_FIELDS = Set.of("id", "name", "behaviour", "doc", "note", "tags", "since",
            "until", "flavours", "protocols", "modes", "exclusive", "db", "clients", "setup", "steps", "teardown");

    /**
     * @param path        the file
     * @param displayPath how to name it in messages
     * @param name        its id prefix, e.g. {@code list/linsert}
     */
    public SpecFile parse(Path path, String displayPath, String name) {
        return parse(read(path, displayPath), path, displayPath, name);
    }

    /** The file's text, within the size limit, as UTF-8. */
    String read(Path path, String displayPath) {
        String text;
        try {
            SpecLimits.checkFileSize(Files.size(path), displayPath);
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (SpecException e) {
            throw e;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SpecException(displayPath, 0, "not UTF-8");
        } catch (IOException e) {
            throw new SpecException(displayPath, 0, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new SpecException(displayPath, 0, "cannot read: " + e);
        }
        return text;
    }

    public SpecFile parse(String text, Path path, String displayPath, String name) {
        SpecLimits.checkLines(text, displayPath);
        YamlNodes yaml = new YamlNodes(displayPath);
        Node root = compose(text, displayPath);
        Map<String, Node> f = yaml.mapping(root, "the file", FILE_FIELDS);
        if (!f.containsKey("cases")) {
            throw yaml.error(root, "missing 'cases'");
        }
        String command = f.containsKey("command") ? yaml.string(f.get("command"), "command") : null;
        String group = f.containsKey("group") ? yaml.string(f.get("group"), "group") : null;
        String doc = f.containsKey("doc") ? yaml.string(f.get("doc"), "doc") : null;
        Node fileSetup = f.get("setup");
        Node fileTeardown = f.get("teardown");

        // File-level steps are parsed once to validate them (with the default client); each case
        // re-parses them with its own clients and variables.
        Set<String> fileVars = new HashSet<>();
        List<String> defaultClients = List.of("main");
        StepParser fileSteps = new StepParser(yaml, fileVars);
        List<Step> setup = fileSetup == null ? List.of() : fileSteps.steps(fileSetup, "setup", defaultClients);
        List<Step> teardown = fileTeardown == null ? List.of() : fileSteps.steps(fileTeardown, "teardown", defaultClients);
        SpecFile file = new SpecFile(path, displayPath, name, command, group, doc, setup, teardown);

        Set<String> ids = new HashSet<>();
        for (Node c : yaml.sequence(f.get("cases"), "cases")) {
            SpecCase sc = parseCase(yaml, file, c, fileSetup, fileTeardown, ids);
            file.add(sc);
        }
        if (file.cases().isEmpty()) {
            throw yaml.error(f.get("cases"), "no cases");
        }
        return file;
    }

    private SpecCase parseCase(YamlNodes yaml, SpecFile file, Node n, Node fileSetup, Node fileTeardown,
                               Set<String> ids) {
        Map<String, Node> f = yaml.mapping(n, "a case", CASE_FIELDS);
        for (String required : List.of("id", "name", "behaviour", "steps")) {
            if (!f.containsKey(required)) {
                throw yaml.error(n, "case is missing '" + required + "'");
            }
        }
        String id = yaml.string(f.get("id"), "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw yaml.error(f.get("id"), "id '" + id + "' must be lower-case letters, digits and '-'");
        }
        if (!ids.add(id)) {
            throw yaml.error(f.get("id"), "duplicate id '" + id + "'");
        }
        List<String> clients = f.containsKey("clients") ? yaml.strings(f.get("clients"), "clients") : List.of("main");
        if (clients.isEmpty() || new LinkedHashSet<>(clients).size() != clients.size()) {
            throw yaml.error(f.get("clients"), "clients must be distinct names");
        }
        List<String> tags = f.containsKey("tags") ? yaml.strings(f.get("tags"), "tags") : List.of();
        boolean exclusive = false;
        List<String> exclusiveResources = List.of();
        if (f.containsKey("exclusive")) {
            Node x = f.get("exclusive");
            if (x instanceof org.snakeyaml.engine.v2.nodes.ScalarNode sx && sx.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.BOOL)) {
                exclusive = yaml.bool(x, "exclusive");
            } else {
                exclusiveResources = ExclusiveResources.parse(yaml, x);
                exclusive = true;
            }
        }
        Integer db = null;
        if (f.containsKey("db")) {
            db = OwnDatabase.parse(yaml, f.get("db"), exclusiveResources);
        }

        Set<String> vars = new HashSet<>();
        StepParser steps = new StepParser(yaml, vars);
        Gate gate = steps.gate(f);
        List<Step> setup = new ArrayList<>();
        if (fileSetup != null) {
            setup.addAll(steps.steps(fileSetup, "setup", clients));
        }
        if (f.containsKey("setup")) {
            setup.addAll(steps.steps(f.get("setup"), "setup", clients));
        }
        List<Step> body = steps.steps(f.get("steps"), "steps", clients);
        if (body.isEmpty()) {
            throw yaml.error(f.get("steps"), "a case needs at least one step");
        }
        List<Step> teardown = new ArrayList<>();
        if (f.containsKey("teardown")) {
            teardown.addAll(steps.steps(f.get("teardown"), "teardown", clients));
        }
        if (fileTeardown != null) {
            teardown.addAll(steps.steps(fileTeardown, "teardown", clients));
        }
        return new SpecCase(file, id, YamlNodes.line(n), yaml.string(f.get("name"), "name"),
                yaml.string(f.get("behaviour"), "behaviour"),
                f.containsKey("doc") ? yaml.string(f.get("doc"), "doc") : null,
                f.containsKey("note") ? yaml.string(f.get("note"), "note") : null,
                tags, gate, exclusive, exclusiveResources, db, clients, List.copyOf(setup), body, List.copyOf(teardown));
    }

    /**
     * An alias that contains itself (&a [1, *a]) would make every walk of the tree endless, and
     * aliases of aliases (a "billion laughs") would make it exponential: the tree's size with every
     * alias expanded is counted once per node and bounded.
     */
    private static long expandedSize(Node n, Set<Node> path, Map<Node, Long> sizes, String displayPath) {
        Long known = sizes.get(n);
        if (known != null) {
            return known;
        }
        if (!path.add(n)) {
            throw new SpecException(displayPath, YamlNodes.line(n), "a YAML alias refers to itself");
        }
        long size = 1;
        if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s) {
            for (Node c : s.getValue()) {
                size += expandedSize(c, path, sizes, displayPath);
            }
        } else if (n instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
            for (var t : m.getValue()) {
                size += expandedSize(t.getKeyNode(), path, sizes, displayPath)
                        + expandedSize(t.getValueNode(), path, sizes, displayPath);
            }
        }
        if (size > SpecLimits.MAX_EXPANDED_NODES) {
            throw new SpecException(displayPath, YamlNodes.line(n), "with its aliases expanded the file holds more than "
                    + SpecLimits.MAX_EXPANDED_NODES + " values (the limit for a spec file)");
        }
        path.remove(n);
        sizes.put(n, size);
        return size;
    }

    private static Node compose(String text, String displayPath) {
        LoadSettings settings = LoadSettings.builder().setLabel(displayPath).setAllowDuplicateKeys(false)
                .setCodePointLimit((int) SpecLimits.MAX_FILE_BYTES)
                .setMaxAliasesForCollections(SpecLimits.MAX_ALIASES)
                .setVersionFunction(version -> {
                    if (version.getMajor() != 1) {
                        throw new SpecException(displayPath, directiveLine(text),
                                "YAML " + version.getMajor() + "." + version.getMinor() + " is not supported (spec files are YAML 1.x)");
                    }
                    return version;
                })
                .build();
        try {
            Parser parser = new SpecLimits(new ParserImpl(settings, new StreamReader(settings, text)), displayPath);
            Optional<Node> node = new Composer(settings, parser).getSingleNode();
            Node root = node.orElseThrow(() -> new SpecException(displayPath, 1, "empty file"));
            expandedSize(root, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                    new java.util.IdentityHashMap<>(), displayPath);
            return root;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new SpecException(displayPath, line, "YAML error: " + e.getProblem());
        } catch (ReaderException e) {
            throw new SpecException(displayPath, lineAt(text, e.getPosition()), String.format(
                    "character U+%04X is not allowed in YAML (control characters, NUL)", e.getCodePoint()));
        } catch (YamlEngineException e) {
            throw new SpecException(displayPath, 0, "YAML error: " + e.getMessage());
        } catch (StackOverflowError e) {
            // the limits above are meant to make this unreachable; a line beats a thousand-frame trace
            throw new SpecException(displayPath, 0, "too deeply nested to read");
        }
    }

    /** The line of a code point index (the reader counts code points, not chars). */
    private static int lineAt(String text, int codePointIndex) {
        int end = text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
        return (int) text.substring(0, end).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The line of the %YAML directive, for the version message. */
    private static int directiveLine(String text) {
        int line = 1;
        for (String l : text.split("\n", -1)) {
            if (l.startsWith("%YAML")) {
                return line;
            }
            line++;
        }
        return 0;
    }
}
