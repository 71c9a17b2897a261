package io.redspec.load.cli;

import io.redspec.load.record.LoadRecorder;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints one live status line a second while a run goes on: elapsed time, requests, current
 * requests/s, KOs and invariant violations so far. Rewrites the line in place on a terminal,
 * prints a new line every 5 seconds otherwise (CI logs).
 */
final class ProgressLine implements AutoCloseable {

    private final PrintStream out;
    private final String scenario;
    private final double plannedSeconds;
    private final boolean terminal;
    private final Thread thread;
    private volatile boolean running = true;

    ProgressLine(PrintStream out, String scenario, double plannedSeconds) {
        this.out = out;
        this.scenario = scenario;
        this.plannedSeconds = plannedSeconds;
        this.terminal = System.console() != null;
        this.thread = new Thread(this::loop, "redspec-progress");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        long start = System.nanoTime();
        long lastCount = 0;
        int tick = 0;
        while (running) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            if (!running) {
                return;
            }
            tick++;
            LoadRecorder r = LoadRecorder.current();
            long count = r.commandsOk() + r.commandsKo();
            long violations = r.violatedInvariants().values().stream().mapToLong(Long::longValue).sum();
            // once requests stop coming the load is over and Gatling is writing its report
            boolean finishing = count > 0 && count == lastCount;
            String line = finishing
                    ? String.format(Locale.ROOT, "[load %s] load done, writing the report  requests %,d  ko %,d  violations %,d",
                            scenario, count, r.commandsKo(), violations)
                    : String.format(Locale.ROOT, "[load %s] %4.0fs/%.0fs  requests %,d  %,d req/s  ko %,d  violations %,d",
                            scenario, (System.nanoTime() - start) / 1e9, plannedSeconds, count, count - lastCount,
                            r.commandsKo(), violations);
            lastCount = count;
            if (terminal) {
                out.print("\r" + line + "   ");
                out.flush();
            } else if (tick % 5 == 0) {
                out.println(line);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        if (terminal) {
            out.println();
        }
    }
}
