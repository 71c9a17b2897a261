package com.example;

import io.redspec.junit.RedspecGate;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every Redspec case run is one test of this class: Surefire counts it, a failure fails the build. */
class ServerConformanceTest {
    @TestFactory
    Stream<DynamicTest> conformance() {
        return RedspecGate.run(Map.of(
                        "redspec.target", System.getProperty("redspec.target"),
                        "redspec.protocols", "both",
                        "redspec.allowDestructive", "true"), // a throw-away server started by this build
                Path.of(System.getProperty("redspec.specRoot")));
    }
}
