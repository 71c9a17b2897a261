package io.redspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.redspec.coverage.CommandMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code reply_schema} of each command and subcommand of the vendored metadata, compiled on first
 * use. Draft 2019-09: the schemas use the tuple form of {@code items} with {@code additionalItems},
 * which 2020-12 dropped.
 */
public final class ReplySchemas {
    private static volatile ReplySchemas bundled;

    private final CommandMetadata metadata;
    private final Map<String, JsonNode> schemas;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09);
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    ReplySchemas(CommandMetadata metadata, Map<String, JsonNode> schemas) {
        this.metadata = metadata;
        this.schemas = Map.copyOf(schemas);
    }

    /** The metadata bundled with Redspec, read once per JVM. */
    public static ReplySchemas bundled() {
        if (bundled == null) {
            synchronized (ReplySchemas.class) {
                if (bundled == null) {
                    bundled = new ReplySchemas(CommandMetadata.load(), CommandMetadata.replySchemas());
                }
            }
        }
        return bundled;
    }

    /** The metadata name of the command a step sent ({@code OBJECT ENCODING}); empty when unknown. */
    public Optional<String> commandOf(List<byte[]> sent) {
        if (sent == null || sent.isEmpty()) {
            return Optional.empty();
        }
        String first = new String(sent.get(0), StandardCharsets.UTF_8);
        String second = sent.size() > 1 ? new String(sent.get(1), StandardCharsets.UTF_8) : null;
        return metadata.resolve(first, second).map(c -> c.name());
    }

    /** The schema as written in the metadata; null when the command has none. */
    public JsonNode schemaNode(String command) {
        return schemas.get(command);
    }

    public Map<String, JsonNode> all() {
        return schemas;
    }

    public CommandMetadata metadata() {
        return metadata;
    }

    /** A compiled schema: the command's whole one ({@code pointer} "") or one of its branches. */
    Schema compiled(String command, String pointer, JsonNode node) {
        return compiled.computeIfAbsent(command + "#" + pointer, k -> registry.getSchema(node));
    }
}
