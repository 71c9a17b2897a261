package io.redspec.load.protocol;

import io.gatling.core.session.Session;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.protocol.AsyncCommand;
import io.netty.util.concurrent.ScheduledFuture;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Command timeouts armed on the virtual user's own event loop: arming and cancelling stay on one
 * thread (the action sends and completes there), where Lettuce's per-command timer would hand
 * every command to its timer thread. A timeout fails the commands still waiting; a reply arriving
 * later is ignored.
 */
final class Timeouts {

    private Timeouts() {
    }

    static ScheduledFuture<?> arm(Session session, RedisComponents components,
                                  List<AsyncCommand<String, String, Object>> commands) {
        long millis = components.timeout().toMillis();
        return session.eventLoop().schedule(() -> {
            for (AsyncCommand<String, String, Object> c : commands) {
                if (!c.isDone()) {
                    c.completeExceptionally(new RedisCommandTimeoutException("no reply within " + millis + " ms"));
                }
            }
        }, millis, TimeUnit.MILLISECONDS);
    }
}
