package io.redspec.load.cli;

import io.redspec.load.record.LoadRecorder;
import io.redspec.load.record.RequestKind;
import io.redspec.load.record.RequestStats;

import java.util.Map;

/**
 * A user's simulation gates as the built-in ones do: each {@code Redis.check(name, …)} is a
 * must-be-zero invariant {@code check.<name>} counting its KOs, next to any invariant the
 * simulation declared itself.
 */
final class CheckGates {

    private CheckGates() {
    }

    static void declare(LoadRecorder recorder) {
        for (Map.Entry<String, RequestStats> e : recorder.requests().entrySet()) {
            if (e.getValue().kind() == RequestKind.CHECK) {
                String invariant = "check." + e.getKey();
                if (!recorder.invariants().containsKey(invariant)) {
                    recorder.declareInvariant(invariant, true);
                    recorder.countInvariant(invariant, e.getValue().ko());
                }
            }
        }
    }
}
