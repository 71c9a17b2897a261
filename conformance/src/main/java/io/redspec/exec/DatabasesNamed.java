package io.redspec.exec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The databases a command sent by a case names: {@code SELECT n}, {@code MOVE key n},
 * {@code COPY src dst DB n}, {@code SWAPDB a b}. The case's keys may end up there, so its clean-up
 * deletes them there too. Read from what is sent, not from the spec, so {@code $db} and saved
 * variables count as the values they had; a command that was queued (MULTI) or refused counts as well.
 */
final class DatabasesNamed {
    private DatabasesNamed() {}

    static Set<Integer> in(List<byte[]> args) {
        Set<Integer> dbs = new TreeSet<>();
        if (args.isEmpty()) {
            return dbs;
        }
        String name = text(args.get(0)).toUpperCase(Locale.ROOT);
        switch (name) {
            case "SELECT" -> add(dbs, args, 1);
            case "MOVE" -> add(dbs, args, 2);
            case "SWAPDB" -> {
                add(dbs, args, 1);
                add(dbs, args, 2);
            }
            case "COPY" -> {
                for (int i = 3; i + 1 < args.size(); i++) {
                    if (text(args.get(i)).equalsIgnoreCase("DB")) {
                        add(dbs, args, i + 1);
                    }
                }
            }
            default -> { }
        }
        return dbs;
    }

    /** A non-negative integer argument; anything else (the error cases' {@code abc}, {@code -1}) names no database. */
    private static void add(Set<Integer> dbs, List<byte[]> args, int index) {
        if (index >= args.size()) {
            return;
        }
        try {
            int db = Integer.parseInt(text(args.get(index)));
            if (db >= 0) {
                dbs.add(db);
            }
        } catch (NumberFormatException e) {
            // not a database number
        }
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
