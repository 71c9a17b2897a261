package io.redspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.server.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No password or ACL secret in anything a run prints or writes. Each run is its own JVM, as from the
 * launcher, so the JVM's command line (which the JUnit XML writer copies into its file) really holds
 * the target URI with its password; every file under the report directory and the console are then
 * searched for the secrets.
 */
class NoSecretInOutputTest {
    static final String FIXTURES = "src/test/resources/engine-fixtures/";
    static final String PASSWORD = "Default-Secret-4711";
    static final String ALICE = "Alice-Acl-Secret-0815";
    static final String BOB = "Bob-Acl-Secret-2342";
    static final String WRONG = "Wrong-Secret-9999";
    static final List<String> SECRETS = List.of(PASSWORD, ALICE, BOB, WRONG);

    static EmbeddedServer server;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start("7.0", EmbeddedServer.Options.defaults().withRequirepass(PASSWORD)
                .withConfig("user alice on >" + ALICE + " ~* &* +@all",
                        // bob may PING but not read INFO: the run fails inside the engine, after reports are opened
                        "user bob on >" + BOB + " ~* &* +ping +hello +auth"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    String uri(String userInfo) {
        return "redis://" + userInfo + "@127.0.0.1:" + server.port();
    }

    @Test
    void passingAndFailingCasesWithAnAclUser() throws Exception {
        Run run = run("--target", uri("alice:" + ALICE), "--spec", FIXTURES + "passing.yaml", FIXTURES + "wrong.yaml");
        assertThat(run.code).as(run.console).isEqualTo(1); // wrong.yaml fails on purpose
        assertThat(run.console).contains("redis://alice:***@127.0.0.1:" + server.port());
        assertThat(Files.list(run.reports.resolve("junit")).toList()).isNotEmpty();
        run.assertNoSecret();
    }

    @Test
    void passwordOnly() throws Exception {
        Run run = run("--target", uri(":" + PASSWORD), "--spec", FIXTURES + "passing.yaml");
        assertThat(run.code).as(run.console).isZero();
        run.assertNoSecret();
    }

    @Test
    void wrongPassword() throws Exception {
        Run run = run("--target", uri(":" + WRONG), "--spec", FIXTURES + "passing.yaml");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.console).contains("WRONGPASS");
        run.assertNoSecret();
    }

    @Test
    void unreachableWithPassword() throws Exception {
        Run run = run("--target", "redis://alice:" + ALICE + "@127.0.0.1:1", "--spec", FIXTURES + "passing.yaml");
        assertThat(run.code).isEqualTo(2);
        assertThat(run.console.strip().lines()).hasSize(1);
        run.assertNoSecret();
    }

    @Test
    void failureInsideTheEngineWritesReportsWithoutTheSecret() throws Exception {
        Run run = run("--target", uri("bob:" + BOB), "--spec", FIXTURES + "passing.yaml");
        assertThat(run.code).as(run.console).isEqualTo(2);
        assertThat(run.console).contains("NOPERM");
        assertThat(run.reports.resolve("summary.json")).exists();
        run.assertNoSecret();
    }

    @Test
    void mistypedOptionNextToTheTarget() throws Exception {
        Run run = run("--targt", uri(":" + PASSWORD));
        assertThat(run.code).isEqualTo(2);
        assertThat(run.console).contains("Unknown option");
        run.assertNoSecret();
    }

    @Test
    void badTargetForm() throws Exception {
        Run run = run("--target", "redis://:" + PASSWORD + "@127.0.0.1:notaport");
        assertThat(run.code).isEqualTo(2);
        run.assertNoSecret();
    }

    record Run(int code, String console, Path reports) {
        void assertNoSecret() throws IOException {
            for (String secret : SECRETS) {
                assertThat(console).as("console").doesNotContain(secret);
            }
            if (!Files.exists(reports)) {
                return;
            }
            try (Stream<Path> files = Files.walk(reports)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    for (String secret : SECRETS) {
                        assertThat(text).as(reports.relativize(f).toString()).doesNotContain(secret);
                    }
                }
            }
        }
    }

    Run run(String... args) throws Exception {
        Path reports = tmp.resolve("reports");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RedspecCli.class.getName(), "run"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-o", reports.toString()));
        Path console = tmp.resolve("console.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("redspec run did not end: " + Files.readString(console));
        }
        return new Run(p.exitValue(), Files.readString(console), reports);
    }
}
