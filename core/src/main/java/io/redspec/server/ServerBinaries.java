package io.redspec.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The redis-server binaries shipped on the classpath under {@code redspec/servers/}, and their
 * extraction into an executable cache file, once per binary content.
 *
 * <p>Checked on linux-amd64 (2026-11): both start and serve TLS. The 7.0.15 build is static; the
 * 6.2 build ("6.2.6-v5", reports 6.2.11) links libssl.so.3/libcrypto.so.3, so it needs OpenSSL 3 on
 * the host. The arm64 and darwin builds were not run here.
 */
final class ServerBinaries {

    static final List<String> VERSIONS = List.of("7.0", "6.2");

    private static final String ROOT = "redspec/servers/";

    /** version -> platform -> resource file; the 6.2 builds come from a different artifact and differ per platform. */
    private static final Map<String, Map<String, String>> FILES = Map.of(
            "7.0", Map.of(
                    "linux-amd64", "redis-server-7.0.15-linux-amd64",
                    "linux-arm64", "redis-server-7.0.15-linux-arm64",
                    "darwin-amd64", "redis-server-7.0.15-darwin-amd64",
                    "darwin-arm64", "redis-server-7.0.15-darwin-arm64"),
            "6.2", Map.of(
                    "linux-amd64", "redis-server-6.2.6-v5-linux-amd64",
                    "linux-arm64", "redis-server-6.2.7-linux-arm64",
                    "darwin-amd64", "redis-server-6.2.6-v5-darwin-amd64",
                    "darwin-arm64", "redis-server-6.2.6-v5-darwin-arm64"));

    private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

    private ServerBinaries() {
    }

    /** The executable for this version on this machine, extracted on first use. */
    static Path executable(String version) {
        if (!FILES.containsKey(version)) {
            throw new TargetException("no embedded redis-server " + version + "; available: " + String.join(", ", VERSIONS));
        }
        String platform = platform();
        String file = FILES.get(version).get(platform);
        if (file == null) {
            throw new TargetException("no embedded redis-server for " + platform.replace('-', '/')
                    + "; use --target redis://host:port");
        }
        return EXTRACTED.computeIfAbsent(file, ServerBinaries::extract);
    }

    /** e.g. {@code linux-amd64}; unknown systems keep their own names so the message shows them. */
    static String platform() {
        String os = System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "unknown").toLowerCase(Locale.ROOT);
        String osId = os.startsWith("linux") ? "linux"
                : (os.startsWith("mac") || os.startsWith("darwin")) ? "darwin" : os.replace(' ', '_');
        String archId = switch (arch) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osId + "-" + archId;
    }

    private static Path extract(String file) {
        byte[] content;
        try (InputStream in = ServerBinaries.class.getClassLoader().getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new TargetException("embedded redis-server " + file + " is missing from the classpath"
                        + " (build with maven so it is unpacked); use --target redis://host:port");
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new TargetException("cannot read embedded " + file + ": " + e.getMessage(), e);
        }
        // The checksum in the name keeps a changed binary from reusing a stale cached copy.
        Path target = cacheDir().resolve(file + "-" + sha256(content).substring(0, 16));
        try {
            if (Files.isRegularFile(target) && Files.size(target) == content.length && Files.isExecutable(target)) {
                return target;
            }
            // Write a private temp file next to the target and rename it: other JVMs see the whole file or none.
            Path temp = Files.createTempFile(target.getParent(), file + "-", ".tmp");
            try {
                Files.write(temp, content);
                if (!temp.toFile().setExecutable(true, false)) {
                    throw new IOException("cannot make " + temp + " executable");
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new TargetException("cannot extract embedded redis-server to " + target + ": " + e.getMessage(), e);
        }
    }

    /** $XDG_CACHE_HOME/redspec/servers, else ~/.cache/redspec/servers, else a directory under java.io.tmpdir. */
    static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path preferred = xdg != null && !xdg.isBlank() ? Paths.get(xdg)
                : home != null && !home.isBlank() ? Paths.get(home, ".cache") : null;
        if (preferred != null) {
            Path dir = preferred.resolve("redspec").resolve("servers");
            if (usable(dir)) {
                return dir;
            }
        }
        Path fallback = Paths.get(System.getProperty("java.io.tmpdir"),
                "redspec-" + System.getProperty("user.name", "user"), "servers");
        if (usable(fallback)) {
            return fallback;
        }
        throw new TargetException("no writable cache directory for the embedded redis-server"
                + " (tried " + (preferred == null ? "" : preferred + ", ") + fallback + ")");
    }

    private static boolean usable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
