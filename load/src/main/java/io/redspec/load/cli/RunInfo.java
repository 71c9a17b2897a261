package io.redspec.load.cli;

import java.nio.file.Path;

/** What was run, for the summary: the recorder holds what happened. */
record RunInfo(String scenario, String target, int users, double durationSeconds, String connections, String protocol,
               Path gatlingReport, int gatlingStatus) {
}
