package io.redspec.load.protocol;

import io.gatling.javaapi.core.Session;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The first half of a check in Gatling's style: what to take from a reply, typed and transformed
 * ({@code reply().ofLong()}, {@code element(0).ofString().transform(String::length)}); a validator
 * ({@code is}, {@code not}, {@code in}, {@code exists}, {@code notExists}, {@code validate})
 * makes it a {@link RedisCheck}, which may also {@code saveAs} what it found. As in Gatling, a
 * nil reply (or a missing element) is "found nothing": only {@code notExists} accepts it, and
 * {@code saveAs} without a validator means {@code exists().saveAs}.
 *
 * @param <T> the type of what is found
 */
public final class ReplyFind<T> {

    /** What was found, or {@link #NOTHING}; an extraction that cannot apply throws {@link Mismatch}. */
    private final BiFunction<Object, Session, Object> extract;
    private final String description;

    static final Object NOTHING = new Object();

    /** A reply of the wrong shape or type: the check fails with this message. */
    static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    ReplyFind(BiFunction<Object, Session, Object> extract, String description) {
        this.extract = extract;
        this.description = description;
    }

    static ReplyFind<Object> reply() {
        return new ReplyFind<>((reply, session) -> reply == null ? NOTHING : reply, "reply");
    }

    static ReplyFind<Object> element(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("element index must be >= 0, got " + index);
        }
        return new ReplyFind<>((reply, session) -> {
            if (reply == null) {
                return NOTHING;
            }
            if (!(reply instanceof List<?> list)) {
                throw new Mismatch("expected an array reply but got " + reply);
            }
            Object e = index < list.size() ? list.get(index) : null;
            return e == null ? NOTHING : e;
        }, "element " + index);
    }

    /** The value found, or {@link #NOTHING}. */
    Object find(Object reply, Session session) {
        return extract.apply(reply, session);
    }

    String description() {
        return description;
    }

    public ReplyFind<String> ofString() {
        return ofType(String.class);
    }

    /** An integer reply. */
    public ReplyFind<Long> ofLong() {
        return ofType(Long.class);
    }

    public ReplyFind<Double> ofDouble() {
        return ofType(Double.class);
    }

    @SuppressWarnings("unchecked")
    public ReplyFind<List<Object>> ofList() {
        return (ReplyFind<List<Object>>) (ReplyFind<?>) ofType(List.class);
    }

    private <X> ReplyFind<X> ofType(Class<?> type) {
        return new ReplyFind<>((reply, session) -> {
            Object found = extract.apply(reply, session);
            if (found != NOTHING && !type.isInstance(found)) {
                throw new Mismatch(description + ": expected a " + type.getSimpleName() + " but got " + found);
            }
            return found;
        }, description);
    }

    /** Applies {@code f} to what was found (not to nothing); a null result is nothing. */
    public <X> ReplyFind<X> transform(Function<T, X> f) {
        Objects.requireNonNull(f, "f");
        return transformWithSession((value, session) -> f.apply(value));
    }

    @SuppressWarnings("unchecked")
    public <X> ReplyFind<X> transformWithSession(BiFunction<T, Session, X> f) {
        Objects.requireNonNull(f, "f");
        return new ReplyFind<>((reply, session) -> {
            Object found = extract.apply(reply, session);
            if (found == NOTHING) {
                return NOTHING;
            }
            Object x;
            try {
                x = f.apply((T) found, session);
            } catch (ClassCastException e) {
                throw new Mismatch(description + ": transform cannot take " + found);
            }
            return x == null ? NOTHING : x;
        }, description);
    }

    public RedisCheck is(T expected) {
        Objects.requireNonNull(expected, "expected (use notExists() for nil)");
        return validate("is " + expected, expected::equals);
    }

    /** Like {@link #is}, the expected value from the session (a Gatling attribute name). */
    public RedisCheck isAttribute(String attribute) {
        Objects.requireNonNull(attribute, "attribute");
        return new RedisCheck(this, (found, session) -> Objects.equals(found, session.get(attribute)) ? null
                : "expected #{" + attribute + "} (" + session.get(attribute) + ") but found " + found, true);
    }

    public RedisCheck not(T unexpected) {
        Objects.requireNonNull(unexpected, "unexpected");
        return validate("is not " + unexpected, found -> !unexpected.equals(found));
    }

    @SafeVarargs
    public final RedisCheck in(T... allowed) {
        List<T> values = List.of(allowed);
        return validate("is in " + values, values::contains);
    }

    public RedisCheck exists() {
        return validate("exists", found -> true);
    }

    /** Passes on nil (or a missing element); fails when something was found. */
    public RedisCheck notExists() {
        return new RedisCheck(this, (found, session) -> found == NOTHING ? null
                : description + ": expected nothing but found " + found, false);
    }

    /** What was found satisfies {@code condition}; {@code what} names it in the KO message. */
    @SuppressWarnings("unchecked")
    public RedisCheck validate(String what, Predicate<T> condition) {
        Objects.requireNonNull(condition, "condition");
        return new RedisCheck(this, (found, session) -> condition.test((T) found) ? null
                : description + ": expected " + what + " but found " + found, true);
    }

    /** {@code exists().saveAs(attribute)}. */
    public RedisCheck saveAs(String attribute) {
        return exists().saveAs(attribute);
    }
}
