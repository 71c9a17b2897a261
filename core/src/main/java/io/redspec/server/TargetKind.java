package io.redspec.server;

import java.time.Duration;
import java.util.List;

/** One kind of {@code --target}: the forms it is written in, checked without connecting, and opened. */
interface TargetKind {

    /** The forms, for help texts and errors, e.g. {@code embedded:7.0}. */
    List<String> forms();

    /** Whether {@code text} is meant for this kind (by its prefix): then only this kind judges it. */
    boolean claims(String text);

    /**
     * Checks the form as typed, without connecting.
     *
     * @throws IllegalArgumentException one line naming the accepted forms; never the password
     */
    void check(String text);

    /**
     * Why this target cannot be run now, found cheaply and without starting anything (e.g. no Docker
     * engine for a {@code docker:} target); null when nothing is known against it.
     */
    default String unavailable(String text) {
        return null;
    }

    /** @throws TargetException (or IllegalArgumentException for a bad form) with one line */
    Target open(String text, Duration timeout, Target.Options options);
}
