package io.redspec.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.coverage.CommandMetadata;
import io.redspec.resp.RespValue;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check must be able to fail: wrong-shaped replies against the bundled schemas are caught with
 * the JSON path of the offending part; right-shaped ones pass and record the branch they take.
 */
class ReplyCheckTest {
    private final ReplyCheck check = new ReplyCheck(ReplySchemas.bundled());

    private static List<byte[]> cmd(String... words) {
        return Arrays.stream(words).map(w -> w.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private static RespValue bulk(String s) {
        return new RespValue.BulkString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static RespValue map(RespValue... kv) {
        List<Map.Entry<RespValue, RespValue>> entries = new java.util.ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            entries.add(new AbstractMap.SimpleEntry<>(kv[i], kv[i + 1]));
        }
        return new RespValue.RespMap(entries);
    }

    @Test
    void aMapSentAsAFlatArrayIsCaught() {
        List<byte[]> hgetall = cmd("HGETALL", "k");
        assertThat(check.check(hgetall, map(bulk("f"), bulk("v")))).isNull();
        SchemaViolation v = check.check(hgetall, new RespValue.RespArray(List.of(bulk("f"), bulk("v"))));
        assertThat(v).isNotNull();
        assertThat(v.command()).isEqualTo("HGETALL");
        assertThat(v.path()).isEqualTo("$");
        assertThat(v.toString()).contains("array found, object expected");
    }

    @Test
    void aDoubleSentAsABulkStringIsCaught() {
        List<byte[]> zscore = cmd("ZSCORE", "k", "m");
        assertThat(check.check(zscore, new RespValue.RespDouble(1.5, "1.5"))).isNull();
        assertThat(check.check(zscore, bulk("1.5"))).isNotNull();
    }

    @Test
    void aMissingPartIsCaughtAtItsPath() {
        List<byte[]> scan = cmd("SCAN", "0");
        assertThat(check.check(scan, new RespValue.RespArray(List.of(bulk("0"), new RespValue.RespArray(List.of(bulk("a")))))))
                .isNull();
        SchemaViolation noKeys = check.check(scan, new RespValue.RespArray(List.of(bulk("0"))));
        assertThat(noKeys).isNotNull();
        SchemaViolation wrongKey = check.check(scan,
                new RespValue.RespArray(List.of(bulk("0"), new RespValue.RespArray(List.of(new RespValue.RespInteger(1))))));
        assertThat(wrongKey.path()).isEqualTo("$[1][0]");
    }

    @Test
    void aMapMissingARequiredFieldIsCaught() throws Exception {
        // no bundled schema lists required properties (a README finding), so this one is made up
        var schema = new ObjectMapper().readTree("{\"type\":\"object\",\"required\":[\"name\"]}");
        ReplyCheck own = new ReplyCheck(new ReplySchemas(CommandMetadata.load(), Map.of("XINFO STREAM", schema)));
        List<byte[]> xinfo = cmd("XINFO", "STREAM", "k");
        assertThat(own.check(xinfo, map(bulk("name"), bulk("x")))).isNull();
        assertThat(own.check(xinfo, map(bulk("other"), bulk("x"))).toString()).contains("name");
    }

    /**
     * The documented limit (README): no bundled schema lists required properties, and requiring every
     * declared one is not sound (a 6.2 server's XINFO GROUPS has no entries-read or lag, added in 7.0),
     * so a map missing a field passes; a field the schema does not declare is still caught
     * (additionalProperties: false), and so is a declared field of the wrong type.
     */
    @Test
    void aMissingMapFieldPassesTheBundledSchemaButAnUnknownOrWrongOneIsCaught() {
        List<byte[]> groups = cmd("XINFO", "GROUPS", "k");
        RespValue full = map(bulk("name"), bulk("g"), bulk("consumers"), new RespValue.RespInteger(0),
                bulk("pending"), new RespValue.RespInteger(0), bulk("last-delivered-id"), bulk("0-0"),
                bulk("entries-read"), new RespValue.RespNull(RespValue.RespNull.Kind.NULL),
                bulk("lag"), new RespValue.RespInteger(0));
        RespValue asOn62 = map(bulk("name"), bulk("g"), bulk("consumers"), new RespValue.RespInteger(0),
                bulk("pending"), new RespValue.RespInteger(0), bulk("last-delivered-id"), bulk("0-0"));
        assertThat(check.check(groups, new RespValue.RespArray(List.of(full)))).isNull();
        assertThat(check.check(groups, new RespValue.RespArray(List.of(asOn62)))).as("missing fields pass").isNull();
        RespValue unknown = map(bulk("name"), bulk("g"), bulk("lagging"), new RespValue.RespInteger(0));
        SchemaViolation extra = check.check(groups, new RespValue.RespArray(List.of(unknown)));
        assertThat(extra.path()).isEqualTo("$[0]");
        assertThat(extra.toString()).contains("lagging");
        RespValue wrongType = map(bulk("name"), bulk("g"), bulk("pending"), bulk("0"));
        assertThat(check.check(groups, new RespValue.RespArray(List.of(wrongType))).path()).isEqualTo("$[0].pending");
    }

    @Test
    void subcommandsUseTheirOwnSchema() {
        List<byte[]> encoding = cmd("OBJECT", "ENCODING", "k");
        assertThat(check.check(encoding, bulk("listpack"))).isNull();
        SchemaViolation v = check.check(encoding, new RespValue.RespInteger(1));
        assertThat(v.command()).isEqualTo("OBJECT ENCODING");
    }

    @Test
    void errorsQueuedAndSchemalessCommandsAreNotFailed() {
        assertThat(check.check(cmd("HGETALL", "k"), new RespValue.RespError("WRONGTYPE x", false))).isNull();
        assertThat(check.check(cmd("HGETALL", "k"), new RespValue.SimpleString("QUEUED"))).isNull();
        assertThat(check.check(cmd("PFDEBUG", "GETREG", "k"), new RespValue.RespInteger(1))).isNull();
        assertThat(check.hits().withoutSchema()).contains("PFDEBUG");
    }

    @Test
    void theBranchesAReplyTakesAreRecorded() {
        List<byte[]> zadd = cmd("ZADD", "k", "1", "m");
        check.check(zadd, new RespValue.RespInteger(1));
        check.check(zadd, new RespValue.RespNull(RespValue.RespNull.Kind.NULL));
        // the two integer branches (added, changed with CH) have one shape: both are taken
        assertThat(check.hits().taken().get("ZADD")).containsExactly("/anyOf/0", "/anyOf/1", "/anyOf/2");
        assertThat(check.hits().checkedReplies()).isEqualTo(2);
    }

    @Test
    void jsonPathsReadLikePaths() {
        assertThat(JsonPaths.of("")).isEqualTo("$");
        assertThat(JsonPaths.of("/1/name/0")).isEqualTo("$[1].name[0]");
    }
}
