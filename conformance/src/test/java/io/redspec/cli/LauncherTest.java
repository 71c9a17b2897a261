package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./redspec}) heals a build that was cut short. The real script runs in a copy of
 * the project layout whose {@code mvnw} is a stand-in: it either writes a working jar or writes half of
 * one and dies as an interrupted build would, so the launcher's decisions are tested in a second, not a
 * Maven build.
 */
@DisabledOnOs(OS.WINDOWS) // the launcher is a bash script
class LauncherTest {

    @TempDir
    Path home;

    Path jar;
    Path goodJar;

    @BeforeEach
    void layout() throws Exception {
        Path project = Path.of("").toAbsolutePath().getParent();
        Files.copy(project.resolve("redspec"), home.resolve("redspec"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.createDirectories(home.resolve("conformance/src/main"));
        Files.writeString(home.resolve("conformance/pom.xml"), "<project/>");
        Files.writeString(home.resolve("conformance/src/main/Source.java"), "// a source");
        jar = home.resolve("conformance/target/redspec.jar");
        goodJar = home.resolve("good.jar");
        writeJar(goodJar);
        // the stand-in Maven: counts builds; FAKE_BUILD=interrupt writes half a jar and dies
        Files.writeString(home.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo build >> "$(dirname "$0")/builds"
                mkdir -p conformance/target
                if [ "${FAKE_BUILD:-}" = interrupt ]; then
                  head -c 200 good.jar > conformance/target/redspec.jar
                  kill -INT $$
                fi
                cp good.jar conformance/target/redspec.jar
                """);
        for (String f : List.of("redspec", "mvnw")) {
            Files.setPosixFilePermissions(home.resolve(f), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anInterruptedBuildIsRebuiltOnTheNextRun() throws Exception {
        Result cut = launch("interrupt", "--version");
        assertThat(cut.code).as(cut.output).isNotZero();
        assertThat(jar).as("half a jar is left, newer than the sources").exists();
        assertThat(Files.size(jar)).isLessThan(Files.size(goodJar));

        Result next = launch("", "--version");
        assertThat(next.code).as(next.output).isZero();
        assertThat(next.output).contains("redspec: building").contains("stand-in redspec --version");
        assertThat(builds()).isEqualTo(2);
    }

    @Test
    void aTruncatedJarNewerThanTheSourcesIsRebuilt() throws Exception {
        assertThat(launch("", "--version").code).isZero();
        // something other than the launcher (an interrupted `./mvnw package`) leaves a broken jar behind
        Files.write(jar, java.util.Arrays.copyOf(Files.readAllBytes(goodJar), 200));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));

        Result next = launch("", "run");
        assertThat(next.code).as(next.output).isZero();
        assertThat(next.output).contains("stand-in redspec run");
        assertThat(builds()).isEqualTo(2);
    }

    @Test
    void aGoodJarIsNotRebuilt() throws Exception {
        assertThat(launch("", "--version").code).isZero();
        Result again = launch("", "--version");
        assertThat(again.code).isZero();
        assertThat(again.output).doesNotContain("redspec: building");
        assertThat(builds()).isEqualTo(1);
    }

    @Test
    void aJarThatDoesNotStartIsNotTakenAsBuilt() throws Exception {
        Files.writeString(home.resolve("mvnw"), """
                #!/usr/bin/env bash
                echo build >> "$(dirname "$0")/builds"
                mkdir -p conformance/target
                echo 'not a jar' > conformance/target/redspec.jar
                """);
        Result broken = launch("", "--version");
        assertThat(broken.code).isEqualTo(2);
        assertThat(broken.output).contains("does not start");
        launch("", "--version");
        assertThat(builds()).as("no stamp: the second run builds again").isEqualTo(2);
    }

    @Test
    void theFirstRunRecordsAClassArchiveThatLaterRunsUseAndARebuildReplaces() throws Exception {
        Path jsa = home.resolve("conformance/target/redspec.jar.jsa");
        Result version = launch("", "--version");
        assertThat(version.code).as(version.output).isZero();
        assertThat(jsa).as("--version loads too few classes to record them").doesNotExist();

        Result first = launch("", "run");
        assertThat(first.code).as(first.output).isZero();
        assertThat(jsa).as("recorded by the first run").exists();
        assertThat(first.output).as("the archive's log stays out of the output").isEqualTo("stand-in redspec run\n");
        FileTime recorded = Files.getLastModifiedTime(jsa);

        Result second = launch("", "run");
        assertThat(second.output).isEqualTo("stand-in redspec run\n");
        assertThat(Files.getLastModifiedTime(jsa)).as("used, not recorded again").isEqualTo(recorded);

        // a source change rebuilds the jar: the archive of the old jar is replaced on that run
        Files.setLastModifiedTime(home.resolve("conformance/src/main/Source.java"), FileTime.from(Instant.now().plusSeconds(5)));
        Files.setLastModifiedTime(jsa, FileTime.from(Instant.now().minusSeconds(60)));
        Result rebuilt = launch("", "run");
        assertThat(rebuilt.output).endsWith("stand-in redspec run\n");
        assertThat(Files.getLastModifiedTime(jsa)).isNotEqualTo(FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(Files.getLastModifiedTime(jsa).toInstant()).isAfter(recorded.toInstant().minusSeconds(1));
        try (var left = Files.list(jsa.getParent())) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no half-written archive left")
                    .noneMatch(n -> n.matches("redspec\\.jar\\.jsa\\..+"));
        }
    }

    record Result(int code, String output) {}

    Result launch(String fakeBuild, String arg) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("redspec").toString(), arg).directory(home.toFile())
                .redirectErrorStream(true);
        pb.environment().put("FAKE_BUILD", fakeBuild);
        pb.environment().remove("REDSPEC_JAVA_OPTS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("launcher did not end");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    long builds() throws IOException {
        Path f = home.resolve("builds");
        return Files.exists(f) ? Files.readAllLines(f).size() : 0;
    }

    /** A jar whose main prints "stand-in redspec" and its arguments. */
    void writeJar(Path target) throws Exception {
        Path src = home.resolve("stub/StandIn.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                public class StandIn {
                    public static void main(String[] args) {
                        System.out.println("stand-in redspec " + String.join(" ", args));
                    }
                }
                """);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.getParent().toString(), src.toString()))
                .isZero();
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "StandIn");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(target), m)) {
            out.putNextEntry(new JarEntry("StandIn.class"));
            out.write(Files.readAllBytes(src.getParent().resolve("StandIn.class")));
            out.closeEntry();
        }
    }
}
