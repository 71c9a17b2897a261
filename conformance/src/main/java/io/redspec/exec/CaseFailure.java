package io.redspec.exec;

import org.opentest4j.AssertionFailedError;

/** A case that ran and got a wrong answer (as opposed to one that could not run). */
public final class CaseFailure extends AssertionFailedError implements FailureDetail.Carrier {
    private final transient FailureDetail detail;

    public CaseFailure(String message, FailureDetail detail) {
        super(message, detail.expected(), detail.actual());
        this.detail = detail;
    }

    public CaseFailure(String message) {
        super(message);
        this.detail = null;
    }

    /** Null for failures that are not about one step's reply (e.g. --mutate's "still passes"). */
    @Override
    public FailureDetail detail() {
        return detail;
    }

    /** The same failure with lines added that say which case it is and where its behaviour is documented. */
    CaseFailure withContext(String lines) {
        return detail != null ? new CaseFailure(getMessage() + lines, detail) : new CaseFailure(getMessage() + lines);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message says where: a Java stack trace would only hide it
    }
}
