package io.redspec.engine;

import io.redspec.exec.CaseRunner;
import io.redspec.exec.FailureDetail;
import io.redspec.exec.RunSettings;
import java.util.List;
import org.junit.platform.engine.reporting.ReportEntry;
import io.redspec.spec.SpecCase;
import io.redspec.timing.RunTimeline;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.hierarchical.Node;

/** One case under one protocol: the unit that passes, fails or is skipped. */
final class CaseDescriptor extends AbstractTestDescriptor implements Node<RedspecContext> {
    static final String SEGMENT = "case";
    /** Tag prefix of an exclusive case's own resources, e.g. owns:functions. */
    public static final String OWNS_TAG = "owns:";

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
    boolean exclusive() { return specCase.exclusive(); }
    /** Runs alone after the others: exclusive without naming the resources it owns. */
    boolean wholeServer() { return specCase.exclusive() && specCase.exclusiveResources().isEmpty(); }
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
        for (String r : specCase.exclusiveResources()) {
            tags.add(TestTag.create(OWNS_TAG + r));
        }
        return tags;
    }

    @Override
    public SkipResult shouldBeSkipped(RedspecContext context) {
        var s = context.settings();
        Optional<String> reason = specCase.gate().skipReason(s.version(), s.flavour(), protocol, s.mode());
        if (reason.isEmpty() && protocol == 3 && context.resp3Refusal() != null) {
            reason = Optional.of(context.resp3Refusal());
        }
        if (reason.isEmpty() && specCase.exclusive() && !context.target().embedded() && !context.config().allowDestructive()) {
            reason = Optional.of("exclusive: changes server-wide state; runs on embedded targets or with --allow-destructive");
        }
        if (reason.isEmpty() && specCase.db() != null) {
            reason = OwnDatabaseSkip.reason(specCase.db(), s);
        }
        if (reason.isPresent()) {
            if (!wholeServer()) {
                context.exclusiveGate().sharedDone();
            }
            return SkipResult.skip(reason.get());
        }
        return SkipResult.doNotSkip();
    }

    @Override
    public RedspecContext execute(RedspecContext context, DynamicTestExecutor dynamicTestExecutor) throws Exception {
        long queued = System.nanoTime();
        if (wholeServer()) {
            WholeServerTwin.Place place = context.wholeServer().place();
            context.exclusiveGate().runAlone(place.afterShared(), () -> run(context, place.settings(), queued));
            return context;
        }
        if (specCase.exclusive()) {
            try {
                context.exclusiveGate().runHolding(specCase.exclusiveResources(), () -> run(context, context.settings(), queued));
            } finally {
                context.exclusiveGate().sharedDone();
            }
            return context;
        }
        try {
            report(context, new CaseRunner(context.settings()).run(specCase, protocol));
        } finally {
            context.exclusiveGate().sharedDone();
        }
        return context;
    }

    /** An exclusive case's turn: how long it waited for it (for the benchmark's critical path), then the case. */
    private void run(RedspecContext context, RunSettings settings, long queued) throws Exception {
        context.listener().reportingEntryPublished(this, ReportEntry.from(RunTimeline.WAITED_MS,
                String.valueOf((System.nanoTime() - queued) / 1_000_000)));
        report(context, new CaseRunner(settings).run(specCase, protocol));
    }

    /** Accepted wording differences go to the reports as entries of this case, one per step. */
    private void report(RedspecContext context, List<FailureDetail> accepted) {
        for (FailureDetail d : accepted) {
            context.listener().reportingEntryPublished(this, ReportEntry.from(AcceptedEntry.KEY, AcceptedEntry.encode(d)));
        }
    }
}
