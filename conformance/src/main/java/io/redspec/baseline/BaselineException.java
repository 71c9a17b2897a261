package io.redspec.baseline;

/** A malformed baseline, as {@code file:line: reason}. */
public final class BaselineException extends RuntimeException {
    public BaselineException(String message) {
        super(message);
    }
}
