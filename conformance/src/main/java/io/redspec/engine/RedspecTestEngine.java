package io.redspec.engine;

import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecException;
import io.redspec.spec.SpecFile;
import io.redspec.spec.SpecLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;

/**
 * The JUnit Platform engine: spec files become containers, each case a test per protocol. Found by
 * ServiceLoader, so the CLI, Surefire, the console launcher and IDEs all run specs the same way.
 */
public final class RedspecTestEngine extends HierarchicalTestEngine<RedspecContext> {
    public static final String ID = "redspec";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.redspec");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("redspec-conformance");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        RedspecEngineDescriptor engine = new RedspecEngineDescriptor(uniqueId);
        RedspecConfig config = RedspecConfig.from(request.getConfigurationParameters());
        List<Path> roots = new ArrayList<>();
        request.getSelectorsByType(FileSelector.class).forEach(s -> roots.add(s.getPath()));
        request.getSelectorsByType(DirectorySelector.class).forEach(s -> roots.add(s.getPath()));
        List<UniqueIdSelector> byId = request.getSelectorsByType(UniqueIdSelector.class).stream()
                .filter(s -> s.getUniqueId().hasPrefix(uniqueId)).toList();
        if (roots.isEmpty() && (!byId.isEmpty() || !config.specPaths().isEmpty())) {
            (config.specPaths().isEmpty() ? List.of("spec") : config.specPaths()).forEach(p -> roots.add(Path.of(p)));
        }
        if (roots.isEmpty()) {
            return engine; // e.g. Surefire asking about test classes: nothing for us
        }
        SpecLoader.Result loaded = new SpecLoader().load(roots);
        for (SpecException e : loaded.errors()) {
            engine.addChild(new SpecErrorDescriptor(uniqueId.append("error", e.file()), e));
        }
        for (SpecFile f : LongFirst.files(loaded.files())) {
            SpecFileDescriptor fileDescriptor = new SpecFileDescriptor(uniqueId.append(SpecFileDescriptor.SEGMENT, f.name()), f);
            for (SpecCase c : LongFirst.cases(f)) {
                for (int protocol : config.protocols()) {
                    UniqueId id = fileDescriptor.getUniqueId().append(CaseDescriptor.SEGMENT, CaseDescriptor.segmentValue(c, protocol));
                    if (byId.isEmpty() || byId.stream().anyMatch(s -> id.hasPrefix(s.getUniqueId()))) {
                        fileDescriptor.addChild(new CaseDescriptor(id, c, protocol));
                    }
                }
            }
            if (!fileDescriptor.getChildren().isEmpty()) {
                engine.addChild(fileDescriptor);
            }
        }
        return engine;
    }

    @Override
    protected RedspecContext createExecutionContext(ExecutionRequest request) {
        return new RedspecContext(RedspecConfig.from(request.getConfigurationParameters()),
                request.getEngineExecutionListener());
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        int jobs = Math.max(1, RedspecConfig.from(request.getConfigurationParameters()).jobs());
        return new ForkJoinPoolHierarchicalTestExecutorService(new FixedParallelism(jobs));
    }

    /** Cases mostly wait on the network, so a fixed pool sized by --jobs, not by cores. */
    private record FixedParallelism(int jobs) implements ParallelExecutionConfiguration {
        public int getParallelism() { return jobs; }
        public int getMinimumRunnable() { return jobs; }
        public int getMaxPoolSize() { return jobs + 256; }
        public int getCorePoolSize() { return jobs; }
        public int getKeepAliveSeconds() { return 30; }
    }
}
