package io.redspec.options;

import io.redspec.server.Target;
import java.util.Iterator;

/**
 * The {@code --target} forms, as picocli completion candidates so a help text lists them from the
 * code ({@code ${COMPLETION-CANDIDATES}}) instead of repeating them.
 */
public final class TargetForms implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return Target.forms().iterator();
    }
}
