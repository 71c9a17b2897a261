package io.redspec.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The Maven route: cases come back as Jupiter dynamic tests, so Surefire counts them and a failing
 * case fails the build (the @Suite route reported "Tests run: 0" and BUILD SUCCESS).
 */
class GateTest {
    private static Events tests(Class<?> sample) {
        return run(sample).testEvents();
    }

    private static EngineExecutionResults run(Class<?> sample) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(sample)).execute();
    }

    @Test
    void aFailingCaseIsAFailedTestPerProtocol() {
        Events t = tests(GateSamples.Failing.class);
        assertThat(t.failed().count()).isEqualTo(2); // deliberately-wrong under RESP2 and RESP3
        assertThat(t.failed().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .allMatch(n -> n.startsWith("deliberately-wrong [RESP"));
    }

    @Test
    void passingAndSkippedCasesAreCountedNotHidden() {
        Events t = tests(GateSamples.Passing.class);
        assertThat(t.failed().count()).isZero();
        assertThat(t.succeeded().count()).isEqualTo(8);  // 4 cases run under both protocols
        assertThat(t.aborted().count()).isEqualTo(2);    // from-the-future, skipped with its reason
    }

    @Test
    void aRunWithNoCaseFails() {
        Events t = tests(GateSamples.Empty.class);
        assertThat(t.failed().stream().map(e -> e.getTestDescriptor().getDisplayName())).containsExactly("redspec: no case ran");
        assertThat(t.succeeded().count()).isZero();
    }

    @Test
    void keysLeftBehindFailTheBuildNamingDatabaseAndCase() {
        Events t = tests(GateSamples.LeavesAKey.class);
        assertThat(t.succeeded().count()).isEqualTo(1); // the case itself passes
        assertThat(t.failed().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("redspec: keys left behind");
        assertThat(t.failed().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse("")))
                .singleElement().asString().contains("leftover keys in db 9: 1 key of case ").contains("(RESP2)");
    }

    @Test
    void anUnreachableTargetFails() {
        Events t = tests(GateSamples.Unreachable.class);
        assertThat(t.failed().count()).isGreaterThanOrEqualTo(1);
        assertThat(t.succeeded().count()).isZero();
    }
}
