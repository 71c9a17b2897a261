package io.redspec.exec;

import io.redspec.coverage.CommandMetadata;
import io.redspec.match.CollectionMatchers;
import io.redspec.match.MatchContext;
import io.redspec.match.Matcher;
import io.redspec.match.PredicateMatchers;
import io.redspec.match.ScalarMatchers;
import io.redspec.resp.RespValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides the {@link FailureKind} of a wrong reply and names the command a step sent. */
final class FailureClassifier {
    /** Redis/Valkey say "unknown command"; jedis-mock says "Unsupported operation: geoadd" for one it lacks. */
    private static final Pattern UNKNOWN_COMMAND = Pattern.compile("(?i)\\bunknown (sub)?command\\b|^unsupported operation: ");
    private static final Pattern LEADING_CODE = Pattern.compile("^\\^?([A-Z][A-Z_-]*)(\\b|$)");

    private FailureClassifier() {}

    static FailureKind classify(String phase, Matcher expect, RespValue actual, MatchContext ctx) {
        FailureKind kind = byReply(unwrap(expect, ctx), actual, ctx);
        return kind == FailureKind.UNKNOWN_COMMAND || phase.equals("step") ? kind : FailureKind.SETUP_FAILURE;
    }

    private static FailureKind byReply(Matcher m, RespValue actual, MatchContext ctx) {
        String wantedCode = expectedErrorCode(m, ctx);
        if (actual instanceof RespValue.RespError e) {
            if (UNKNOWN_COMMAND.matcher(e.message()).find() && !expectsUnknownCommand(m, ctx)) {
                return FailureKind.UNKNOWN_COMMAND;
            }
            if (wantedCode != null) {
                return wantedCode.equals(code(e.message())) ? FailureKind.ERROR_WORDING : FailureKind.ERROR_CODE;
            }
            if (m instanceof PredicateMatchers.ErrorRegex || m instanceof PredicateMatchers.TypeIs t && t.type().equals("error")) {
                return FailureKind.ERROR_CODE;
            }
            return FailureKind.ERROR_INSTEAD_OF_VALUE;
        }
        if (wantedCode != null || m instanceof PredicateMatchers.ErrorRegex) {
            return FailureKind.ERROR_CODE; // an error was due and none came
        }
        String type = wireType(m, ctx);
        return type != null && !type.equals(actual.typeName()) ? FailureKind.WRONG_TYPE : FailureKind.WRONG_VALUE;
    }

    /** A protocol-dependent matcher resolved to the one that applies. */
    private static Matcher unwrap(Matcher m, MatchContext ctx) {
        while (m instanceof PredicateMatchers.ByProtocol p) {
            m = ctx.resp3() ? p.resp3() : p.resp2();
        }
        return m;
    }

    /** The error code (first word) an error matcher asks for; null if it is not one or names none. */
    private static String expectedErrorCode(Matcher m, MatchContext ctx) {
        if (m instanceof PredicateMatchers.ErrorPrefix p) {
            return code(p.prefix().renderText(ctx.bindings()));
        }
        if (m instanceof PredicateMatchers.ErrorRegex r) {
            var lead = LEADING_CODE.matcher(r.pattern().pattern());
            return lead.find() ? lead.group(1) : null;
        }
        return null;
    }

    private static boolean expectsUnknownCommand(Matcher m, MatchContext ctx) {
        if (m instanceof PredicateMatchers.ErrorPrefix p) {
            return UNKNOWN_COMMAND.matcher(p.prefix().renderText(ctx.bindings())).find();
        }
        return m instanceof PredicateMatchers.ErrorRegex r && r.pattern().pattern().toLowerCase(Locale.ROOT).contains("unknown");
    }

    /** {@code WRONGTYPE Operation against…} → {@code WRONGTYPE}. */
    static String code(String errorMessage) {
        String s = errorMessage.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /** The wire type a matcher requires of the reply as a whole, under the context's protocol; null if any. */
    private static String wireType(Matcher m, MatchContext ctx) {
        boolean resp3 = ctx.resp3();
        if (m instanceof ScalarMatchers.Bulk || m instanceof ScalarMatchers.Hex) return "bulk";
        if (m instanceof ScalarMatchers.Simple) return "simple";
        if (m instanceof ScalarMatchers.Int) return "integer";
        if (m instanceof ScalarMatchers.Verbatim) return resp3 ? "verbatim" : "bulk";
        if (m instanceof ScalarMatchers.Double) return resp3 ? "double" : "bulk";
        if (m instanceof ScalarMatchers.BigNum) return resp3 ? "bignum" : "bulk";
        if (m instanceof ScalarMatchers.Bool) return resp3 ? "boolean" : "integer";
        if (m instanceof ScalarMatchers.Null) return "null";
        if (m instanceof CollectionMatchers.Array || m instanceof CollectionMatchers.Unordered
                || m instanceof CollectionMatchers.Pairs) return "array";
        if (m instanceof CollectionMatchers.Set) return resp3 ? "set" : "array";
        if (m instanceof CollectionMatchers.Push) return resp3 ? "push" : "array";
        if (m instanceof CollectionMatchers.MapOf) return resp3 ? "map" : "array";
        if (m instanceof PredicateMatchers.TypeIs t) return t.type();
        return null;
    }

    /** The command a step sent: {@code OBJECT ENCODING} for a known subcommand, else the first word. */
    static String command(List<byte[]> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        String first = new String(args.get(0), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        String second = args.size() > 1 ? new String(args.get(1), StandardCharsets.UTF_8) : null;
        return Metadata.INSTANCE.resolve(first, second).map(c -> c.name()).orElse(first);
    }

    /** Loaded on first use: most runs have no failure at all. */
    private static final class Metadata {
        static final CommandMetadata INSTANCE = CommandMetadata.load();
    }
}
