package io.redspec.load.protocol;

import com.typesafe.scalalogging.Logger;
import com.typesafe.scalalogging.Logger$;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.util.Clock;
import io.gatling.commons.validation.Failure;
import io.gatling.commons.validation.Success;
import io.gatling.commons.validation.Validation;
import io.gatling.core.action.Action;
import io.gatling.core.action.RequestAction;
import io.gatling.core.session.Session;
import io.gatling.core.stats.StatsEngine;
import io.redspec.load.record.LoadRecorder;
import io.redspec.load.record.RequestKind;
import org.slf4j.LoggerFactory;
import scala.Function1;
import scala.Option;
import scala.runtime.BoxedUnit;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * Common ground of the Redis actions: where the connection comes from, and how a finished
 * request is recorded (Gatling's statistics and Redspec's recorder) before the session moves on.
 * Connections complete on their own threads; results are always handed back to the virtual
 * user's event loop, so Gatling sees each session on one thread only.
 * <p>
 * A Gatling {@link RequestAction}, as HTTP's and JMS's actions are: a session that arrives
 * marked to leave a block ({@code exitBlockOnFail}, {@code tryMax}, {@code asLongAs(…, exitASAP)})
 * leaves it here instead of running the command, and a request that cannot be built is logged as
 * a crash and fails the session. The two {@code $$super$$bang} methods are what scalac writes in a
 * class mixing these traits: each forwards to the next trait's {@code !} in Scala's linearisation
 * (ExitableAction → ChainableAction → Action).
 */
abstract class RedisAction implements RequestAction {

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
    public String toString() {
        return name;
    }

    @Override
    public StatsEngine statsEngine() {
        return statsEngine;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Action next() {
        return next;
    }

    @Override
    public Function1<Session, Validation<String>> requestName() {
        Validation<String> constant = new Success<>(name);
        return session -> constant;
    }

    // scalac's super accessors (synthetic in the traits, so no @Override): see the class comment
    public final void io$gatling$core$action$ExitableAction$$super$$bang(Session session) {
        TraitSupers.chainableBang(this, session);
    }

    public final void io$gatling$core$action$ChainableAction$$super$$bang(Session session) {
        TraitSupers.actionBang(this, session);
    }

    private static final Validation<BoxedUnit> SENT = new Success<>(BoxedUnit.UNIT);

    /** What {@link #sendRequest} returns once the request is under way. */
    protected static Validation<BoxedUnit> sent() {
        return SENT;
    }

    /**
     * What {@link #sendRequest} returns when the request could not be built (a user function
     * threw, an empty command line): Gatling logs a crash and moves the session on, failed.
     */
    protected static Validation<BoxedUnit> crashed(Throwable error) {
        StatsBuffer.flushThisThread(); // Gatling logs the crash next: keeps its log in order
        @SuppressWarnings({"unchecked", "rawtypes"})
        Validation<BoxedUnit> failure = (Validation) new Failure(message(error));
        return failure;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public void com$typesafe$scalalogging$StrictLogging$_setter_$logger_$eq(Logger logger) {
        this.logger = logger;
    }

    /**
     * Runs {@code then} on the user's event loop with a connection for that user: its own when it
     * has one (per-user strategy, or since its first stateful command), else the shared one,
     * unless {@code lines} hold a command that is not safe to multiplex ({@link StatefulCommands}):
     * then the user's own connection is opened now.
     */
    protected void withConnection(Session session, List<List<String>> lines, BiConsumer<Session, CommandChannel> then) {
        Option<Object> own = session.attributes().get(RedisComponents.USER_CONNECTION);
        if (own.isDefined()) {
            then.accept(session, (CommandChannel) own.get());
            return;
        }
        CommandChannel shared = components.sharedConnection(session.userId());
        if (shared != null && !StatefulCommands.needOwnConnection(lines)) {
            then.accept(session, shared);
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

    static String message(Throwable error) {
        Throwable e = error;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
