package io.redspec.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.redspec.resp.RespFormatter;
import io.redspec.resp.RespValue;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A RESP3 reply as the JSON value its command's {@code reply_schema} describes — the mapping Redis's
 * own reply validator uses: map → object (keys as text), set and array → array, double → number
 * (inf and nan included), big number → string, null → null, boolean → boolean, simple, bulk and
 * verbatim string → string (bulk bytes read as UTF-8), integer → integer.
 */
public final class RespJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RespJson() {}

    /** True for the replies that are not checked: errors (schemas describe success) and pushes (no command's reply). */
    public static boolean unchecked(RespValue reply) {
        return reply instanceof RespValue.RespError || reply instanceof RespValue.RespPush;
    }

    public static JsonNode of(RespValue v) {
        if (v instanceof RespValue.SimpleString s) {
            return JSON.textNode(s.value());
        } else if (v instanceof RespValue.BulkString b) {
            return JSON.textNode(new String(b.bytes(), StandardCharsets.UTF_8));
        } else if (v instanceof RespValue.VerbatimString vs) {
            return JSON.textNode(new String(vs.bytes(), StandardCharsets.UTF_8));
        } else if (v instanceof RespValue.RespInteger i) {
            return JSON.numberNode(i.value());
        } else if (v instanceof RespValue.RespDouble d) {
            return JSON.numberNode(d.value());
        } else if (v instanceof RespValue.BigNumber n) {
            return JSON.textNode(n.value().toString());
        } else if (v instanceof RespValue.RespBoolean b) {
            return JSON.booleanNode(b.value());
        } else if (v instanceof RespValue.RespNull) {
            return JSON.nullNode();
        } else if (v instanceof RespValue.RespArray a) {
            return array(a.elements());
        } else if (v instanceof RespValue.RespSet s) {
            return array(s.elements());
        } else if (v instanceof RespValue.RespPush p) {
            return array(p.elements());
        } else if (v instanceof RespValue.RespMap m) {
            ObjectNode o = JSON.objectNode();
            m.entries().forEach(e -> o.set(key(e.getKey()), of(e.getValue())));
            return o;
        }
        // an error inside an array (EXEC, a script's table): its text, as the validator of Redis keeps it
        return JSON.textNode(((RespValue.RespError) v).message());
    }

    private static ArrayNode array(List<RespValue> elements) {
        ArrayNode a = JSON.arrayNode(elements.size());
        elements.forEach(e -> a.add(of(e)));
        return a;
    }

    private static String key(RespValue k) {
        JsonNode n = of(k);
        return n.isTextual() ? n.textValue() : n.isValueNode() ? n.asText() : RespFormatter.format(k);
    }
}
