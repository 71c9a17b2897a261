package io.redspec.exec;

import io.redspec.resp.Endpoint;
import io.redspec.server.Flavour;
import io.redspec.server.Version;
import java.time.Duration;

/** What every case of a run shares: where to connect, what the server is, and how long to wait. */
public record RunSettings(String runId, Endpoint endpoint, Flavour flavour, Version version, Duration timeout) {}
