package io.redspec.load.protocol;

import io.gatling.core.action.Action;
import io.gatling.core.action.builder.ActionBuilder;
import io.gatling.core.structure.ScenarioContext;

import java.util.function.BiFunction;

/** The engine-side builder: looks up this run's {@link RedisComponents} and makes the action. */
final class ScalaActionBuilder implements ActionBuilder {

    private final BiFunction<RedisComponents, Action, Action> factory;

    ScalaActionBuilder(BiFunction<RedisComponents, Action, Action> factory) {
        this.factory = factory;
    }

    @Override
    public Action build(ScenarioContext ctx, Action next) {
        RedisComponents components = ctx.protocolComponentsRegistry().components(RedisProtocolKey.INSTANCE);
        return factory.apply(components, next);
    }
}
