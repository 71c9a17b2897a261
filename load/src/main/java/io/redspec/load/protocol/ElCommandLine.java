package io.redspec.load.protocol;

import io.gatling.commons.validation.Failure;
import io.gatling.commons.validation.Success;
import io.gatling.commons.validation.Validation;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.internal.Expressions;
import scala.Function1;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A command line whose arguments may hold Gatling Expression Language, as Gatling's own
 * protocols take it ({@code "user:#{id}"}, {@code "#{value}"}, {@code "#{list(0)}"}): compiled once by
 * Gatling's EL compiler, resolved per session. A missing attribute makes the request crash with
 * Gatling's message, as an HTTP request's would. Arguments without {@code #{} stay literal.
 */
final class ElCommandLine implements Function<Session, List<String>> {

    private final List<Function1<io.gatling.core.session.Session, Validation<String>>> parts;
    /** The whole line when no argument holds EL: no per-session work. */
    private final List<String> literal;

    ElCommandLine(List<String> argv) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least its name");
        }
        boolean el = argv.stream().anyMatch(a -> a.contains("#{"));
        this.literal = el ? null : List.copyOf(argv);
        this.parts = el ? argv.stream().map(Expressions::toStringExpression).toList() : List.of();
    }

    @Override
    public List<String> apply(Session session) {
        if (literal != null) {
            return literal;
        }
        List<String> line = new ArrayList<>(parts.size());
        for (Function1<io.gatling.core.session.Session, Validation<String>> part : parts) {
            Validation<String> v = part.apply(session.asScala());
            if (v instanceof Success<String> s) {
                line.add(s.value());
            } else {
                throw new IllegalArgumentException(((Failure) (Object) v).message());
            }
        }
        return line;
    }
}
