package io.redspec.coverage;

import io.redspec.spec.Arg;
import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import io.redspec.spec.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures a corpus against the command metadata.
 *
 * <p>Only a case's {@code steps} count: its {@code setup}, {@code teardown} and the file's setup
 * prepare or clean up state and check nothing about the command, so a command or token seen only
 * there is not covered. A command is covered by a step that sends it and checks the reply (has
 * {@code expect}, or is {@code async} and a later {@code await} on the same client reads it). A
 * token is covered by any step that sends it as a literal argument of its own command (after the
 * command, and subcommand, name), compared case-insensitively; placeholders, {@code hex},
 * {@code repeat} and {@code seq} arguments never match a token.
 */
public final class CoverageCalculator {

    /** The metadata writes MIGRATE's empty-key token as {@code ""}; a spec sends it as an empty argument. */
    static final String EMPTY_TOKEN = "\"\"";

    private final CommandMetadata metadata;

    public CoverageCalculator(CommandMetadata metadata) {
        this.metadata = metadata;
    }

    public CorpusCoverage measure(List<SpecFile> files) {
        Tally tally = new Tally();
        Set<String> declaredGroups = new TreeSet<>();
        int cases = 0;
        for (SpecFile f : files) {
            if (f.group() != null) {
                declaredGroups.add(f.group());
            }
            for (SpecCase c : f.cases()) {
                cases++;
                scan(c, tally);
            }
        }
        List<CommandCoverage> out = new ArrayList<>();
        for (CommandInfo info : metadata.commands()) {
            out.add(new CommandCoverage(info, tally.casesByCommand.getOrDefault(info.name(), Set.of()),
                    tally.tokensByCommand.getOrDefault(info.name(), Set.of())));
        }
        Map<String, Integer> unknown = new HashMap<>();
        tally.unknown.forEach((k, v) -> unknown.put(k, v.size()));
        return new CorpusCoverage(out, declaredGroups, files.size(), cases, unknown);
    }

    /** What the scanned cases showed so far, by command name. */
    private static final class Tally {
        final Map<String, Set<String>> casesByCommand = new HashMap<>();
        final Map<String, Set<String>> tokensByCommand = new HashMap<>();
        final Map<String, Set<String>> unknown = new HashMap<>();
    }

    private void scan(SpecCase c, Tally tally) {
        List<Step> steps = c.steps();
        for (int i = 0; i < steps.size(); i++) {
            List<Arg> args;
            boolean checked;
            if (steps.get(i) instanceof Step.Send send) {
                args = send.args();
                checked = checksReply(steps, i, send);
            } else if (steps.get(i) instanceof Step.Scan scan) {
                args = scan.args(); // a scan step always checks what it collected
                checked = true;
            } else {
                continue;
            }
            List<String> words = literals(args);
            String first = word(words, 0);
            Optional<CommandInfo> cmd = metadata.resolve(first, word(words, 1));
            if (cmd.isEmpty()) {
                if (first != null) {
                    tally.unknown.computeIfAbsent(first.toUpperCase(Locale.ROOT), k -> new HashSet<>()).add(c.fullId());
                }
                continue;
            }
            CommandInfo info = cmd.get();
            if (checked) {
                tally.casesByCommand.computeIfAbsent(info.name(), k -> new HashSet<>()).add(c.fullId());
            }
            Set<String> seen = tally.tokensByCommand.computeIfAbsent(info.name(), k -> new HashSet<>());
            for (int a = info.container() == null ? 1 : 2; a < words.size(); a++) {
                String t = asToken(words.get(a));
                if (t != null && info.tokens().contains(t)) {
                    seen.add(t);
                }
            }
        }
    }

    /** A step checks its reply when it expects one, or when it is async and a later await on its client reads it. */
    static boolean checksReply(List<Step> steps, int index, Step.Send send) {
        if (send.expect() != null) {
            return true;
        }
        if (!send.async()) {
            return false;
        }
        for (int j = index + 1; j < steps.size(); j++) {
            if (steps.get(j) instanceof Step.Await a && a.client().equals(send.client())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal text of each argument (null where it is not plain text): {@code $$} is a literal
     * {@code $}, any other {@code $} starts a placeholder whose value is unknown here.
     */
    static List<String> literals(List<Arg> args) {
        List<String> out = new ArrayList<>(args.size());
        for (Arg a : args) {
            String text = a.literalText();
            if (text != null && text.replace("$$", "").contains("$")) {
                text = null;
            }
            out.add(text == null ? null : text.replace("$$", "$"));
        }
        return out;
    }

    private static String word(List<String> words, int i) {
        return i < words.size() ? words.get(i) : null;
    }

    private static String asToken(String literal) {
        if (literal == null) {
            return null;
        }
        return literal.isEmpty() ? EMPTY_TOKEN : literal.toUpperCase(Locale.ROOT);
    }
}
