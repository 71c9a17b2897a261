package io.redspec.load.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds a Gatling index.html under a results folder (test helper). */
final class GatlingReportsAccess {

    private GatlingReportsAccess() {
    }

    static Path latestIndex(Path results) {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.map(p -> p.resolve("index.html")).filter(Files::exists).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
