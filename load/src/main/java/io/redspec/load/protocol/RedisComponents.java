package io.redspec.load.protocol;

import io.gatling.core.CoreComponents;
import io.gatling.core.protocol.ProtocolComponents;
import io.gatling.core.session.Session;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.netty.channel.EventLoop;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import scala.Function1;
import scala.runtime.BoxedUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The live side of a {@link RedisProtocol} for one simulation run: the shared connections, the
 * per-user connections kept in each virtual user's session, and the Lettuce client (pub/sub, and
 * commands over TLS or RESP3, which the lean {@link RespConnection} does not speak).
 */
public final class RedisComponents implements ProtocolComponents {

    /** Session attribute holding a user's own connection (per-user strategy). */
    static final String USER_CONNECTION = "redspec.redis.connection";
    /** Session attribute holding a user's pub/sub connection. */
    static final String USER_PUBSUB = "redspec.redis.pubsub";

    private final RedisProtocol settings;
    private final CoreComponents core;
    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private final List<CommandChannel> shared = new ArrayList<>();
    /** Whether commands take the lean RESP path ({@link RespConnection}) rather than Lettuce. */
    private final boolean lean;
    private final Set<CommandChannel> perUser = ConcurrentHashMap.newKeySet();
    /** Gatling's one actor thread, where {@link StatsBuffer} logs bursts of responses; null: none. */
    private final Executor statsHandOff;

    RedisComponents(RedisProtocol settings, CoreComponents core) {
        this.settings = settings;
        this.core = core;
        this.resources = LettuceClients.resources();
        this.client = LettuceClients.client(settings, resources);
        this.uri = LettuceClients.uri(settings);
        this.lean = RespConnection.supports(settings);
        this.statsHandOff = GatlingActorThread.shrink(core.actorSystem());
        if (settings.earlyClose() != null) {
            settings.earlyClose().register(this);
        }
        // Shared connections open here, while the simulation is being built, not on a user's path,
        // spread over Gatling's event loops.
        for (int i = 0; i < settings.connections().sharedConnections(); i++) {
            shared.add(lean ? connectLean(loopOtherThanThisThread()).join()
                    : new LettuceChannel(client.connect(StringCodec.UTF8, uri), this));
        }
    }

    /** Waiting for a connection on the loop that must open it would never end. */
    private EventLoop loopOtherThanThisThread() {
        EventLoop loop = core.eventLoopGroup().next();
        return loop.inEventLoop() ? core.eventLoopGroup().next() : loop;
    }

    private CompletableFuture<RespConnection> connectLean(EventLoop loop) {
        return RespConnection.connect(settings, loop, core.configuration().netty().useNativeTransport(),
                core.configuration().netty().useIoUring());
    }

    public RedisProtocol settings() {
        return settings;
    }

    java.time.Duration timeout() {
        return settings.timeout();
    }

    CoreComponents core() {
        return core;
    }

    Executor statsHandOff() {
        return statsHandOff;
    }

    /** The shared connection for a user, or null under the per-user strategy. */
    CommandChannel sharedConnection(long userId) {
        return shared.isEmpty() ? null : shared.get((int) Math.floorMod(userId, (long) shared.size()));
    }

    /**
     * Opens a user's own connection. The lean one lives on the user's event loop: sending,
     * reading and completing then stay on one thread, without hand-offs.
     */
    CompletableFuture<CommandChannel> connectAsync(EventLoop userLoop) {
        CompletableFuture<CommandChannel> c = lean ? connectLean(userLoop).thenApply(r -> r)
                : client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture()
                        .thenApply(l -> new LettuceChannel(l, this));
        return c.thenApply(channel -> {
            perUser.add(channel);
            return channel;
        });
    }

    CompletableFuture<StatefulRedisPubSubConnection<String, String>> connectPubSubAsync() {
        return client.connectPubSubAsync(StringCodec.UTF8, uri).toCompletableFuture();
    }

    @Override
    public Function1<Session, Session> onStart() {
        return Session.Identity();
    }

    @Override
    public Function1<Session, BoxedUnit> onExit() {
        return session -> {
            StatsBuffer.flushThisThread(); // before Gatling counts this user as done
            closeAttribute(session, USER_CONNECTION);
            closeAttribute(session, USER_PUBSUB);
            return BoxedUnit.UNIT;
        };
    }

    private void closeAttribute(Session session, String attribute) {
        scala.Option<Object> value = session.attributes().get(attribute);
        if (value.isDefined() && value.get() instanceof io.lettuce.core.api.StatefulConnection<?, ?> c) {
            c.closeAsync();
        } else if (value.isDefined() && value.get() instanceof CommandChannel c) {
            perUser.remove(c);
            c.close();
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Closes every connection and stops Lettuce's threads. Gatling calls it when the run's actor
     * system terminates ({@link RedisProtocolKey}); a simulation may call it earlier through
     * {@link EarlyClose}. Only the first call does anything.
     */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (settings.earlyClose() != null) {
            settings.earlyClose().closed(this);
        }
        for (CommandChannel c : shared) {
            c.closeAndWait();
        }
        for (CommandChannel c : List.copyOf(perUser)) {
            c.closeAndWait();
        }
        client.shutdown(0, 2, TimeUnit.SECONDS);
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
