package io.redspec.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a server says it is, read from {@code INFO server}.
 *
 * <p>Several servers report a {@code redis_version} that is a compatibility number, not their own
 * version, so the flavour is decided first and the version read from the flavour's own field:
 * <ul>
 *   <li>Valkey: {@code server_name:valkey} and {@code valkey_version:} (redis_version is frozen at
 *       7.2.4). Checked in valkey-io/valkey src/server.c and version.h (7.2.5, 8.0). Valkey 8
 *       reports the mode as {@code server_mode:} unless extended-redis-compatibility is on.</li>
 *   <li>Dragonfly: {@code dragonfly_version:df-v1.40.1} next to {@code redis_version:7.4.0}. Taken
 *       from published INFO samples, not from Dragonfly's source (the source version we could read,
 *       from 2022, had no dragonfly_version at all and is indistinguishable from Redis).</li>
 *   <li>Garnet: {@code garnet_version:} plus {@code redis_version:} and {@code redis_mode:}. Checked
 *       in Garnet's GarnetInfoMetrics (PopulateServerInfo).</li>
 *   <li>KeyDB: no field of its own in the server section; {@code redis_version} carries KeyDB's
 *       version (6.3.4). Checked in Snapchat/KeyDB src/server.cpp: 6.3.4 adds
 *       {@code features:cluster_mget} to the server section and 6.3.0+ has a {@code # KeyDB} section
 *       with {@code mvcc_depth:}. Older KeyDB is recognised only by an {@code executable:} path
 *       containing "keydb".</li>
 *   <li>Redis: {@code redis_version:} and nothing above. Verified against the real 7.0.15 and
 *       6.2 binaries.</li>
 *   <li>Another server that names its own {@code <name>_version} next to {@code redis_version}
 *       (e.g. kvrocks_version) is OTHER with that version.</li>
 * </ul>
 *
 * @param version null when the server reports no version at all
 * @param mode    {@code standalone}, {@code cluster} or {@code sentinel}; standalone when not reported
 */
public record ServerInfo(Flavour flavour, Version version, String mode) {

    private static final Pattern OWN_VERSION_KEY = Pattern.compile("([a-z][a-z0-9]*)_version");
    private static final Pattern NUMBER_START = Pattern.compile("\\d");

    public static ServerInfo fromInfo(String infoText) {
        Map<String, String> fields = fields(infoText == null ? "" : infoText);
        String mode = Optional.ofNullable(fields.get("redis_mode"))
                .or(() -> Optional.ofNullable(fields.get("server_mode")))
                .filter(s -> !s.isEmpty())
                .orElse("standalone");

        if ("valkey".equalsIgnoreCase(fields.get("server_name")) || fields.containsKey("valkey_version")) {
            return new ServerInfo(Flavour.VALKEY, versionOf(fields, "valkey_version", "redis_version"), mode);
        }
        if (fields.containsKey("dragonfly_version")) {
            return new ServerInfo(Flavour.DRAGONFLY, versionOf(fields, "dragonfly_version"), mode);
        }
        if (fields.containsKey("garnet_version") || "garnet".equalsIgnoreCase(fields.get("server_name"))) {
            return new ServerInfo(Flavour.GARNET, versionOf(fields, "garnet_version", "redis_version"), mode);
        }
        if (looksLikeKeyDb(fields)) {
            return new ServerInfo(Flavour.KEYDB, versionOf(fields, "redis_version"), mode);
        }
        String otherVersionKey = otherOwnVersionKey(fields);
        if (otherVersionKey != null) {
            return new ServerInfo(Flavour.OTHER, versionOf(fields, otherVersionKey), mode);
        }
        if (fields.containsKey("redis_version")) {
            return new ServerInfo(Flavour.REDIS, versionOf(fields, "redis_version"), mode);
        }
        return new ServerInfo(Flavour.OTHER, null, mode);
    }

    /** {@code key:value} lines of all sections; the first occurrence of a key wins. */
    static Map<String, String> fields(String infoText) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String raw : infoText.split("\r?\n")) {
            String line = raw.strip();
            int colon = line.indexOf(':');
            if (line.isEmpty() || line.startsWith("#") || colon <= 0) {
                continue;
            }
            fields.putIfAbsent(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        return fields;
    }

    private static boolean looksLikeKeyDb(Map<String, String> fields) {
        String features = fields.getOrDefault("features", "");
        String executable = fields.getOrDefault("executable", "").toLowerCase(Locale.ROOT);
        return fields.containsKey("mvcc_depth") || features.contains("cluster_mget") || executable.contains("keydb");
    }

    /** A {@code <name>_version} key other than redis_version and the compiler's gcc_version. */
    private static String otherOwnVersionKey(Map<String, String> fields) {
        if (!fields.containsKey("redis_version")) {
            return null;
        }
        for (String key : fields.keySet()) {
            Matcher m = OWN_VERSION_KEY.matcher(key);
            if (m.matches() && !m.group(1).equals("redis") && !m.group(1).equals("gcc")) {
                return key;
            }
        }
        return null;
    }

    /** The first of the keys holding a parseable version; prefixes such as {@code df-v} are skipped. */
    private static Version versionOf(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String value = fields.get(key);
            if (value == null) continue;
            Matcher digit = NUMBER_START.matcher(value);
            if (!digit.find()) continue;
            try {
                return Version.parse(value.substring(digit.start()));
            } catch (IllegalArgumentException ignored) {
                // try the next key
            }
        }
        return null;
    }

    /** e.g. {@code redis 7.0.15} or {@code valkey 8.0.1 (cluster)}. */
    public String display() {
        String v = version == null ? "(version unknown)" : version.toString();
        return flavour.id() + " " + v + ("standalone".equals(mode) ? "" : " (" + mode + ")");
    }
}
