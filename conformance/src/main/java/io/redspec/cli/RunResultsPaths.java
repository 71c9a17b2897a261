package io.redspec.cli;

import java.nio.file.Path;
import org.junit.platform.engine.support.descriptor.FileSource;

/** Short file:line text for a test source. */
final class RunResultsPaths {
    private RunResultsPaths() {}

    static String display(FileSource fs) {
        Path abs = fs.getFile().toPath().toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String p = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return p + fs.getPosition().map(pos -> ":" + pos.getLine()).orElse("");
    }
}
