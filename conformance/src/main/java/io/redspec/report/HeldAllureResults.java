package io.redspec.report;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Where Allure's listener puts each case's result. A result that passed or was skipped is completed
 * and written, redacted, by one background thread while the run goes on (its completion needs only
 * the spec and the server); a failed one is held until the summary says how it failed
 * ({@link AllureResults#write}). Before, Allure wrote every file at once, then each was read back,
 * completed and rewritten, then read again to redact: about 4 s of a 5,470-case run spent after the
 * last case on 11,000 files. Containers are dropped: they hold fixtures (before/after methods), and a
 * spec case has none. Attachments, which Redspec does not add, go straight to disk, where the report
 * scrubber cleans them.
 */
public final class HeldAllureResults implements AllureResultsWriter {
    private final Path dir;
    private final Map<String, SpecCase> cases;
    private final Supplier<String> server;
    private final ConcurrentLinkedQueue<TestResult> failed = new ConcurrentLinkedQueue<>();
    private final FileSystemResultsWriter attachments;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "redspec-allure-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<IOException> error = new AtomicReference<>();

    /** @param server the server label ("redis 7.0.15"), known once the run has connected */
    public HeldAllureResults(Path dir, List<SpecFile> files, Supplier<String> server) {
        this.dir = dir;
        this.cases = AllureResults.casesById(files);
        this.server = server;
        this.attachments = new FileSystemResultsWriter(dir);
    }

    @Override
    public void write(TestResult result) {
        if (result.getStatus() == Status.PASSED || result.getStatus() == Status.SKIPPED) {
            writer.execute(() -> {
                try {
                    Files.createDirectories(dir);
                    AllureResults.writeOne(dir, result, cases, id -> null, server.get());
                } catch (IOException | UncheckedIOException e) {
                    error.compareAndSet(null, e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
                }
            });
        } else {
            failed.add(result);
        }
    }

    @Override
    public void write(TestResultContainer container) {
        // no fixtures in a spec case: nothing a reader would miss
    }

    @Override
    public void write(String source, InputStream attachment) {
        attachments.write(source, attachment);
    }

    /**
     * Waits for the background writes and returns the failed results, in the order the cases finished.
     *
     * @throws IOException the first write that failed
     */
    public List<TestResult> finish() throws IOException {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IOException("the Allure results of " + dir + " were not written within 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the Allure results of " + dir, e);
        }
        if (error.get() != null) {
            throw error.get();
        }
        return new ArrayList<>(failed);
    }
}
