package io.redspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.redspec.resp.RespValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks RESP3 replies against their command's reply schema and records the branches they take.
 * One per run; safe for concurrent cases.
 */
public final class ReplyCheck {
    private static final int MAX_PROBLEMS = 3;
    private static final RespValue QUEUED = new RespValue.SimpleString("QUEUED");

    private final ReplySchemas schemas;
    private final BranchHits hits = new BranchHits();

    public ReplyCheck(ReplySchemas schemas) {
        this.schemas = schemas;
    }

    public BranchHits hits() {
        return hits;
    }

    /** Null when the reply fits (or is an error or push, or its command has no schema). */
    public SchemaViolation check(List<byte[]> sent, RespValue reply) {
        if (RespJson.unchecked(reply) || QUEUED.equals(reply)) {
            return null; // QUEUED inside MULTI is not the command's reply: EXEC carries that
        }
        String command = schemas.commandOf(sent).orElse(null);
        if (command == null) {
            return null; // an unknown command: the matchers (or the server's error) say so
        }
        JsonNode schema = schemas.schemaNode(command);
        if (schema == null) {
            hits.withoutSchema(command);
            return null;
        }
        hits.checked();
        JsonNode value = RespJson.of(reply);
        List<Error> errors = schemas.compiled(command, "", schema).validate(value);
        if (!errors.isEmpty()) {
            return violation(command, errors);
        }
        Set<String> taken = new HashSet<>();
        SchemaBranches.taken(schema, "", value, (ptr, v) -> valid(command, schema, ptr, v), taken);
        hits.taken(command, taken);
        return null;
    }

    private boolean valid(String command, JsonNode schema, String pointer, JsonNode value) {
        Schema branch = schemas.compiled(command, pointer, schema.at(pointer));
        return branch.validate(value).isEmpty();
    }

    private static SchemaViolation violation(String command, List<Error> errors) {
        String path = JsonPaths.of(errors.get(0).getInstanceLocation().toString());
        String problem = errors.stream().limit(MAX_PROBLEMS).map(JsonPaths::message).collect(Collectors.joining("; "))
                + (errors.size() > MAX_PROBLEMS ? "; and " + (errors.size() - MAX_PROBLEMS) + " more" : "");
        return new SchemaViolation(command, path, problem);
    }


}
