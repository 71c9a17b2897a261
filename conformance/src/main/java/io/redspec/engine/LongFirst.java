package io.redspec.engine;

import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import io.redspec.spec.Step;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The order cases are handed to the pool: the whole-server cases first (on a twin server they are one
 * serial chain, which must start early to end before the shared cases do), then the ones that wait
 * (sleep, silence, within), so the end of a run is not one slow case started last while the other
 * workers idle. Stable: cases that do not wait keep their file order.
 */
final class LongFirst {
    private LongFirst() {}

    /** Milliseconds a case is known to spend waiting: its sleeps and silences, and its within limits. */
    static long waitMs(SpecCase c) {
        return Stream.of(c.setup(), c.steps(), c.teardown()).flatMap(List::stream).mapToLong(s -> waitMs(s)).sum();
    }

    private static long waitMs(Step s) {
        if (s instanceof Step.Sleep sleep) {
            return sleep.ms();
        }
        if (s instanceof Step.Silence silence) {
            return silence.ms();
        }
        if (s instanceof Step.Send send && send.withinMs() != null) {
            return send.withinMs();
        }
        return 0;
    }

    static List<SpecCase> cases(SpecFile f) {
        return f.cases().stream().sorted(Comparator.comparing((SpecCase c) -> !wholeServer(c))
                .thenComparingLong(c -> -waitMs(c))).toList();
    }

    static List<SpecFile> files(List<SpecFile> files) {
        return files.stream().sorted(Comparator.comparing((SpecFile f) -> f.cases().stream().noneMatch(LongFirst::wholeServer))
                .thenComparingLong(f -> -longestWaitMs(f))).toList();
    }

    private static boolean wholeServer(SpecCase c) {
        return c.exclusive() && c.exclusiveResources().isEmpty();
    }

    private static long longestWaitMs(SpecFile f) {
        return f.cases().stream().mapToLong(c -> waitMs(c)).max().orElse(0);
    }
}
