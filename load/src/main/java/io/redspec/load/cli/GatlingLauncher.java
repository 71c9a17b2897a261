package io.redspec.load.cli;

import java.nio.file.Path;
import java.util.List;

/** Runs one simulation class in this JVM with Gatling's own runner, which also writes the HTML report. */
public final class GatlingLauncher {

    /** Gatling's exit status when assertions failed. */
    public static final int ASSERTIONS_FAILED = 2;

    private GatlingLauncher() {
    }

    /** @return Gatling's status code: 0 success, 2 assertions failed, other values for errors */
    public static int run(String simulationClass, Path resultsFolder, String description) {
        // the loopback-only promise: Gatling must not phone home, whatever gatling.conf is found first
        System.setProperty("gatling.data.enableAnalytics", "false");
        System.setProperty("gatling.http.warmUpUrl", "");
        // Gatling 3.15 reads the run description base64-encoded (its launchers encode it)
        String encoded = java.util.Base64.getEncoder().encodeToString(description.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> args = List.of("-s", simulationClass, "-rf", resultsFolder.toAbsolutePath().toString(),
                "-rd", encoded, "-l", "redspec");
        return io.gatling.app.Gatling$.MODULE$.fromArgs(args.toArray(String[]::new));
    }

    public static void main(String[] args) {
        System.exit(run(args[0], Path.of(args[1]), "manual"));
    }
}
