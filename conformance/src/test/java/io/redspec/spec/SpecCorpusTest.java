package io.redspec.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Every spec file of the repository is accepted by both the JSON Schema and the parser. */
class SpecCorpusTest {

    private static final Pattern MODELINE = Pattern.compile("^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)");

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

    /** Editors show descriptions on hover and in completion lists, so every property needs one. */
    @Test
    void everyPropertyOfTheSchemaHasADescription() {
        List<String> missing = new ArrayList<>();
        collectUndescribed(SpecSchema.schemaJson(), "#", missing);
        assertThat(missing).isEmpty();
    }

    private static void collectUndescribed(JsonNode node, String at, List<String> missing) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                props.fields().forEachRemaining(e -> {
                    if (e.getValue().isObject() && !e.getValue().has("description")) {
                        missing.add(at + "/properties/" + e.getKey());
                    }
                });
            }
            // Conditions of if/then only test a value; they declare nothing an editor would show.
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("if")) {
                    collectUndescribed(e.getValue(), at + "/" + e.getKey(), missing);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndescribed(node.get(i), at + "/" + i, missing);
            }
        }
    }

    /** The first-line modeline of a spec file must lead the editor to this schema. */
    @TestFactory
    Stream<DynamicTest> modelinesPointAtTheSchema() throws IOException {
        Path root = SpecSchema.specRoot();
        Path schemaFile = SpecSchema.schemaFile().toRealPath();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : specFiles()) {
            String first = Files.readAllLines(p).stream().findFirst().orElse("");
            Matcher m = MODELINE.matcher(first);
            if (m.find()) {
                tests.add(DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
                    Path target = p.getParent().resolve(m.group(1)).normalize();
                    assertThat(Files.exists(target) && target.toRealPath().equals(schemaFile))
                            .as(root.relativize(p) + ": " + m.group(1) + " is not " + schemaFile).isTrue();
                }));
            }
        }
        return tests.stream();
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
