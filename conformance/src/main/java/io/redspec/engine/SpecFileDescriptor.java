package io.redspec.engine;

import io.redspec.spec.SpecFile;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** A spec file: a container of case tests. */
final class SpecFileDescriptor extends AbstractTestDescriptor implements Node<RedspecContext> {
    static final String SEGMENT = "file";

    private final SpecFile file;

    SpecFileDescriptor(UniqueId id, SpecFile file) {
        super(id, file.name(), FileSource.from(file.path().toFile()));
        this.file = file;
    }

    SpecFile file() {
        return file;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
