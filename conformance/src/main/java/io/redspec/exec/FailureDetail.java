package io.redspec.exec;

/**
 * The structured side of a failed case run: its kind, the command of the failing step (not the spec
 * file's command), where the step is, and what was expected and received in redis-cli notation.
 *
 * @param phase    {@code setup}, {@code step} or {@code teardown}
 * @param command  e.g. {@code LINSERT} or {@code OBJECT ENCODING}; null when no command was involved
 * @param stepLine the line of the step in the spec file; 0 when unknown
 */
public record FailureDetail(FailureKind kind, String command, String phase, int stepLine, String expected,
                            String actual) {

    /** Anything thrown by a case run that carries a {@link FailureDetail}. */
    public interface Carrier {
        FailureDetail detail();
    }
}
