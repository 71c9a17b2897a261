package io.redspec.coverage;

import io.redspec.spec.SpecLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The tiny corpora under {@code src/test/resources/coverage/}, and the real metadata loaded once. */
final class Fixtures {
    private Fixtures() {}

    static final CommandMetadata METADATA = CommandMetadata.load();

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/coverage/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CorpusCoverage corpus() {
        SpecLoader.Result loaded = new SpecLoader().load(List.of(resource("corpus")));
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException("fixture corpus is malformed: " + loaded.errors());
        }
        return new CoverageCalculator(METADATA).measure(loaded.files());
    }
}
