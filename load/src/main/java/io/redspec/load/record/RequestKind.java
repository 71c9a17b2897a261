package io.redspec.load.record;

/** What a recorded timing stands for. Only COMMAND counts toward requests and requests/s. */
public enum RequestKind {
    /** A command sent to the server and its reply. */
    COMMAND,
    /** A measured span that is not one command: a delivery, a lock wait, a miss path. */
    SPAN,
    /** One evaluation of a correctness invariant: OK when it held, KO when it was violated. */
    CHECK
}
