package io.redspec.engine;

import io.redspec.exec.CaseRunner;
import io.redspec.exec.Jitter;
import io.redspec.exec.Leftovers;
import io.redspec.exec.RunKeys;
import io.redspec.exec.StepMutation;
import io.redspec.exec.RunSettings;
import io.redspec.report.SummaryBuilder;
import io.redspec.schema.ReplyCheck;
import io.redspec.schema.ReplySchemas;
import io.redspec.schema.SchemaFacts;
import io.redspec.resp.Endpoint;
import io.redspec.server.ServerInfo;
import io.redspec.server.Target;
import io.redspec.server.Version;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of a run: connects to (or starts) the target before any case and releases it after the
 * last, then checks that no key of the run was left behind.
 */
final class RedspecEngineDescriptor extends EngineDescriptor implements Node<RedspecContext> {
    static final String ENTRY_TARGET = SummaryBuilder.FACT_TARGET;
    static final String ENTRY_FLAVOUR = SummaryBuilder.FACT_FLAVOUR;
    static final String ENTRY_VERSION = SummaryBuilder.FACT_VERSION;
    static final String ENTRY_LEFTOVER = SummaryBuilder.FACT_LEFTOVER;
    /** Notes, one per database and case that left keys behind. */
    static final String ENTRY_LEFTOVER_NOTE = SummaryBuilder.FACT_LEFTOVER_NOTE_PREFIX;
    /** A note, so the step-level figure of --mutate=steps is said at the top of every report. */
    static final String ENTRY_MUTATE_STEPS = SummaryBuilder.FACT_NOTE_PREFIX + "mutate-steps";

    /** A note: where the whole-server cases ran (a second embedded server, or the target itself). */
    static final String ENTRY_WHOLE_SERVER = SummaryBuilder.FACT_NOTE_PREFIX + "whole-server";

    RedspecEngineDescriptor(UniqueId id) {
        super(id, "Redspec");
    }

    @Override
    public RedspecContext before(RedspecContext context) throws Exception {
        RedspecConfig config = context.config();
        Target target = TargetPrefetch.take(config.target(), config.timeout());
        try {
            ServerInfo info = target.serverInfo();
            Version version = config.serverVersionOverride().map(Version::parse).orElse(info.version());
            String versionSource = config.serverVersionOverride().isPresent() ? "override" : version != null ? "info" : "unknown";
            Map<String, String> entry = new LinkedHashMap<>();
            if (version == null) {
                version = Version.UNKNOWN_NEWEST;
                entry.put(SummaryBuilder.FACT_NOTE_PREFIX + "version", "the server reports no version in INFO: cases ran "
                        + "without version gating (the newest documented behaviour is expected) and failures of "
                        + "version-gated cases are marked; --server-version X.Y.Z gates by a version instead");
            }
            Endpoint endpoint = config.tlsInsecure() ? target.endpoint().withTlsInsecure(true) : target.endpoint();
            String resp3Refusal = config.protocols().contains(3) ? Resp3Probe.refusal(endpoint, config.timeout()) : null;
            if (resp3Refusal != null) {
                entry.put(SummaryBuilder.FACT_NOTE_PREFIX + "resp3", resp3Refusal + ": all RESP3 case runs are skipped"
                        + (config.protocols().size() > 1 ? " (the exit status does not count them)" : ""));
                entry.put(SummaryBuilder.FACT_RESP3_REFUSED, resp3Refusal);
            }
            RunSettings settings = new RunSettings(newRunId(), endpoint, info.flavour(), version, config.timeout(),
                    config.mutate(), "cluster".equals(info.mode()), config.lenientErrorText(),
                    config.jitterSeed() == null ? null : new Jitter(config.jitterSeed()),
                    config.mutateSteps() ? new StepMutation() : null,
                    config.schema() ? new ReplyCheck(ReplySchemas.bundled()) : null,
                    "cluster".equals(info.mode()) ? new RunKeys(1) : RunKeys.of(endpoint, config.timeout()));
            entry.put(ENTRY_TARGET, target.description());
            entry.put(ENTRY_FLAVOUR, info.flavour().id());
            if (version != Version.UNKNOWN_NEWEST) {
                entry.put(ENTRY_VERSION, version.toString());
            }
            entry.put(SummaryBuilder.FACT_VERSION_SOURCE, versionSource);
            context.listener().reportingEntryPublished(this, ReportEntry.from(entry));
            long shared = getDescendants().stream()
                    .filter(d -> d instanceof CaseDescriptor c && !c.wholeServer()).count();
            long wholeServer = getDescendants().stream()
                    .filter(d -> d instanceof CaseDescriptor c && c.wholeServer()).count();
            RedspecContext connected = context.connected(target, settings, new ExclusiveGate(shared),
                    WholeServerTwin.start(target, settings, wholeServer));
            return resp3Refusal == null ? connected : connected.refusingResp3(resp3Refusal);
        } catch (Exception | Error e) {
            target.close();
            throw e;
        }
    }

    @Override
    public void after(RedspecContext context) throws Exception {
        if (context.target() == null) {
            return;
        }
        try {
            Leftovers left = CaseRunner.sweepLeftovers(context.settings());
            WholeServerTwin.Swept twin = context.wholeServer().sweepLeftovers();
            context.listener().reportingEntryPublished(this, ReportEntry.from(ENTRY_LEFTOVER,
                    String.valueOf(left.count() + twin.count())));
            List<String> lines = new ArrayList<>(left.lines(context.settings().keys()));
            lines.addAll(twin.lines());
            for (int i = 0; i < lines.size(); i++) {
                // notes, so every report says which case leaked where; the CLI fails the run on them
                context.listener().reportingEntryPublished(this, ReportEntry.from(
                        String.format("%s%03d", ENTRY_LEFTOVER_NOTE, i), lines.get(i) + " (deleted after the run)"));
            }
            StepMutation steps = context.settings().stepMutation();
            if (steps != null) {
                context.listener().reportingEntryPublished(this, ReportEntry.from(ENTRY_MUTATE_STEPS, steps.figure()));
            }
        } catch (Exception e) {
            // the server may be gone; the cases already say so
        }
        try {
            if (context.settings().schema() != null) {
                context.listener().reportingEntryPublished(this,
                        ReportEntry.from(SchemaFacts.encode(context.settings().schema().hits())));
            }
            String twinNote = context.wholeServer().note();
            if (twinNote != null) {
                context.listener().reportingEntryPublished(this, ReportEntry.from(ENTRY_WHOLE_SERVER, twinNote));
            }
        } finally {
            CaseRunner.runEnded(context.settings());
            // the two servers stop side by side: each waits for its process to exit
            CompletableFuture<Void> twinStopped = CompletableFuture.runAsync(context.wholeServer()::close);
            context.target().close();
            twinStopped.join();
        }
    }

    /** Short and random, so concurrent runs against one server never share a key. */
    private static String newRunId() {
        return Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36).substring(0, 8);
    }
}
