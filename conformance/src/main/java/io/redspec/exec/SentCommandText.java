package io.redspec.exec;

import io.redspec.resp.RespFormatter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sent command as failure messages show it, with credentials masked: the password of AUTH and
 * HELLO … AUTH, and the {@code >password} / {@code #hash} rules of ACL SETUSER. Even a spec's
 * throwaway password stays out of reports, so no report ever needs reading for secrets.
 */
final class SentCommandText {
    private static final String MASK = "***";

    private SentCommandText() {}

    static String of(List<byte[]> args) {
        List<String> words = new ArrayList<>();
        for (byte[] a : args) {
            words.add(RespFormatter.quoted(a));
        }
        String name = args.isEmpty() ? "" : text(args.get(0));
        if (name.equals("AUTH") && args.size() >= 2) {
            words.set(args.size() - 1, MASK);
        } else if (name.equals("HELLO")) {
            for (int i = 1; i + 2 < args.size(); i++) {
                if (text(args.get(i)).equals("AUTH")) {
                    words.set(i + 2, MASK);
                }
            }
        } else if (name.equals("ACL") && args.size() > 2 && text(args.get(1)).equals("SETUSER")) {
            for (int i = 3; i < args.size(); i++) {
                String rule = new String(args.get(i), StandardCharsets.UTF_8);
                if (rule.startsWith(">") || rule.startsWith("<") || rule.startsWith("#") || rule.startsWith("!")) {
                    words.set(i, "\"" + rule.charAt(0) + MASK + "\"");
                }
            }
        }
        return String.join(" ", words);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
    }
}
