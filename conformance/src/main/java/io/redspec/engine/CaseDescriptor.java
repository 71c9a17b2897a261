package io.redspec.engine;

import io.redspec.exec.CaseRunner;
import io.redspec.spec.SpecCase;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.ExclusiveResource;
import org.junit.platform.engine.support.hierarchical.Node;

/** One case under one protocol: the unit that passes, fails or is skipped. */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<RedspecContext> {
    static final String SEGMENT = "case";
    /** Every case reads the shared server; exclusive cases write it and so run alone. */
    static final String SERVER_LOCK = "redspec.server";

    private final SpecCase specCase;
    private final int protocol;

    CaseDescriptor(UniqueId id, SpecCase specCase, int protocol) {
        super(id, specCase.id() + " [RESP" + protocol + "]",
                FileSource.from(specCase.file().path().toFile(), FilePosition.from(specCase.line())));
        this.specCase = specCase;
        this.protocol = protocol;
    }

    static String segmentValue(SpecCase c, int protocol) {
        return c.id() + "@resp" + protocol;
    }

    SpecCase specCase() { return specCase; }
    int protocol() { return protocol; }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public String getLegacyReportingName() {
        return getDisplayName() + " " + specCase.name();
    }

    @Override
    public Set<TestTag> getTags() {
        Set<TestTag> tags = new LinkedHashSet<>();
        for (String t : specCase.tags()) {
            if (TestTag.isValid(t)) {
                tags.add(TestTag.create(t));
            }
        }
        tags.add(TestTag.create("resp" + protocol));
        if (specCase.file().group() != null && TestTag.isValid(specCase.file().group())) {
            tags.add(TestTag.create("group:" + specCase.file().group()));
        }
        if (specCase.exclusive()) {
            tags.add(TestTag.create("exclusive"));
        }
        return tags;
    }

    @Override
    public Set<ExclusiveResource> getExclusiveResources() {
        return Set.of(new ExclusiveResource(SERVER_LOCK,
                specCase.exclusive() ? ExclusiveResource.LockMode.READ_WRITE : ExclusiveResource.LockMode.READ));
    }

    @Override
    public SkipResult shouldBeSkipped(RedspecContext context) {
        var s = context.settings();
        Optional<String> reason = specCase.gate().skipReason(s.version(), s.flavour(), protocol, s.mode());
        if (reason.isPresent()) {
            return SkipResult.skip(reason.get());
        }
        if (specCase.exclusive() && !context.target().embedded() && !context.config().allowDestructive()) {
            return SkipResult.skip("exclusive: changes server-wide state; runs on embedded targets or with --allow-destructive");
        }
        return SkipResult.doNotSkip();
    }

    @Override
    public RedspecContext execute(RedspecContext context, DynamicTestExecutor dynamicTestExecutor) throws Exception {
        new CaseRunner(context.settings()).run(specCase, protocol);
        return context;
    }
}
