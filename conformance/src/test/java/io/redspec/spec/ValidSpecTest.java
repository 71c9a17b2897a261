package io.redspec.spec;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** fixtures/valid holds every form the format allows: the schema must not be stricter than the parser on them. */
class ValidSpecTest {

    static Path fixture(String name) {
        try {
            return Path.of(ValidSpecTest.class.getResource("/fixtures/valid/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFeatureParses() {
        SpecFile f = new SpecParser().parse(fixture("every-feature.yaml"), "every-feature.yaml", "valid/every-feature");
        assertThat(f.cases()).extracting(SpecCase::id).containsExactly("before-inserts-at-first-pivot", "2024",
                "blpop-wakes-on-push", "publish-reaches-subscriber", "arguments", "matchers");
        assertThat(f.cases().get(5).steps()).hasSize(53);
    }

    @Test
    void everyFeatureIsValidForTheSchema() {
        assertThat(SpecSchema.load().problems(fixture("every-feature.yaml"))).isEmpty();
    }
}
