package io.redspec.load.protocol;

import io.gatling.core.protocol.Protocol;
import io.redspec.resp.Endpoint;

import java.time.Duration;

/**
 * The settings a simulation's Redis protocol was built with. Immutable.
 *
 * @param earlyClose null, or the handle through which the simulation may close the connections
 *                   before Gatling does at the end of the run
 */
public record RedisProtocol(Endpoint endpoint, ConnectionStrategy connections, boolean resp3,
                            Duration timeout, EarlyClose earlyClose) implements Protocol {
}
