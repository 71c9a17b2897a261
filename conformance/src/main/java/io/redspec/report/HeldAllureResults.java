package io.redspec.report;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Where Allure's listener puts each case's result during a run: kept in memory, so
 * {@link AllureResults#write} writes every result file once, completed and with passwords redacted,
 * when the summary is known. (Written by Allure at once, each file was read back, completed and
 * rewritten, then read again to redact: about 4 s of a 5,470-case run spent on 11,000 files.)
 * Containers are dropped: they hold fixtures (before/after methods), and a spec case has none.
 * Attachments, which Redspec does not add, go straight to disk, where the report scrubber cleans them.
 */
public final class HeldAllureResults implements AllureResultsWriter {
    private final ConcurrentLinkedQueue<TestResult> results = new ConcurrentLinkedQueue<>();
    private final FileSystemResultsWriter attachments;

    public HeldAllureResults(Path dir) {
        this.attachments = new FileSystemResultsWriter(dir);
    }

    @Override
    public void write(TestResult result) {
        results.add(result);
    }

    @Override
    public void write(TestResultContainer container) {
        // no fixtures in a spec case: nothing a reader would miss
    }

    @Override
    public void write(String source, InputStream attachment) {
        attachments.write(source, attachment);
    }

    /** Every result written so far, in the order the cases finished. */
    public List<TestResult> results() {
        return new ArrayList<>(results);
    }
}
