package io.redspec.junit;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What a server project writes (see ci/maven/): a test class whose factory is the gate. Named
 * *Samples so Surefire's own run of this project skips them; GateTest runs them.
 */
final class GateSamples {
    static final Map<String, String> EMBEDDED = Map.of("redspec.target", "embedded:7.0", "redspec.protocols", "both");

    static class Failing {
        @TestFactory
        Stream<DynamicTest> conformance() {
            return RedspecGate.run(EMBEDDED, Path.of("src/test/resources/engine-fixtures/wrong.yaml"));
        }
    }

    static class Passing {
        @TestFactory
        Stream<DynamicTest> conformance() {
            return RedspecGate.run(EMBEDDED, Path.of("src/test/resources/engine-fixtures/passing.yaml"));
        }
    }

    static class Empty {
        @TestFactory
        Stream<DynamicTest> conformance() {
            return RedspecGate.run(EMBEDDED, Path.of("src/test/java/io/redspec/junit")); // a directory without spec files
        }
    }

    static class LeavesAKey {
        @TestFactory
        Stream<DynamicTest> conformance() {
            return RedspecGate.run(Map.of("redspec.target", "embedded:7.0", "redspec.protocols", "2"),
                    Path.of("src/test/resources/engine-fixtures/other-databases/escapes-tracking.yaml"));
        }
    }

    static class Unreachable {
        @TestFactory
        Stream<DynamicTest> conformance() {
            return RedspecGate.run(Map.of("redspec.target", "redis://127.0.0.1:7899", "redspec.timeout.ms", "1000"),
                    Path.of("src/test/resources/engine-fixtures/passing.yaml"));
        }
    }
}
