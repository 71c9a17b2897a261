package io.redspec.exec;

import java.io.IOException;

/** A case run that could not talk to the server (connection lost, a reply that is not RESP). */
public final class CaseConnectionFailure extends IOException implements FailureDetail.Carrier {
    private final FailureDetail detail;

    public CaseConnectionFailure(String message, FailureDetail detail, Throwable cause) {
        super(message, cause);
        this.detail = detail;
    }

    @Override
    public FailureDetail detail() {
        return detail;
    }
}
