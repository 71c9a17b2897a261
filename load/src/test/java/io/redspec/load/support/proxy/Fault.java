package io.redspec.load.support.proxy;

import java.util.List;

/**
 * What a wrong server does, as a rewrite of the traffic between a client and a real server:
 * the command on its way in, the reply on its way out (given the command as the client sent it).
 */
public interface Fault {

    /** @return the command line to forward instead ({@code argv} itself when unchanged) */
    default List<String> command(List<String> argv) {
        return argv;
    }

    /** @return the reply to hand back instead of the server's */
    default Resp reply(List<String> argv, Resp reply) {
        return reply;
    }

    /** @return a pub/sub message to hand back instead, or null to drop it */
    default Resp push(Resp message) {
        return message;
    }
}
