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
public final class SentCommandText {
    private static final String MASK = "***";

    private SentCommandText() {}

    static String of(List<byte[]> args) {
        List<String> plain = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (byte[] a : args) {
            plain.add(new String(a, StandardCharsets.UTF_8));
            words.add(RespFormatter.quoted(a));
        }
        mask(plain, words, true);
        return String.join(" ", words);
    }

    /** A command as written in a spec (the Allure report's step names), unquoted, with the same masking. */
    public static String ofWords(List<String> plain) {
        List<String> words = new ArrayList<>(plain);
        mask(plain, words, false);
        return String.join(" ", words);
    }

    /** Replaces in {@code shown} the credentials that {@code plain} carries. */
    private static void mask(List<String> plain, List<String> shown, boolean quoted) {
        String name = plain.isEmpty() ? "" : upper(plain.get(0));
        if (name.equals("AUTH") && plain.size() >= 2) {
            shown.set(plain.size() - 1, MASK);
        } else if (name.equals("HELLO")) {
            for (int i = 1; i + 2 < plain.size(); i++) {
                if (upper(plain.get(i)).equals("AUTH")) {
                    shown.set(i + 2, MASK);
                }
            }
        } else if (name.equals("ACL") && plain.size() > 2 && upper(plain.get(1)).equals("SETUSER")) {
            for (int i = 3; i < plain.size(); i++) {
                String rule = plain.get(i);
                if (rule.startsWith(">") || rule.startsWith("<") || rule.startsWith("#") || rule.startsWith("!")) {
                    String masked = rule.charAt(0) + MASK;
                    shown.set(i, quoted ? "\"" + masked + "\"" : masked);
                }
            }
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
