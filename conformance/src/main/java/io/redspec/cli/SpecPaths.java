package io.redspec.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the corpus is when the user names none: ./spec, else the checkout the launcher runs from. */
final class SpecPaths {
    private SpecPaths() {}

    static List<Path> orDefault(List<Path> given) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        Path local = Path.of("spec");
        if (Files.isDirectory(local)) {
            return List.of(local);
        }
        String home = System.getenv("REDSPEC_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "spec"))) {
            return List.of(Path.of(home, "spec"));
        }
        return List.of(local);
    }
}
