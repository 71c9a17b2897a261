import io.gatling.javaapi.core.ScenarioBuilder;
import io.redspec.load.protocol.Redis.Outcome;
import io.redspec.load.simulations.RedspecSimulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.redspec.load.protocol.Redis.check;
import static io.redspec.load.protocol.Redis.command;
import static io.redspec.load.protocol.Redis.element;
import static io.redspec.load.protocol.Redis.reply;

/**
 * Shoppers fill their carts and check out in a transaction:
 * {@code ./redspec load --simulation load/examples/CartSimulation.java --users 20 --duration 5s}.
 * RedspecSimulation brings the target, users and duration of the command line, a key prefix of the
 * run's own (its keys are deleted afterwards, also on Ctrl-C) and the summary.json; each
 * {@code check(...)} is a must-be-zero invariant of the run, and the assertion below gates it too.
 */
public class CartSimulation extends RedspecSimulation {

    public CartSimulation() {
        super("cart");
        ScenarioBuilder shopper = scenario("shopper")
                .exec(s -> s.set("cart", prefix + "cart:" + s.userId()))
                .during(settings.duration()).on(
                        exec(command("add item", "HINCRBY", "#{cart}", "items", "1").check(reply().ofLong().saveAs("added")))
                        .exec(command("read cart", "HGET", "#{cart}", "items")
                                .check(reply().ofString().transform(Long::valueOf).saveAs("read")))
                        .exec(check("cart holds what was added", s -> Outcome.of(s.getLong("read") == s.getLong("added"),
                                "read " + s.getLong("read") + " items after adding the " + s.getLong("added") + "th")))
                        // MULTI…EXEC: this user gets a connection of its own, even under shared:N
                        .exec(command("checkout MULTI", "MULTI").check(reply().is("OK")))
                        .exec(command("checkout HINCRBY", "HINCRBY", "#{cart}", "orders", "1").check(reply().is("QUEUED")))
                        .exec(command("checkout EXPIRE", "EXPIRE", "#{cart}", "60").check(reply().is("QUEUED")))
                        .exec(command("checkout EXEC", "EXEC").check(element(1).ofLong().is(1L))));
        setUp(shopper.injectOpen(atOnceUsers(settings.users())))
                .protocols(protocol())
                .maxDuration(maxDuration())
                .assertions(global().failedRequests().count().is(0L));
    }
}
