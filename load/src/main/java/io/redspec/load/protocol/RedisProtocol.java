package io.redspec.load.protocol;

import io.gatling.core.protocol.Protocol;
import io.redspec.resp.Endpoint;

import java.time.Duration;

/** The settings a simulation's Redis protocol was built with. Immutable. */
public record RedisProtocol(Endpoint endpoint, ConnectionStrategy connections, boolean resp3,
                            Duration timeout) implements Protocol {
}
