package io.redspec.load.protocol;

import io.gatling.core.actor.ActorSystem;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the one-thread actor pool against a Gatling upgrade that moves it: the figures in load/README depend on it. */
class GatlingActorThreadTest {

    @Test
    void gatlingsActorPoolShrinksToOneThreadThatStillRunsTasks() throws InterruptedException {
        ActorSystem system = new ActorSystem();
        try {
            var executor = GatlingActorThread.shrink(system);
            assertThat(executor).isInstanceOf(ThreadPoolExecutor.class);
            assertThat(((ThreadPoolExecutor) executor).getMaximumPoolSize()).isEqualTo(1);
            CountDownLatch ran = new CountDownLatch(2);
            executor.execute(ran::countDown);
            system.executionContext().execute(ran::countDown); // Gatling's own path
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            system.close();
        }
    }
}
