package io.redspec.spec;

/** A malformed spec: carries the file and line so the message reads {@code spec/x.yaml:12: reason}. */
public final class SpecException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public SpecException(String file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() { return file; }
    public int line() { return line; }
    public String reason() { return reason; }
}
