package io.redspec.exec;

import org.opentest4j.AssertionFailedError;

/** A case that ran and got a wrong answer (as opposed to one that could not run). */
public final class CaseFailure extends AssertionFailedError {
    public CaseFailure(String message, String expected, String actual) {
        super(message, expected, actual);
    }

    public CaseFailure(String message) {
        super(message);
    }

    /** The same failure with lines added that say which case it is and where its behaviour is documented. */
    CaseFailure withContext(String lines) {
        if (isExpectedDefined() && isActualDefined()) {
            return new CaseFailure(getMessage() + lines, getExpected().getStringRepresentation(),
                    getActual().getStringRepresentation());
        }
        return new CaseFailure(getMessage() + lines);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the message says where: a Java stack trace would only hide it
    }
}
