package io.redspec.load.cli;

import io.redspec.load.record.LoadRecorder;

import java.util.ArrayList;
import java.util.List;

/** The run's last line: PASSED, or FAILED with every reason (a run that could not check is not green). */
final class Verdict {

    private Verdict() {
    }

    static boolean passed(int gatlingStatus, LoadRecorder recorder) {
        return gatlingStatus == 0 && recorder.violatedInvariants().isEmpty() && recorder.unknownGating().isEmpty()
                && recorder.cleanUpFailure() == null && recorder.targetGone() == null;
    }

    static String of(int gatlingStatus, LoadRecorder recorder) {
        if (passed(gatlingStatus, recorder)) {
            return "PASSED";
        }
        List<String> reasons = new ArrayList<>();
        if (recorder.targetGone() != null) {
            reasons.add("the target went away, the load was stopped (" + recorder.targetGone() + ")"
                    + (recorder.cleanUpFailure() != null ? "; clean-up failed: " + recorder.cleanUpFailure() : ""));
        } else if (recorder.cleanUpFailure() != null) {
            reasons.add("the target went away (clean-up failed: " + recorder.cleanUpFailure() + ")");
        }
        if (!recorder.violatedInvariants().isEmpty()) {
            reasons.add("invariants violated " + recorder.violatedInvariants());
        }
        if (!recorder.unknownGating().isEmpty()) {
            reasons.add("invariants unknown " + recorder.unknownGating());
        }
        if (gatlingStatus != 0) {
            reasons.add("Gatling assertions failed");
        }
        return "FAILED: " + String.join("; ", reasons);
    }
}
