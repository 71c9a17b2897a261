package io.redspec.load.server;

import io.redspec.resp.Endpoint;

/** The server a run loads: an address, and for an embedded server the process to stop after. */
public interface LoadTarget extends AutoCloseable {

    Endpoint endpoint();

    /** One line for people: what is being loaded. */
    String description();

    /** Stops an embedded server; does nothing for an external one. */
    @Override
    void close();
}
