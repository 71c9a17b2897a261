package io.redspec.engine;

import io.redspec.spec.SpecException;
import java.io.File;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A spec file that could not be parsed, shown as a failing test so an IDE or Surefire run points at it
 * (the CLI stops before running anything instead).
 */
final class SpecErrorDescriptor extends AbstractTestDescriptor implements Node<RedspecContext> {
    private final SpecException error;

    SpecErrorDescriptor(UniqueId id, SpecException error) {
        super(id, "malformed " + error.file(), FileSource.from(new File(error.file()),
                error.line() > 0 ? FilePosition.from(error.line()) : null));
        this.error = error;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public RedspecContext execute(RedspecContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw new SpecErrorFailure(error.getMessage());
    }

    static final class SpecErrorFailure extends RuntimeException {
        SpecErrorFailure(String message) {
            super(message, null, false, false);
        }
    }
}
