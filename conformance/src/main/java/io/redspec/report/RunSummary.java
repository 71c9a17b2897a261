package io.redspec.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One run of the corpus against one target, as every report writer reads it (summary.json is this
 * record serialised; report.html, the console recap and the matrix read the same fields).
 *
 * @param notes            findings about the server said at the top of every report, e.g. that it
 *                         refused {@code HELLO 3} or reports no version
 * @param failingCommands  failures rolled up by the command of the failing step and their kind
 * @param commands         per spec command: case runs passed, failed, skipped
 * @param groups           per group and protocol: the overview at the top of report.html
 * @param cases            every case run with its status and one-line reason: what the matrix compares
 * @param baseline         how the failures compare with {@code --baseline FILE}; null without one
 * @param schema           the reply-schema check of RESP3 replies; null when run with {@code --no-schema}
 */
public record RunSummary(
        String target,
        Server server,
        List<String> notes,
        long total,
        long passed,
        long failed,
        long skipped,
        long acceptedWording,
        long durationMs,
        Integer leftoverKeys,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error,
        List<KindTotal> kinds,
        List<CommandRollup> failingCommands,
        List<CommandTotals> commands,
        List<GroupTotals> groups,
        List<Failure> failures,
        List<Failure> accepted,
        List<Skip> skips,
        List<CaseRun> cases,
        @JsonInclude(JsonInclude.Include.NON_NULL) BaselineResult baseline,
        @JsonInclude(JsonInclude.Include.NON_NULL) Schema schema) {

    public RunSummary withBaseline(BaselineResult b) {
        return new RunSummary(target, server, notes, total, passed, failed, skipped, acceptedWording, durationMs,
                leftoverKeys, error, kinds, failingCommands, commands, groups, failures, accepted, skips, cases, b, schema);
    }

    /** A target that could not be run at all (unreachable, no Docker engine, …): totals zero, {@code error} says why. */
    public static RunSummary notRun(String target, String error) {
        return new RunSummary(target, new Server(null, null, null), List.of(), 0, 0, 0, 0, 0, 0, null, error,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    }

    /** @param versionSource {@code info}, {@code override} ({@code --server-version}) or {@code unknown} */
    public record Server(String flavour, String version, String versionSource) {}

    /**
     * One failed (or, in {@code accepted}, accepted) case run.
     *
     * @param command     the command of the failing step; the spec file's command when no step was involved
     * @param kind        a {@link io.redspec.exec.FailureKind} id, e.g. {@code unknown_command}
     * @param severity    {@code major}, or {@code minor} for a wording difference
     * @param stepLine    the line of the failing step (0 when none)
     * @param versionGated the case or one of its steps is gated by version while the server reports none
     */
    public record Failure(String id, String file, int line, int protocol, String group, String command, String kind,
                          String severity, String phase, int stepLine, String expected, String actual,
                          String message, boolean versionGated) {}

    public record KindTotal(String kind, String label, long caseRuns) {}

    /** "LINSERT: unknown command → 44 case runs (22 cases)"; {@code ids} are the cases, RESP2/RESP3 merged. */
    public record CommandRollup(String command, String kind, String label, long caseRuns, long cases,
                                List<String> ids) {}

    public record CommandTotals(String command, String group, long runs, long passed, long failed, long skipped) {}

    /** @param passPercent passed of (passed + failed); null when nothing ran */
    public record GroupTotals(String group, int protocol, long runs, long passed, long failed, long skipped,
                              Double passPercent) {}

    public record Skip(String id, int protocol, String reason) {}

    /**
     * @param status {@code passed}, {@code failed} or {@code skipped}
     * @param reason for a failure {@code COMMAND: kind}, for a skip why; null for a pass
     */
    public record CaseRun(String id, int protocol, String group, String command, String status, String reason) {}

    public record CaseRef(String id, int protocol) {}

    /**
     * @param known       failures the baseline lists: they do not fail the run
     * @param newFailures failures it does not list: exit 1
     * @param fixed       entries whose case now passes: remove them from the baseline
     */
    public record BaselineResult(String file, List<CaseRef> known, List<CaseRef> newFailures, List<CaseRef> fixed) {}

    /**
     * @param checkedReplies RESP3 replies checked against a reply_schema (under {@code --mutate}, none of the steps')
     * @param violations     case runs failed with kind {@code schema_violation}
     * @param withoutSchema  commands sent whose metadata has no reply_schema: noted, never failed
     * @param branchesTaken  per command, the JSON pointers of the oneOf/anyOf branches replies took
     */
    public record Schema(long checkedReplies, long violations, List<String> withoutSchema,
                         java.util.Map<String, List<String>> branchesTaken) {}
}
