package io.redspec.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Writes and reads {@code summary.json}: a {@link RunSummary}, field names in snake_case. */
public final class SummaryJson {
    /** The mapper of every JSON report: snake_case names, indented. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    public static void write(RunSummary summary, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), summary);
    }

    public static RunSummary read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), RunSummary.class);
    }
}
