package io.redspec.exec;

import java.util.Locale;

/**
 * What kind of deviation a failed case run shows, so that reports can roll failures up by cause
 * rather than by spec file. {@link #ERROR_WORDING} is the one lesser severity: the server got the
 * behaviour and the error code right and only words the message differently. Reports treat kinds
 * generically (label, id, severity), so a new kind needs no change in any writer.
 */
public enum FailureKind {
    UNKNOWN_COMMAND("unknown command"),
    WRONG_VALUE("wrong value"),
    WRONG_TYPE("wrong reply type"),
    ERROR_CODE("missing or wrong error code"),
    ERROR_WORDING("same error code, other wording"),
    ERROR_INSTEAD_OF_VALUE("error where a value is due"),
    TIMEOUT("timeout"),
    CANNOT_CONNECT("cannot connect"),
    CLIENT_EXCEPTION("exception in Redspec"),
    PROTOCOL_ERROR("protocol error"),
    SETUP_FAILURE("setup failure"),
    /** The reply passed the case's matchers (or had none) but is outside its command's reply_schema. */
    SCHEMA_VIOLATION("reply outside its reply schema");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** For people: {@code unknown command}. */
    public String label() {
        return label;
    }

    /** For files: {@code unknown_command}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code minor} for a wording difference, else {@code major}. */
    public String severity() {
        return this == ERROR_WORDING ? "minor" : "major";
    }
}
