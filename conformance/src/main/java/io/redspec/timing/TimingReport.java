package io.redspec.timing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code timings.json}: where the wall time of a run went (start-up phases, each case run's
 * span) for bench/conformance.sh, which derives the exclusive phase and the critical path from it.
 */
public final class TimingReport {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private TimingReport() {}

    /**
     * @param commandStartEpochMs when the run command began (after JVM start and argument parsing)
     * @param reportsDoneMs       offset at which the reports were written
     */
    public static void write(Path file, RunTimeline timeline, long commandStartEpochMs, long reportsDoneMs)
            throws IOException {
        Map<String, Object> phases = new LinkedHashMap<>();
        // the JVM's own start instant: the time before our code ran is JVM start-up and class loading
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        phases.put("jvm_to_command_ms", commandStartEpochMs - jvmStart);
        List<RunTimeline.CaseSpan> spans = timeline.spans();
        long firstCase = spans.stream().mapToLong(RunTimeline.CaseSpan::startMs).min().orElse(timeline.planEndMs());
        long lastCase = spans.stream().mapToLong(RunTimeline.CaseSpan::endMs).max().orElse(timeline.planEndMs());
        phases.put("load_and_discover_ms", timeline.planStartMs());
        phases.put("target_start_ms", firstCase - timeline.planStartMs());
        phases.put("cases_ms", lastCase - firstCase);
        phases.put("target_stop_ms", timeline.planEndMs() - lastCase);
        phases.put("reports_ms", reportsDoneMs - timeline.planEndMs());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("phases", phases);
        out.put("cases", spans);
        MAPPER.writeValue(file.toFile(), out);
    }
}
