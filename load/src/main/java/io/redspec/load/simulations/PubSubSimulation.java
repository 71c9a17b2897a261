package io.redspec.load.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.redspec.load.protocol.Redis;
import io.redspec.load.protocol.Redis.Outcome;
import io.redspec.load.protocol.ReplyCheck;

import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Chat fan-out: subscribers join rooms (channels), publishers post numbered messages to them.
 * Per subscriber and publisher the sequence must have no gap and no step back; at the end every
 * subscriber must have every message of its room. Delivery latency is send-to-receipt in this JVM.
 * Publishers start once every subscriber is listening.
 * Knobs: rooms (2), publishers (users/5, at least 1), publishEvery (10ms), grace (1s after the
 * last message before subscribers leave).
 */
public class PubSubSimulation extends RedspecSimulation {

    private final PubSubLedger ledger = new PubSubLedger();

    public PubSubSimulation() {
        super("pubsub");
        int rooms = settings.intParam("rooms", 2);
        int publishers = settings.intParam("publishers", Math.max(1, settings.users() / 5));
        int subscribers = Math.max(1, settings.users() - publishers);
        Duration publishEvery = settings.durationParam("publishEvery", Duration.ofMillis(10));
        Duration grace = settings.durationParam("grace", Duration.ofSeconds(1));
        validate(settings);
        recorder.declareInvariant("pubsub.lost", true);
        recorder.declareInvariant("pubsub.reordered", true);
        recorder.declareInvariant("pubsub.duplicates", true);
        recorder.declareInvariant("pubsub.wrong_channel", true);
        String channelPrefix = prefix + "room:";

        long waitCapNanos = settings.duration().plusSeconds(30).toNanos();
        ScenarioBuilder subscribe = scenario("pubsub subscriber")
                .exec(s -> {
                    ledger.subscribed(s.userId(), (int) (s.userId() % rooms));
                    return s.set("joined", System.nanoTime());
                })
                .exec(Redis.subscribe("pubsub SUBSCRIBE", s -> List.of(channelPrefix + (s.userId() % rooms)),
                        (subscriber, channel, message, receivedNanos) -> ledger.received(subscriber, message)))
                .exec(s -> {
                    ledger.confirmed.increment();
                    return s;
                })
                // stay until every publisher is done, then give the last messages time to arrive
                .asLongAs(s -> ledger.publishersDone.sum() < publishers && System.nanoTime() - s.getLong("joined") < waitCapNanos)
                .on(pause(Duration.ofMillis(50)))
                .pause(grace)
                .exec(Redis.unsubscribe());

        ScenarioBuilder publish = scenario("pubsub publisher")
                .exec(s -> s.set("arrived", System.nanoTime()))
                // nobody publishes before every subscriber listens, or the first messages would count as lost
                .asLongAs(s -> ledger.confirmed.sum() < subscribers && System.nanoTime() - s.getLong("arrived") < waitCapNanos)
                .on(pause(Duration.ofMillis(20)))
                .during(settings.duration()).on(
                        exec(Redis.command("pubsub PUBLISH", s -> {
                            int room = (int) (s.userId() % rooms);
                            return List.of("PUBLISH", channelPrefix + room, ledger.nextMessage(s.userId(), room));
                        }).check(ReplyCheck.isInteger()))
                                .pause(publishEvery))
                .exec(s -> {
                    ledger.publishersDone.increment();
                    return s;
                });

        ScenarioBuilder audit = scenario("pubsub audit")
                .exec(Redis.check("pubsub nothing lost", s -> {
                    long lost = ledger.lost();
                    return Outcome.of(lost == 0, lost + " messages never delivered");
                }));

        setUp(subscribe.injectOpen(atOnceUsers(subscribers))
                        .andThen(audit.injectOpen(atOnceUsers(1))),
                publish.injectOpen(atOnceUsers(publishers)))
                .protocols(protocol())
                .maxDuration(maxDuration())
                .assertions(
                        details("pubsub PUBLISH").failedRequests().percent().lt(1.0),
                        details("pubsub SUBSCRIBE delivery").failedRequests().count().is(0L),
                        details("pubsub nothing lost").failedRequests().count().is(0L));
    }

    /** Checks the knobs before anything starts: a bad value is one line, not a Gatling crash. */
    static void validate(LoadSettings settings) {
        settings.durationParam("publishEvery", Duration.ofMillis(10));
        settings.durationParam("grace", Duration.ofSeconds(1));
        if (settings.intParam("rooms", 2) < 1 || settings.intParam("publishers", 1) < 1) {
            throw new IllegalArgumentException("pubsub needs rooms >= 1 and publishers >= 1");
        }
    }

    @Override
    protected void recordOutcome() {
        recorder.countInvariant("pubsub.lost", ledger.lost());
        recorder.countInvariant("pubsub.reordered", ledger.reordered.sum());
        recorder.countInvariant("pubsub.duplicates", ledger.duplicates.sum());
        recorder.countInvariant("pubsub.wrong_channel", ledger.wrongChannel.sum());
        recorder.putFigure("pubsub.published", ledger.published());
        recorder.putFigure("pubsub.received", ledger.received.sum());
        // per publisher (by Gatling user id), so a loss can be traced to one sender
        ledger.lostByPublisher().forEach((publisher, n) -> recorder.putFigure("pubsub.lost.publisher_" + publisher, n));
        ledger.reorderedByPublisher().forEach((publisher, n) -> recorder.putFigure("pubsub.reordered.publisher_" + publisher, n));
    }
}
