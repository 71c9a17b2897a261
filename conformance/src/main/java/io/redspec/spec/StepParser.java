package io.redspec.spec;

import io.redspec.match.Matcher;
import io.redspec.server.Flavour;
import io.redspec.server.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Parses steps and gates. Variables saved by a step become known to the steps after it. */
final class StepParser {
    static final int MAX_SLEEP_MS = 2000;
    static final int MAX_WITHIN_MS = 5000;
    static final int MAX_TIMEOUT_MS = 10000;

    private static final Set<String> KINDS = Set.of("send", "await", "sleep", "silence", "scan");
    private static final Set<String> FIELDS = Set.of("send", "await", "sleep", "silence", "scan", "client", "expect",
            "async", "within", "timeout", "save", "pairs", "same_as", "off_schema", "since", "until", "flavours", "protocols",
            "modes");
    private static final String CURSOR = Step.Scan.CURSOR;

    private final YamlNodes yaml;
    private final Set<String> variables;
    private final MatcherParser matchers;

    StepParser(YamlNodes yaml, Set<String> variables) {
        this.yaml = yaml;
        this.variables = variables;
        this.matchers = new MatcherParser(yaml, variables);
    }

    List<Step> steps(Node n, String what, List<String> clients) {
        List<Step> out = new ArrayList<>();
        for (Node s : yaml.sequence(n, what)) {
            out.add(step(s, clients));
        }
        return out;
    }

    private Step step(Node n, List<String> clients) {
        Map<String, Node> f = yaml.mapping(n, "a step", FIELDS);
        List<String> kinds = f.keySet().stream().filter(KINDS::contains).toList();
        if (kinds.size() != 1) {
            throw yaml.error(n, "a step needs exactly one of send, await, sleep, silence, scan (found "
                    + (kinds.isEmpty() ? "none" : String.join(", ", kinds)) + ")");
        }
        String kind = kinds.get(0);
        int line = YamlNodes.line(n);
        Gate gate = gate(f);
        String client = client(f, clients);
        onlyWith(f, "expect", kind, "send", "await", "scan");
        onlyWith(f, "pairs", kind, "scan");
        onlyWith(f, "same_as", kind, "scan");
        onlyWith(f, "save", kind, "send", "await");
        onlyWith(f, "async", kind, "send");
        onlyWith(f, "within", kind, "send");
        onlyWith(f, "timeout", kind, "await");
        onlyWith(f, "off_schema", kind, "send", "scan", "await");
        return switch (kind) {
            case "send" -> send(f, line, gate, client);
            case "await" -> {
                Matcher m = matchers.parse(f.get("await"));
                Integer timeout = f.containsKey("timeout") ? bounded(f.get("timeout"), "timeout", MAX_TIMEOUT_MS) : null;
                if (f.containsKey("expect")) {
                    throw yaml.error(f.get("expect"), "await takes its matcher as its value: await: <matcher>");
                }
                yield new Step.Await(line, gate, client, m, timeout, save(f), offSchema(f));
            }
            case "scan" -> scan(f, line, gate, client);
            case "sleep" -> new Step.Sleep(line, gate, bounded(f.get("sleep"), "sleep", MAX_SLEEP_MS));
            default -> new Step.Silence(line, gate, client, bounded(f.get("silence"), "silence", MAX_SLEEP_MS));
        };
    }

    private Step.Send send(Map<String, Node> f, int line, Gate gate, String client) {
        List<Arg> args = new ArgParser(yaml, variables, matchers).args(f.get("send"));
        boolean async = f.containsKey("async") && yaml.bool(f.get("async"), "async");
        if (async && f.containsKey("save")) {
            throw yaml.error(f.get("save"), "an async send reads no reply to save: put save on the await that reads it");
        }
        Matcher expect = f.containsKey("expect") ? matchers.parse(f.get("expect")) : null;
        if (async && expect != null) {
            throw yaml.error(f.get("expect"), "an async send has no reply to check here: read it with a later await");
        }
        Integer within = f.containsKey("within") ? bounded(f.get("within"), "within", MAX_WITHIN_MS) : null;
        if (within != null && expect == null) {
            throw yaml.error(f.get("within"), "within re-sends until expect matches: give expect");
        }
        if (async && f.containsKey("off_schema")) {
            throw yaml.error(f.get("off_schema"), "an async send reads no reply here: put off_schema on the await that reads it");
        }
        return new Step.Send(line, gate, client, args, expect, async, within, save(f), offSchema(f));
    }

    private Step.Scan scan(Map<String, Node> f, int line, Gate gate, String client) {
        variables.add(CURSOR);
        ArgParser parser = new ArgParser(yaml, variables, matchers);
        List<Arg> args = parser.args(f.get("scan"));
        long cursors = args.stream().filter(a -> a instanceof Arg.Text t
                && (t.template().source().equals("$" + CURSOR) || t.template().source().equals("${" + CURSOR + "}"))).count();
        if (cursors != 1) {
            throw yaml.error(f.get("scan"), "a scan step names the cursor argument once, as $cursor, e.g. [SSCAN, $key, $cursor, COUNT, 5]");
        }
        boolean pairs = f.containsKey("pairs") && yaml.bool(f.get("pairs"), "pairs");
        Matcher expect = f.containsKey("expect") ? matchers.parse(f.get("expect")) : null;
        List<Arg> sameAs = f.containsKey("same_as") ? parser.args(f.get("same_as")) : null;
        if (expect == null && sameAs == null) {
            throw yaml.error(f.get("scan"), "a scan step checks what it collected: give expect, same_as or both");
        }
        return new Step.Scan(line, gate, client, args, pairs, expect, sameAs, offSchema(f));
    }

