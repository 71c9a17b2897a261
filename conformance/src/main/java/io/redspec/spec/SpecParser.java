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
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one spec file into a {@link SpecFile}; every problem is a {@link SpecException} naming file and line. */
public final class SpecParser {

    private static final Set<String> FILE_FIELDS = Set.of("command", "group", "doc", "setup", "teardown", "cases");
    private static final Set<String> CASE_FIELDS = Set.of("id", "name", "behaviour", "doc", "note", "tags", "since",
            "until", "flavours", "protocols", "modes", "exclusive", "clients", "setup", "steps", "teardown");

    /**
     * @param path        the file
     * @param displayPath how to name it in messages
     * @param name        its id prefix, e.g. {@code list/linsert}
     */
    public SpecFile parse(Path path, String displayPath, String name) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SpecException(displayPath, 0, "not UTF-8");
        } catch (IOException e) {
            throw new SpecException(displayPath, 0, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new SpecException(displayPath, 0, "cannot read: " + e);
        }
        return parse(text, path, displayPath, name);
    }

    public SpecFile parse(String text, Path path, String displayPath, String name) {
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
        boolean exclusive = f.containsKey("exclusive") && yaml.bool(f.get("exclusive"), "exclusive");

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
                tags, gate, exclusive, clients, List.copyOf(setup), body, List.copyOf(teardown));
    }

    /** An alias that contains itself (&a [1, *a]) would make every walk of the tree endless. */
    private static void rejectRecursion(Node n, Set<Node> path, String displayPath) {
        if (!path.add(n)) {
            throw new SpecException(displayPath, YamlNodes.line(n), "a YAML alias refers to itself");
        }
        if (n instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s) {
            s.getValue().forEach(c -> rejectRecursion(c, path, displayPath));
        } else if (n instanceof org.snakeyaml.engine.v2.nodes.MappingNode m) {
            m.getValue().forEach(t -> {
                rejectRecursion(t.getKeyNode(), path, displayPath);
                rejectRecursion(t.getValueNode(), path, displayPath);
            });
        }
        path.remove(n);
    }

    private static Node compose(String text, String displayPath) {
        LoadSettings settings = LoadSettings.builder().setLabel(displayPath).setAllowDuplicateKeys(false).build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            Node root = node.orElseThrow(() -> new SpecException(displayPath, 1, "empty file"));
            rejectRecursion(root, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), displayPath);
            return root;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            throw new SpecException(displayPath, line, "YAML error: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SpecException(displayPath, 0, "YAML error: " + e.getMessage());
        }
    }

}
