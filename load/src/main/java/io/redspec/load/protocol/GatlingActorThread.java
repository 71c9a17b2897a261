package io.redspec.load.protocol;

import io.gatling.core.actor.ActorSystem;
import scala.concurrent.ExecutionContext;
import scala.concurrent.impl.ExecutionContextImpl;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * Runs Gatling's actors on one thread instead of one per core. Its stats writer is an actor that
 * drains its mailbox, goes idle and is woken again by the next response: with two pool threads
 * each wake-up went to the other thread, about 25,000 context switches per second at 45,000
 * responses per second (2 cores, pipelined baseline), taking CPU from the server under test and
 * from the event loop. With one thread the writer's runs and {@link StatsBuffer}'s hand-offs queue
 * behind each other on it, in order, and the thread wakes about once per hand-off.
 */
final class GatlingActorThread {

    private GatlingActorThread() {
    }

    /**
     * Shrinks the actor system's pool to one thread and returns it; null when this Gatling keeps
     * its pool in another form (then nothing is changed and responses are handed over directly).
     */
    static Executor shrink(ActorSystem system) {
        ExecutionContext context = system.executionContext();
        if (context instanceof ExecutionContextImpl impl && impl.executor() instanceof ThreadPoolExecutor pool) {
            pool.setCorePoolSize(1); // extra threads leave when next idle
            pool.setMaximumPoolSize(1);
            return pool;
        }
        return null;
    }
}
