package io.redspec.report;

import io.redspec.exec.FailureDetail;
import java.util.List;

/**
 * What happened to one case under one protocol, as the reports need it.
 *
 * @param detail   for a failed run: its kind, command, expected and actual (null if it carries none)
 * @param accepted error-wording differences let through by --lenient-error-text
 */
public record CaseResult(String id, String file, int line, int protocol, String status, String message,
                         long durationMs, FailureDetail detail, List<FailureDetail> accepted) {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public CaseResult {
        accepted = accepted == null ? List.of() : List.copyOf(accepted);
    }
}
