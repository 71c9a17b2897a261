package io.redspec.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every ci/**.yml is what a server project copies into its CI: it must parse as YAML (GitHub
 * rejected ci/github/redspec.yml over a ": " in a one-line run:) and carry the keys its CI reads.
 */
class CiTemplatesTest {
    private static final Path CI = Path.of("..", "ci");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(CI)) {
            return s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Map<String, Object> load(Path p) throws IOException {
        Object doc = new Load(LoadSettings.builder().setLabel(p.toString()).build()).loadFromString(Files.readString(p));
        assertThat(doc).as(p + " is a mapping").isInstanceOf(Map.class);
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) doc;
        return m;
    }

    @Test
    void bothTemplatesAreThere() throws IOException {
        assertThat(templates()).extracting(p -> CI.relativize(p).toString().replace('\\', '/'))
                .contains("github/redspec.yml", "gitlab/redspec.gitlab-ci.yml");
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateParses() throws IOException {
        return templates().stream().map(p -> DynamicTest.dynamicTest(CI.relativize(p).toString(), () -> load(p)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void githubWorkflowHasTriggersAndJobsWithSteps() throws IOException {
        Map<String, Object> w = load(CI.resolve("github/redspec.yml"));
        assertThat(w).containsKeys("name", "on", "jobs"); // YAML 1.2: "on" stays a string key
        Map<String, Object> jobs = (Map<String, Object>) w.get("jobs");
        assertThat(jobs).isNotEmpty();
        for (var job : jobs.entrySet()) {
            Map<String, Object> j = (Map<String, Object>) job.getValue();
            assertThat(j).as(job.getKey()).containsKeys("runs-on", "steps");
            for (Object step : (List<Object>) j.get("steps")) {
                Map<String, Object> s = (Map<String, Object>) step;
                assertThat(s.containsKey("uses") ^ s.containsKey("run")).as("step %s has exactly one of uses/run", s).isTrue();
                if (s.containsKey("run")) {
                    assertThat(s.get("run")).as("run is a string").isInstanceOf(String.class);
                }
            }
            String all = j.get("steps").toString();
            assertThat(all).contains("redspec-gate.sh", "upload-artifact");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void gitlabJobHasAnImageWithWhatItsScriptUses() throws IOException {
        Map<String, Object> ci = load(CI.resolve("gitlab/redspec.gitlab-ci.yml"));
        Map<String, Object> job = (Map<String, Object>) ci.get("redspec");
        assertThat(job).containsKeys("image", "script", "artifacts");
        List<String> script = (List<String>) job.get("script");
        assertThat(script).allMatch(l -> l instanceof String);
        assertThat(script).anyMatch(l -> l.contains("redspec-gate.sh"));
        // eclipse-temurin ships without git: whatever image, a job that clones must install git first
        if (script.stream().anyMatch(l -> l.startsWith("git "))) {
            List<String> before = (List<String>) job.getOrDefault("before_script", List.of());
            assertThat(before).as("before_script installs git").anyMatch(l -> l.contains("install") && l.contains(" git "));
        }
        Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
        assertThat(((Map<String, Object>) artifacts.get("reports")).get("junit")).isEqualTo("reports/gate/junit/*.xml");
    }
}
