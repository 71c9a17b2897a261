package io.redspec.load.protocol;

import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * DSL for a pipeline: {@code Redis.pipeline("p", s -> lines).check(0, reply().is("OK")).check(1, reply().ofLong().saveAs("n"))}.
 * Without checks the replies are only scanned for errors (redis-benchmark's rate); with checks they
 * are kept and each check reads its command's reply. Immutable.
 */
public final class RedisPipelineBuilder implements ActionBuilder {

    private final String name;
    private final Function<Session, List<List<String>>> commandLines;
    private final Map<Integer, List<ReplyCheck>> checks;

    RedisPipelineBuilder(String name, Function<Session, List<List<String>>> commandLines, Map<Integer, List<ReplyCheck>> checks) {
        this.name = Redis.requireName(name);
        this.commandLines = Objects.requireNonNull(commandLines, "commandLines");
        this.checks = checks;
    }

    /** Checks the reply of the pipeline's command at {@code index} (0 is the first). */
    public RedisPipelineBuilder check(int index, ReplyCheck... more) {
        if (index < 0) {
            throw new IllegalArgumentException("command index must be >= 0, got " + index);
        }
        Map<Integer, List<ReplyCheck>> all = new TreeMap<>(checks);
        List<ReplyCheck> forIndex = new ArrayList<>(all.getOrDefault(index, List.of()));
        for (ReplyCheck c : more) {
            forIndex.add(Objects.requireNonNull(c, "check"));
        }
        all.put(index, List.copyOf(forIndex));
        return new RedisPipelineBuilder(name, commandLines, java.util.Collections.unmodifiableMap(all));
    }

    @Override
    public io.gatling.core.action.builder.ActionBuilder asScala() {
        return new ScalaActionBuilder((components, next) ->
                new RedisPipelineAction(name, components, next, commandLines, checks));
    }
}
