package io.redspec.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Allure command line that the build unpacked from Maven Central next to the jar
 * ({@code conformance/target/allure-commandline/allure-X.Y.Z/}), run with this JVM's own java.
 */
final class AllureCommandLine {
    private final Path home;

    private AllureCommandLine(Path home) {
        this.home = home;
    }

    /** @throws IllegalStateException one line saying where it was looked for and how to get it */
    static AllureCommandLine find() {
        Path dir = besideJar().resolve("allure-commandline");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                Path home = s.filter(p -> p.getFileName().toString().startsWith("allure-") && Files.isDirectory(p.resolve("lib")))
                        .sorted().reduce((a, b) -> b).orElse(null);
                if (home != null) {
                    return new AllureCommandLine(home);
                }
            } catch (IOException e) {
                // reported below as not found
            }
        }
        throw new IllegalStateException("no Allure command line in " + dir + " (the build unpacks it from Maven Central: "
                + "./mvnw -pl conformance -am package -DskipTests)");
    }

    private static Path besideJar() {
        try {
            Path jar = Path.of(AllureCommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent(); // target/ of target/redspec.jar, or of target/classes in tests
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("conformance", "target");
        }
    }

    Path home() {
        return home;
    }

    /** {@code allure generate RESULTS -o REPORT --clean}; its output goes to {@code log}. Exit code of Allure. */
    int generate(Path results, Path report, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = home.resolve("lib") + File.separator + "*" + File.pathSeparator + home.resolve("lib").resolve("config");
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", cp, "io.qameta.allure.CommandLine",
                "generate", results.toString(), "-o", report.toString(), "--clean"));
        pb.environment().put("APP_HOME", home.toString()); // where Allure finds its plugins and config
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("Allure did not finish within 5 minutes; see " + log);
        }
        return p.exitValue();
    }
}
