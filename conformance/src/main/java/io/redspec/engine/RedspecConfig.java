package io.redspec.engine;

import io.redspec.options.Protocols;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's settings, read from JUnit configuration parameters (which fall back to system
 * properties), so the CLI, Surefire and an IDE configure it the same way.
 */
public record RedspecConfig(String target, List<Integer> protocols, Duration timeout, int jobs,
                            boolean allowDestructive, String serverVersion, boolean tlsInsecure,
                            List<String> specPaths, boolean mutate, boolean lenientErrorText, Long jitterSeed,
                            boolean mutateSteps, boolean schema) {

    public static final String TARGET = "redspec.target";
    public static final String PROTOCOLS = "redspec.protocols";
    public static final String TIMEOUT_MS = "redspec.timeout.ms";
    public static final String JOBS = "redspec.jobs";
    public static final String ALLOW_DESTRUCTIVE = "redspec.allowDestructive";
    public static final String SERVER_VERSION = "redspec.serverVersion";
    public static final String TLS_INSECURE = "redspec.tlsInsecure";
    /** Comma-separated spec paths used when a discovery request names no file or directory. */
    public static final String SPEC = "redspec.spec";
    /** Feed every step's reply through WrongAnswers; a case passes when it then fails. */
    public static final String MUTATE = "redspec.mutate";
    /** An error reply with the expected code but other wording passes (and is still reported). */
    public static final String LENIENT_ERROR_TEXT = "redspec.lenientErrorText";
    /** Check RESP3 replies against their command's reply_schema (default true; {@code --no-schema}). */
    public static final String SCHEMA = "redspec.schema";

    /** The seed of {@code --jitter}'s random pauses between steps; absent means no pauses. */
    public static final String JITTER_SEED = "redspec.jitter.seed";

    /** Make one checked step's reply wrong at a time ({@code --mutate=steps}). */
    public static final String MUTATE_STEPS = "redspec.mutate.steps";

    /**
     * Most case time is waiting (sleeps, within, expiry, blocking timeouts: two thirds of the corpus'
     * case time), so many more cases than cores: 32 instead of 8 on 2 cores cut the shared phase
     * from 8.2 s to 4.7 s (measured under load).
     */
    public static int defaultJobs() {
        return Math.max(16, 16 * Runtime.getRuntime().availableProcessors());
    }

    public static RedspecConfig from(ConfigurationParameters p) {
        return new RedspecConfig(
                p.get(TARGET).orElse("embedded"),
                p.get(PROTOCOLS).filter(s -> !s.isBlank()).map(Protocols::choice).orElse(List.of(2, 3)),
                Duration.ofMillis(p.get(TIMEOUT_MS, Long::parseLong).orElse(5000L)),
                p.get(JOBS, Integer::parseInt).orElse(defaultJobs()),
                p.getBoolean(ALLOW_DESTRUCTIVE).orElse(false),
                p.get(SERVER_VERSION).orElse(null),
                p.getBoolean(TLS_INSECURE).orElse(false),
                p.get(SPEC).map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
                        .orElse(List.of()),
                p.getBoolean(MUTATE).orElse(false),
                p.getBoolean(LENIENT_ERROR_TEXT).orElse(false),
                p.get(JITTER_SEED, Long::parseLong).orElse(null),
                p.getBoolean(MUTATE_STEPS).orElse(false),
                p.getBoolean(SCHEMA).orElse(true));
    }

    public Optional<String> serverVersionOverride() {
        return Optional.ofNullable(serverVersion);
    }
}
