package io.redspec.load.cli;

/**
 * How many event-loop threads Gatling runs. Gatling asks Netty for its default, twice the cores;
 * on a machine that also runs the server, those threads take turns with it and with each other, and
 * every turn is a context switch. Measured on 2 cores with the server alongside: one loop was as
 * fast as two or faster (up to 1.4x, shared connections without pipelining), and four slower than
 * two. So the default is half the cores. Netty reads the count once per JVM, when its event-loop
 * class loads; {@code -Dio.netty.eventLoopThreads} given on the command line wins.
 */
final class EventLoops {

    static final String PROPERTY = "io.netty.eventLoopThreads";

    private EventLoops() {
    }

    static int defaultCount() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** Sets the count unless the JVM was started with one; null asks for the default. */
    static void configure(Integer requested) {
        if (requested != null && requested < 1) {
            throw new IllegalArgumentException("event-loops must be at least 1, got " + requested);
        }
        if (requested != null) {
            System.setProperty(PROPERTY, String.valueOf(requested));
        } else if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, String.valueOf(defaultCount()));
        }
    }
}
