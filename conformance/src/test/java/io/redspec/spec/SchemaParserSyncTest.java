package io.redspec.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The schema names exactly the fields the parser knows. When the parser learns a field (as it did
 * {@code modes}), this fails until the schema describes it too, so editors never flag valid files.
 */
class SchemaParserSyncTest {

    private static final Pattern ALLOWED = Pattern.compile("\\(allowed: ([^)]*)\\)");

    /** The parser's own list of allowed fields, read from its "unknown field" message. */
    static List<String> parserFields(String yaml) {
        SpecException e = catchThrowableOfType(SpecException.class,
                () -> new SpecParser().parse(yaml, java.nio.file.Path.of("t.yaml"), "t.yaml", "t"));
        assertThat(e).isNotNull();
        Matcher m = ALLOWED.matcher(e.reason());
        assertThat(m.find()).as(e.reason()).isTrue();
        return List.of(m.group(1).split(", "));
    }

    static List<String> schemaFields(String... path) {
        JsonNode n = SpecSchema.schemaJson();
        for (String p : path) {
            n = n.get(p);
        }
        List<String> out = new ArrayList<>();
        n.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void fileFields() {
        assertThat(schemaFields()).containsExactlyInAnyOrderElementsOf(parserFields("zzz: 1\ncases: []\n"));
    }

    @Test
    void caseFields() {
        assertThat(schemaFields("$defs", "case"))
                .containsExactlyInAnyOrderElementsOf(parserFields("cases:\n  - zzz: 1\n"));
    }

    @Test
    void stepFields() {
        assertThat(schemaFields("$defs", "step"))
                .containsExactlyInAnyOrderElementsOf(parserFields("cases:\n  - {id: a, name: n, behaviour: b, steps: [{zzz: 1}]}\n"));
    }

    @Test
    void argumentFields() {
        assertThat(schemaFields("$defs", "arg"))
                .containsExactlyInAnyOrderElementsOf(parserFields("cases:\n  - {id: a, name: n, behaviour: b, steps: [{send: [X, {zzz: 1}]}]}\n"));
    }

    @Test
    void matcherNames() {
        assertThat(schemaFields("$defs", "typedMatcher")).containsExactlyInAnyOrderElementsOf(MatcherParser.NAMES);
    }

    @Test
    void typeNames() {
        List<String> schemaTypes = new ArrayList<>();
        SpecSchema.schemaJson().at("/$defs/typedMatcher/properties/type/enum").forEach(t -> schemaTypes.add(t.asText()));
        assertThat(schemaTypes).containsExactlyElementsOf(io.redspec.match.PredicateMatchers.TypeIs.NAMES);
    }

    @Test
    void flavoursAndModes() {
        List<String> flavours = new ArrayList<>();
        SpecSchema.schemaJson().at("/$defs/flavour/enum").forEach(t -> flavours.add(t.asText()));
        assertThat(flavours).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(io.redspec.server.Flavour.values()).map(io.redspec.server.Flavour::id).toList());
        List<String> modes = new ArrayList<>();
        SpecSchema.schemaJson().at("/$defs/mode/enum").forEach(t -> modes.add(t.asText()));
        assertThat(modes).containsExactlyInAnyOrderElementsOf(Gate.MODES);
    }

    @Test
    void limits() {
        JsonNode step = SpecSchema.schemaJson().at("/$defs/step/properties");
        assertThat(step.at("/sleep/maximum").asInt()).isEqualTo(StepParser.MAX_SLEEP_MS);
        assertThat(step.at("/silence/maximum").asInt()).isEqualTo(StepParser.MAX_SLEEP_MS);
        assertThat(step.at("/within/maximum").asInt()).isEqualTo(StepParser.MAX_WITHIN_MS);
        assertThat(step.at("/timeout/maximum").asInt()).isEqualTo(StepParser.MAX_TIMEOUT_MS);
    }
}
