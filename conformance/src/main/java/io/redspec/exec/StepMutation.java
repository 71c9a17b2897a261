package io.redspec.exec;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code --mutate=steps}: each case is run once as it is, then once per checked step and wrong answer
 * ({@link WrongAnswers.Kind}) with only that step's reply made wrong, until the case notices. A step
 * that notices none of the kinds asserts too little. Counts the steps over the whole run for the
 * summary's step-level figure.
 */
public final class StepMutation {
    private final AtomicLong checked = new AtomicLong();
    private final AtomicLong noticed = new AtomicLong();

    void record(int checkedSteps, int noticedSteps) {
        checked.addAndGet(checkedSteps);
        noticed.addAndGet(noticedSteps);
    }

    public long checked() {
        return checked.get();
    }

    public long noticed() {
        return noticed.get();
    }

    /** The step-level figure, for the reports. */
    public String figure() {
        return "per-step mutate: " + noticed() + " of " + checked() + " checked steps notice a wrong answer"
                + (checked() == noticed() ? "" : "; " + (checked() - noticed()) + " do not (their cases fail)");
    }

    /** Which checked step (0-based, in run order) gets which wrong answer in one re-run. */
    record Plan(int step, WrongAnswers.Kind kind) {}
}
