package io.redspec.report;

/** What happened to one case under one protocol, as the reports need it. */
public record CaseResult(String id, String file, int line, int protocol, String status, String message,
                         long durationMs) {
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";
}
