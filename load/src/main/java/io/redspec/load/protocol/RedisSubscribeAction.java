package io.redspec.load.protocol;

import io.gatling.commons.validation.Validation;
import io.gatling.core.action.Action;
import scala.runtime.BoxedUnit;
import io.gatling.core.session.Session;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.redspec.load.record.RequestKind;

import java.util.List;
import java.util.function.Function;

/**
 * Opens the user's pub/sub connection, subscribes to channels, and from then on records every
 * message the handler accepts as a span "{name} delivery" (send to receipt). The user continues
 * once the subscription is confirmed; the connection closes when the user exits or unsubscribes.
 */
final class RedisSubscribeAction extends RedisAction {

    private final Function<io.gatling.javaapi.core.Session, List<String>> channels;
    private final MessageHandler handler;

    RedisSubscribeAction(String name, RedisComponents components, Action next,
                         Function<io.gatling.javaapi.core.Session, List<String>> channels, MessageHandler handler) {
        super(name, components, next);
        this.channels = channels;
        this.handler = handler;
    }

    @Override
    public Validation<BoxedUnit> sendRequest(Session session) {
        String[] names;
        try {
            names = channels.apply(new io.gatling.javaapi.core.Session(session)).toArray(String[]::new);
            if (names.length == 0) {
                throw new IllegalArgumentException("subscribe needs at least one channel");
            }
        } catch (RuntimeException e) {
            return crashed(e);
        }
        long startMillis = clock.nowMillis();
        long startNanos = System.nanoTime();
        components.connectPubSubAsync().thenCompose(connection -> {
            connection.addListener(new Listener(session));
            return connection.async().subscribe(names).toCompletableFuture().thenApply(ignored -> connection);
        }).orTimeout(components.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).whenComplete((connection, error) -> {
            long endNanos = System.nanoTime();
            session.eventLoop().execute(() -> {
                finish(session, name, RequestKind.COMMAND, startMillis, startNanos, endNanos,
                        error == null ? null : message(error));
                next.$bang(error == null ? session.set(RedisComponents.USER_PUBSUB, connection) : session.markAsFailed());
            });
        });
        return sent();
    }

    private final class Listener extends RedisPubSubAdapter<String, String> {
        private final Session subscriber;
        private final String deliveryName = name + " delivery";

        Listener(Session subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void message(String channel, String message) {
            long receivedNanos = System.nanoTime();
            MessageHandler.Delivery delivery = handler.onMessage(subscriber.userId(), channel, message, receivedNanos);
            if (delivery != null) {
                long startMillis = clock.nowMillis() - Math.max(0, (receivedNanos - delivery.sentNanos()) / 1_000_000);
                finish(subscriber, deliveryName, RequestKind.SPAN, startMillis, delivery.sentNanos(), receivedNanos,
                        delivery.failure());
            }
        }
    }

    /** Closes the user's pub/sub connection, if it has one. */
    static final class Unsubscribe extends RedisAction {
        Unsubscribe(String name, RedisComponents components, Action next) {
            super(name, components, next);
        }

        @Override
        public Validation<BoxedUnit> sendRequest(Session session) {
            scala.Option<Object> c = session.attributes().get(RedisComponents.USER_PUBSUB);
            if (c.isDefined()) {
                ((StatefulRedisPubSubConnection<?, ?>) c.get()).closeAsync();
            }
            next.$bang(session.remove(RedisComponents.USER_PUBSUB));
            return sent();
        }
    }
}
