package io.redspec.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/**
 * docker:IMAGE[:TAG]: its forms, and the path taken on a machine with no Docker engine (as here),
 * for real: Testcontainers looks and finds none. The path with an engine was not exercised here.
 */
class DockerTargetTest {

    @Test
    void imageFormsAreCheckedWithoutConnecting() {
        assertThat(TargetKinds.of("docker:redis:7.4")).isInstanceOf(DockerTarget.Kind.class);
        assertThat(TargetForm.check("docker:valkey/valkey:8.0")).isEqualTo("docker:valkey/valkey:8.0");
        assertThat(TargetForm.check("docker:eqalpha/keydb")).isEqualTo("docker:eqalpha/keydb");
        assertThat(TargetForm.check("docker:docker.dragonflydb.io/dragonflydb/dragonfly:v1.25.0"))
                .isEqualTo("docker:docker.dragonflydb.io/dragonflydb/dragonfly:v1.25.0");
        assertThatThrownBy(() -> TargetForm.check("docker:")).hasMessageStartingWith("'docker:' is not docker:IMAGE[:TAG]");
        assertThatThrownBy(() -> TargetForm.check("docker:Redis 7")).hasMessageStartingWith("'docker:Redis 7' is not docker:IMAGE[:TAG]");
        assertThat(Target.forms()).contains("docker:IMAGE[:TAG]");
    }

    @Test
    void withoutADockerEngineTheTargetIsRefusedInOneLine() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is reachable here");
        String why = Target.unavailable("docker:redis:7.4");
        assertThat(why).startsWith("docker:redis:7.4: no Docker engine reachable (").endsWith(")").doesNotContain("\n");
        assertThatThrownBy(() -> Target.open("docker:redis:7.4", Duration.ofSeconds(2)))
                .isInstanceOf(TargetException.class).hasMessage(why);
        assertThat(Target.unavailable("embedded:7.0")).isNull();
        assertThat(Target.unavailable("nonsense")).isNull(); // left to open(), which names the forms
    }
}
