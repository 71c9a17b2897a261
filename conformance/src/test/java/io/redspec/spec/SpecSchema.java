package io.redspec.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.redspec.schema.JsonPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The spec files' JSON Schema applied the way an editor applies it: the YAML is loaded into plain
 * maps and lists (with the parser's own YAML settings, so scalars get the same types), turned into a
 * JSON tree and validated. Jackson's YAML module is not on the classpath, hence snakeyaml-engine.
 */
final class SpecSchema {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schema schema;

    private SpecSchema(Schema schema) {
        this.schema = schema;
    }

    /** The repository's spec/ directory: set by Surefire, else ../spec relative to the module. */
    static Path specRoot() {
        String configured = System.getProperty("redspec.specRoot");
        return Path.of(configured != null ? configured : "../spec").toAbsolutePath().normalize();
    }

    static Path schemaFile() {
        return specRoot().resolve("schema/redspec-spec.schema.json");
    }

    static JsonNode schemaJson() {
        try {
            return JSON.readTree(Files.readString(schemaFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecSchema load() {
        return new SpecSchema(registry().getSchema(schemaJson()));
    }

    /** Problems with the schema itself, checked against the draft 2020-12 meta-schema. */
    static List<String> metaSchemaProblems() {
        Schema meta = registry().getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        return messages(meta.validate(schemaJson()));
    }

    /** Every problem the schema finds in the file; empty when it is valid. */
    List<String> problems(Path yamlFile) {
        try {
            return problems(Files.readString(yamlFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> problems(String yamlText) {
        JsonNode tree;
        try {
            Object doc = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(yamlText);
            tree = JSON.valueToTree(textKeys(doc, Collections.newSetFromMap(new IdentityHashMap<>())));
        } catch (YamlEngineException | IllegalArgumentException e) {
            return List.of("not loadable as JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return messages(schema.validate(tree));
    }

    /**
     * Mapping keys as text, the way the parser and editors read them: {@code {null: array}} has the key
     * "null", which YAML would otherwise load as a null key that JSON cannot hold. A recursive alias
     * ({@code &a [*a]}) has no JSON form and is reported instead of overflowing the stack.
     */
    private static Object textKeys(Object v, Set<Object> enclosing) {
        if (!(v instanceof Map<?, ?>) && !(v instanceof List<?>)) {
            return v;
        }
        if (!enclosing.add(v)) {
            throw new IllegalArgumentException("recursive alias: a node contains itself");
        }
        Object out;
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(String.valueOf(k), textKeys(x, enclosing)));
            out = copy;
        } else {
            out = ((List<?>) v).stream().map(x -> textKeys(x, enclosing)).toList();
        }
        enclosing.remove(v);
        return out;
    }

    private static SchemaRegistry registry() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    }

    /** "$.path: problem": the form the tests (and the 1.x line of the library) use. */
    private static List<String> messages(List<Error> found) {
        return found.stream().map(JsonPaths::message).sorted().toList();
    }
}
