package io.redspec.report;

import io.redspec.exec.FailureDetail;
import io.redspec.exec.FailureKind;

/**
 * The structured detail of whatever a failed case run threw: its own when it carries one; for an
 * exception that is not a finding about the server (a bug or limit of Redspec itself) the kind
 * {@link FailureKind#CLIENT_EXCEPTION}, so it is never counted as the server's wrong answer.
 */
final class FailureDetails {
    private FailureDetails() {}

    /** Null for an assertion without detail (e.g. --mutate's "still passes"): counted as a wrong value. */
    static FailureDetail of(Throwable t) {
        if (t instanceof FailureDetail.Carrier c) {
            return c.detail();
        }
        if (t instanceof AssertionError) {
            return null;
        }
        String text = t.getClass().getSimpleName() + (t.getMessage() != null ? ": " + t.getMessage() : "");
        return new FailureDetail(FailureKind.CLIENT_EXCEPTION, null, null, 0, null, text);
    }
}
