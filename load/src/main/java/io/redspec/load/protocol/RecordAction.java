package io.redspec.load.protocol;

import io.gatling.commons.validation.Validation;
import io.gatling.core.action.Action;
import scala.runtime.BoxedUnit;
import io.gatling.core.session.Session;
import io.redspec.load.record.RequestKind;

import java.util.function.Function;

/**
 * Records something measured or verified in memory — an invariant check, or a span such as a
 * lock wait — as a Gatling request, so it appears in the report and can carry an assertion.
 * No server round trip; runs on the user's event loop.
 */
final class RecordAction extends RedisAction {

    private final RequestKind kind;
    private final Function<io.gatling.javaapi.core.Session, Redis.Outcome> outcome;

    RecordAction(String name, RequestKind kind, RedisComponents components, Action next,
                 Function<io.gatling.javaapi.core.Session, Redis.Outcome> outcome) {
        super(name, components, next);
        this.kind = kind;
        this.outcome = outcome;
    }

    @Override
    public Validation<BoxedUnit> sendRequest(Session session) {
        Redis.Outcome result;
        try {
            result = outcome.apply(new io.gatling.javaapi.core.Session(session));
        } catch (RuntimeException e) {
            return crashed(e);
        }
        if (result != null) {
            long now = System.nanoTime();
            long start = result.startNanos() == 0 ? now : result.startNanos();
            long startMillis = clock.nowMillis() - Math.max(0, (now - start) / 1_000_000);
            finish(session, name, kind, startMillis, start, now, result.failure());
        }
        next.$bang(session);
        return sent();
    }
}
