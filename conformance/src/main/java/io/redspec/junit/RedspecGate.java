package io.redspec.junit;

import io.redspec.engine.RedspecConfig;
import io.redspec.engine.RedspecTestEngine;
import io.redspec.report.SummaryBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs Redspec from a server project's own Maven build so that a failing case fails the build.
 *
 * <p>Why not {@code @Suite @IncludeEngines("redspec")}: Surefire counts only tests that sit under a
 * class-sourced container, and spec cases have file sources, so it printed "Tests run: 0" and
 * BUILD SUCCESS while cases failed. Here the cases run in a nested launcher and come back as
 * Jupiter dynamic tests of the calling class, which Surefire counts, fails and writes to JUnit XML:
 *
 * <pre>{@code
 * @TestFactory Stream<DynamicTest> conformance() {
 *     return RedspecGate.run(Map.of("redspec.target", "redis://127.0.0.1:6399"), Path.of("redspec/spec"));
 * }
 * }</pre>
 */
public final class RedspecGate {
    private RedspecGate() {}

    /**
     * Runs the specs under {@code specs} with the given {@code redspec.*} parameters (see
     * {@link RedspecConfig}) and returns one dynamic test per case run: passed, failed with the
     * case's message, or aborted with its skip reason. A run that discovered no case, or whose
     * target or spec files failed, yields a failing test too, so an empty run is never green.
     */
    public static Stream<DynamicTest> run(Map<String, String> parameters, Path... specs) {
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (Path p : specs) {
            selectors.add(Files.isDirectory(p) ? DiscoverySelectors.selectDirectory(p.toFile())
                    : DiscoverySelectors.selectFile(p.toFile()));
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines(RedspecTestEngine.ID))
                .configurationParameters(parameters)
                .build();
        Outcomes outcomes = new Outcomes();
        LauncherFactory.create().execute(request, outcomes);
        List<DynamicTest> tests = new ArrayList<>(outcomes.tests);
        if (!outcomes.leftovers.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("redspec: keys left behind", () -> {
                throw new AssertionFailedError(String.join("\n", outcomes.leftovers));
            }));
        }
        if (outcomes.cases == 0) {
            tests.add(DynamicTest.dynamicTest("redspec: no case ran", () -> {
                throw new AssertionFailedError("Redspec discovered no case under " + List.of(specs)
                        + "; check the spec paths");
            }));
        }
        return tests.stream();
    }

    /** Records every case and every failed container (target, spec file) as a dynamic test. */
    private static final class Outcomes implements TestExecutionListener {

        final List<DynamicTest> tests = new ArrayList<>();
        final List<String> leftovers = new ArrayList<>();
        int cases;

        /** The engine's leftover notes: keys of the run still there at its end fail the build too. */
        @Override
        public synchronized void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            entry.getKeyValuePairs().forEach((k, v) -> {
                if (k.startsWith(SummaryBuilder.FACT_LEFTOVER_NOTE_PREFIX)) {
                    leftovers.add(v);
                }
            });
        }

        @Override
        public synchronized void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                cases++;
                tests.add(DynamicTest.dynamicTest(id.getDisplayName(), () -> {
                    throw new TestAbortedException(reason);
                }));
            }
        }

        @Override
        public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
                cases++;
            } else if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                return; // a container that passed says nothing its cases do not
            }
            Optional<Throwable> cause = result.getThrowable();
            String name = id.isTest() ? id.getDisplayName() : "redspec: " + id.getDisplayName();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                switch (result.getStatus()) {
                    case SUCCESSFUL -> { }
                    case ABORTED -> throw new TestAbortedException(cause.map(Throwable::getMessage).orElse("aborted"));
                    case FAILED -> throw cause.orElseGet(() -> new AssertionFailedError(name + " failed"));
                }
            }));
        }
    }
}
