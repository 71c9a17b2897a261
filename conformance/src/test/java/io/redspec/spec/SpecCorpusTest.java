package io.redspec.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Every spec file of the repository is accepted by both the JSON Schema and the parser. */
class SpecCorpusTest {

    private static SpecSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = SpecSchema.load();
    }

    static List<Path> specFiles() {
        List<SpecException> errors = new ArrayList<>();
        List<Path> files = SpecLoader.yamlFiles(SpecSchema.specRoot(), errors);
        assertThat(errors).as("listing " + SpecSchema.specRoot()).isEmpty();
        return files;
    }

    @Test
    void schemaIsAValidDraft202012Schema() {
        assertThat(SpecSchema.metaSchemaProblems()).isEmpty();
    }

    @Test
    void theCorpusIsFound() {
        assertThat(specFiles()).as("spec files under " + SpecSchema.specRoot()).hasSizeGreaterThan(10);
    }

    @TestFactory
    Stream<DynamicTest> everySpecFileIsValidForTheSchema() {
        Path root = SpecSchema.specRoot();
        return specFiles().stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(),
                () -> assertThat(schema.problems(p)).as(root.relativize(p).toString()).isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everySpecFileParses() {
        Path root = SpecSchema.specRoot();
        return specFiles().stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
            String rel = root.relativize(p).toString();
            SpecFile file = new SpecParser().parse(p, rel, rel.replaceFirst("\\.ya?ml$", ""));
            assertThat(file.cases()).isNotEmpty();
        }));
    }
}
