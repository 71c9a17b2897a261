package io.redspec.load.protocol;

import io.gatling.core.CoreComponents;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.protocol.Protocol;
import io.gatling.core.protocol.ProtocolKey;
import scala.Function1;
import scala.runtime.BoxedUnit;

/** Tells Gatling how to build {@link RedisComponents} from the {@link RedisProtocol} a simulation declared. */
final class RedisProtocolKey implements ProtocolKey<RedisProtocol, RedisComponents> {

    static final RedisProtocolKey INSTANCE = new RedisProtocolKey();

    private RedisProtocolKey() {
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<Protocol> protocolClass() {
        return (Class) RedisProtocol.class;
    }

    @Override
    public RedisProtocol defaultProtocolValue(GatlingConfiguration configuration) {
        return RedisProtocolBuilder.defaults().settings();
    }

    @Override
    public Function1<RedisProtocol, RedisComponents> newComponents(CoreComponents core) {
        // as Gatling's HTTP and JMS protocols do: what a run opened closes when its actor system
        // terminates (after the simulation's after()), whether the run ended, crashed or timed out
        return settings -> {
            RedisComponents components = new RedisComponents(settings, core);
            core.actorSystem().registerOnTermination(() -> {
                components.close();
                return BoxedUnit.UNIT;
            });
            return components;
        };
    }
}
