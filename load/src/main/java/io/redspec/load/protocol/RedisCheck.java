package io.redspec.load.protocol;

import io.gatling.javaapi.core.Session;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A check in Gatling's style, built from a {@link ReplyFind}: validates what it finds and, with
 * {@link #saveAs}, keeps it in the session once every check of the request passed.
 */
public final class RedisCheck implements ReplyCheck {

    private final ReplyFind<?> find;
    /** null when the value found is acceptable, else the KO message; never given NOTHING when {@code needsValue}. */
    private final BiFunction<Object, Session, String> validator;
    private final boolean needsValue;
    private final String saveAs;

    RedisCheck(ReplyFind<?> find, BiFunction<Object, Session, String> validator, boolean needsValue) {
        this(find, validator, needsValue, null);
    }

    private RedisCheck(ReplyFind<?> find, BiFunction<Object, Session, String> validator, boolean needsValue, String saveAs) {
        this.find = find;
        this.validator = validator;
        this.needsValue = needsValue;
        this.saveAs = saveAs;
    }

    /** Saves what was found (after transforms) as {@code attribute}. */
    public RedisCheck saveAs(String attribute) {
        Objects.requireNonNull(attribute, "attribute");
        return new RedisCheck(find, validator, needsValue, attribute);
    }

    @Override
    public String verify(Object reply, Session session) {
        Object found;
        try {
            found = find.find(reply, session);
        } catch (ReplyFind.Mismatch e) {
            return e.getMessage();
        }
        if (needsValue && found == ReplyFind.NOTHING) {
            return find.description() + ": found nothing";
        }
        return validator.apply(found, session);
    }

    @Override
    public Session afterSuccess(Object reply, Session session) {
        if (saveAs == null) {
            return session;
        }
        Object found = find.find(reply, session);
        return found == ReplyFind.NOTHING ? session.remove(saveAs) : session.set(saveAs, found);
    }
}