    /** The reason a step's reply is knowingly outside its reply_schema: text that says why, never blank. */
    private String offSchema(Map<String, Node> f) {
        if (!f.containsKey("off_schema")) {
            return null;
        }
        String why = yaml.string(f.get("off_schema"), "off_schema");
        if (why.isBlank()) {
            throw yaml.error(f.get("off_schema"), "off_schema gives the reason the reply is outside its reply_schema");
        }
        return why;
    }

    private Step.Save save(Map<String, Node> f) {
        Node s = f.get("save");
        if (s == null) {
            return null;
        }
        Step.Save save;
        if (s instanceof ScalarNode) {
            save = new Step.Save(yaml.string(s, "save"), null, null);
        } else {
            Map<String, Node> m = yaml.mapping(s, "save", null);
            if (m.size() != 1) {
                throw yaml.error(s, "save is a name, {name: index} or {name: field}");
            }
            Map.Entry<String, Node> e = m.entrySet().iterator().next();
            Node at = e.getValue();
            boolean isIndex = at instanceof ScalarNode sc && sc.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.INT);
            if (isIndex) {
                long index = yaml.integer(at, "save index");
                if (index < 0 || index > Integer.MAX_VALUE) {
                    throw yaml.error(at, "save index must be 0 or more (elements count from 0), got " + index);
                }
                save = new Step.Save(e.getKey(), (int) index, null);
            } else {
                save = new Step.Save(e.getKey(), null, yaml.string(at, "save field"));
            }
        }
        if (!save.name().matches("[A-Za-z_][A-Za-z0-9_]*") || save.name().matches("key[A-Za-z0-9_]*")
                || Set.of("ns", "db", "now", "now_ms").contains(save.name())) {
            throw yaml.error(s, "'" + save.name() + "' cannot be a variable name (a word not starting with 'key', not ns/db/now/now_ms)");
        }
        variables.add(save.name());
        return save;
    }

    private String client(Map<String, Node> f, List<String> clients) {
        if (!f.containsKey("client")) {
            return clients.get(0);
        }
        String c = yaml.string(f.get("client"), "client");
        if (!clients.contains(c)) {
            throw yaml.error(f.get("client"), "unknown client '" + c + "' (the case declares " + clients + ")");
        }
        return c;
    }

    private void onlyWith(Map<String, Node> f, String field, String kind, String... kinds) {
        if (f.containsKey(field) && !List.of(kinds).contains(kind)) {
            throw yaml.error(f.get(field), "'" + field + "' does not go with " + kind);
        }
    }

    private int bounded(Node n, String what, int max) {
        long v = yaml.integer(n, what + " (milliseconds)");
        if (v < 0 || v > max) {
            throw yaml.error(n, what + " must be 0.." + max + " ms, got " + v);
        }
        return (int) v;
    }

    /** since/until/flavours/protocols of a case or step. */
    Gate gate(Map<String, Node> f) {
        Version since = f.containsKey("since") ? version(f.get("since")) : null;
        Version until = f.containsKey("until") ? version(f.get("until")) : null;
        if (since != null && until != null && since.compareTo(until) >= 0) {
            throw yaml.error(f.get("until"), "until (" + until + ") must be above since (" + since + ")");
        }
        Set<Flavour> flavours = new LinkedHashSet<>();
        if (f.containsKey("flavours")) {
            for (String s : yaml.strings(f.get("flavours"), "flavours")) {
                try {
                    flavours.add(Flavour.parse(s));
                } catch (IllegalArgumentException e) {
                    throw yaml.error(f.get("flavours"), "unknown flavour '" + s + "'");
                }
            }
        }
        Set<Integer> protocols = new LinkedHashSet<>();
        if (f.containsKey("protocols")) {
            for (Node p : yaml.sequence(f.get("protocols"), "protocols")) {
                long v = yaml.integer(p, "protocol");
                if (v != 2 && v != 3) {
                    throw yaml.error(p, "protocols are 2 and 3");
                }
                protocols.add((int) v);
            }
        }
        Set<String> modes = new LinkedHashSet<>();
        if (f.containsKey("modes")) {
            for (String m : yaml.strings(f.get("modes"), "modes")) {
                if (!Gate.MODES.contains(m)) {
                    throw yaml.error(f.get("modes"), "unknown mode '" + m + "' (standalone, cluster)");
                }
                modes.add(m);
            }
        }
        if (since == null && until == null && flavours.isEmpty() && protocols.isEmpty() && modes.isEmpty()) {
            return Gate.ALWAYS;
        }
        return new Gate(since, until, Set.copyOf(flavours), Set.copyOf(protocols), Set.copyOf(modes));
    }

    private Version version(Node n) {
        String s = n instanceof ScalarNode sc ? sc.getValue() : null;
        try {
            return Version.parse(s);
        } catch (RuntimeException e) {
            throw yaml.error(n, "not a version: " + s + " (write e.g. 6.2.0)");
        }
    }
}
