package io.redspec.schema;

/**
 * A RESP3 reply outside its command's reply schema.
 *
 * @param command the metadata name, e.g. {@code OBJECT ENCODING}
 * @param path    the JSON path of the offending part of the reply, {@code $} for the whole
 * @param problem what the schema library says is wrong, each problem led by its own JSON path
 */
public record SchemaViolation(String command, String path, String problem) {
    @Override
    public String toString() {
        return "reply outside the reply_schema of " + command + ": " + problem;
    }
}
