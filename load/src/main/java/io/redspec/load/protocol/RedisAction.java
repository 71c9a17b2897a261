package io.redspec.load.protocol;

import com.typesafe.scalalogging.Logger;
import com.typesafe.scalalogging.Logger$;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.util.Clock;
import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import io.gatling.core.stats.StatsEngine;
import io.redspec.load.record.LoadRecorder;
import io.redspec.load.record.RequestKind;
import org.slf4j.LoggerFactory;
import scala.Option;

import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * Common ground of the Redis actions: where the connection comes from, and how a finished
 * request is recorded (Gatling's statistics and Redspec's recorder) before the session moves on.
 * Connections complete on their own threads; results are always handed back to the virtual
 * user's event loop, so Gatling sees each session on one thread only.
 */
abstract class RedisAction implements Action {

    private Logger logger = Logger$.MODULE$.apply(LoggerFactory.getLogger(getClass()));

    protected final String name;
    protected final RedisComponents components;
    protected final StatsEngine statsEngine;
    protected final Clock clock;
    protected final Action next;

    RedisAction(String name, RedisComponents components, Action next) {
        this.name = name;
        this.components = components;
        this.statsEngine = components.core().statsEngine();
        this.clock = components.core().clock();
        this.next = next;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public void com$typesafe$scalalogging$StrictLogging$_setter_$logger_$eq(Logger logger) {
        this.logger = logger;
    }

    /** Runs {@code then} on the user's event loop with a connection for that user. */
    protected void withConnection(Session session, BiConsumer<Session, CommandChannel> then) {
        CommandChannel shared = components.sharedConnection(session.userId());
        if (shared != null) {
            then.accept(session, shared);
            return;
        }
        Option<Object> own = session.attributes().get(RedisComponents.USER_CONNECTION);
        if (own.isDefined()) {
            then.accept(session, (CommandChannel) own.get());
            return;
        }
        long startMillis = clock.nowMillis();
        long startNanos = System.nanoTime();
        components.connectAsync(session.eventLoop()).whenComplete((c, error) -> session.eventLoop().execute(() -> {
            if (error != null) {
                finish(session, name, RequestKind.COMMAND, startMillis, startNanos, System.nanoTime(),
                        "connect failed: " + message(error));
                next.$bang(session.markAsFailed());
            } else {
                then.accept(session.set(RedisComponents.USER_CONNECTION, c), c);
            }
        }));
    }

    /** Records one request in Gatling's statistics and in the recorder; failure null means OK. */
    protected void finish(Session session, String requestName, RequestKind kind, long startMillis,
                          long startNanos, long endNanos, String failure) {
        logToGatling(session, requestName, startMillis, startNanos, endNanos, failure);
        LoadRecorder.current().record(requestName, kind, startNanos, endNanos, failure == null);
    }

    /** Records one request in Gatling's statistics only. */
    protected void logToGatling(Session session, String requestName, long startMillis, long startNanos,
                                long endNanos, String failure) {
        long endMillis = startMillis + Math.max(0, (endNanos - startNanos) / 1_000_000);
        boolean ok = failure == null;
        StatsBuffer.logResponse(session.eventLoop(), components.statsHandOff(), statsEngine, session.scenario(),
                session.groups(), requestName, startMillis, endMillis, ok ? OK$.MODULE$ : KO$.MODULE$,
                ok ? Option.empty() : Option.apply(failure));
    }

    /** Fails the session when a user-supplied function throws, instead of losing the user. */
    protected void crash(Session session, String requestName, Throwable error) {
        StatsBuffer.flushThisThread(); // keeps Gatling's log in order
        statsEngine.logRequestCrash(session.scenario(), session.groups(), requestName, message(error));
        next.$bang(session.markAsFailed());
    }

    static String message(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
