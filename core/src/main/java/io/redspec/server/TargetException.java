package io.redspec.server;

/** The target cannot be used: bad syntax, unreachable, wrong password, or the embedded server failed to start. */
public class TargetException extends RuntimeException {

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
