package io.redspec.engine;

import io.redspec.exec.CaseRunner;
import io.redspec.exec.Leftovers;
import io.redspec.exec.RunKeys;
import io.redspec.exec.RunSettings;
import io.redspec.server.Target;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Where the whole-server cases run. On a target the run owns and can copy (an embedded server), a
 * second server of the same build starts in the background as the run begins; those cases then run
 * there, one at a time, while the shared cases run on the first, instead of in a serial phase after
 * them (3.6 s of a 14.7 s run, measured). A case still has a whole server to itself: no other case
 * ever talks to the twin. Without a twin (a URI target, or one that did not start) they run on the
 * target after every shared case, as before.
 */
final class WholeServerTwin {
    /** Where one whole-server case runs, and whether it must wait for the shared cases first. */
    record Place(RunSettings settings, boolean afterShared) {}

    private final RunSettings main;
    private final CompletableFuture<Started> twin;

    /** {@code description} is taken at the start: a case may kill the twin, and the note must not need it alive. */
    private record Started(Target target, RunSettings settings, String description) {}

    private WholeServerTwin(RunSettings main, CompletableFuture<Started> twin) {
        this.main = main;
        this.twin = twin;
    }

    /** Starts the twin when there are whole-server cases and the target has one. */
    static WholeServerTwin start(Target target, RunSettings main, long wholeServerCases) {
        if (wholeServerCases == 0 || main.cluster()) {
            return new WholeServerTwin(main, null);
        }
        CompletableFuture<Started> twin = CompletableFuture.supplyAsync(() -> {
            Target t = target.twin();
            if (t == null) {
                return null;
            }
            try {
                return new Started(t, main.onServer(t.endpoint(), RunKeys.of(t.endpoint(), main.timeout())), t.description());
            } catch (RuntimeException e) {
                t.close();
                throw e;
            }
        });
        return new WholeServerTwin(main, twin);
    }

    /** The twin once it has started, else the target after the shared cases. */
    Place place() {
        Started s = started();
        return s == null ? new Place(main, true) : new Place(s.settings(), false);
    }

    /** For the report: where the whole-server cases ran, or why not on a twin; null when nothing to say. */
    String note() {
        if (twin == null) {
            return null;
        }
        try {
            Started s = twin.join();
            return s == null ? null : "whole-server cases ran one at a time on a second server of the same build ("
                    + s.description() + "), alongside the shared cases";
        } catch (CompletionException e) {
            return "a second server for the whole-server cases did not start (" + e.getCause().getMessage()
                    + "): they ran on the target, after the shared cases";
        }
    }

    /** Leftover keys of the run (deleted) and one line per database and case that left them. */
    record Swept(int count, List<String> lines) {}

    /** The twin's leftover keys; none without a twin, or when it cannot be reached (a case crashed it). */
    Swept sweepLeftovers() {
        Started s = started();
        if (s == null) {
            return new Swept(0, List.of());
        }
        try {
            Leftovers left = CaseRunner.sweepLeftovers(s.settings());
            return new Swept(left.count(), left.lines(s.settings().keys()).stream().map(l -> l + " (on the second server)").toList());
        } catch (IOException e) {
            return new Swept(0, List.of()); // the cases that met the dead twin already failed, saying so
        }
    }

    /** Stops the twin, started or still starting. */
    void close() {
        Started s = started();
        if (s != null) {
            s.target().close();
        }
    }

    private Started started() {
        if (twin == null) {
            return null;
        }
        try {
            return twin.join();
        } catch (CompletionException e) {
            return null;
        }
    }
}
