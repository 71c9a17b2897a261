package io.redspec.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.redspec.spec.SpecCase;
import io.redspec.spec.SpecFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Adds what a reader of the Allure report needs to each case's result: the case's name, the documented
 * behaviour it encodes (and its note), a link to the documentation, and labels that group results by
 * command group, command and spec file. Registered after the Allure listener, so the case's result is
 * the current one on this thread.
 */
public final class AllureCaseDetails implements TestExecutionListener {
    private final AllureLifecycle lifecycle;
    private final Map<String, SpecCase> byFullId = new HashMap<>();

    public AllureCaseDetails(AllureLifecycle lifecycle, List<SpecFile> files) {
        this.lifecycle = lifecycle;
        for (SpecFile f : files) {
            for (SpecCase c : f.cases()) {
                byFullId.put(c.fullId(), c);
            }
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (!id.isTest()) {
            return;
        }
        String file = null;
        String caseSegment = null;
        for (UniqueId.Segment s : UniqueId.parse(id.getUniqueId()).getSegments()) {
            if (s.getType().equals("file")) {
                file = s.getValue();
            } else if (s.getType().equals("case")) {
                caseSegment = s.getValue();
            }
        }
        if (file == null || caseSegment == null || !caseSegment.contains("@resp")) {
            return;
        }
        String protocol = caseSegment.substring(caseSegment.lastIndexOf("@resp") + 5);
        SpecCase c = byFullId.get(file + ":" + caseSegment.substring(0, caseSegment.lastIndexOf("@resp")));
        if (c == null) {
            return;
        }
        lifecycle.updateTestCase(r -> {
            r.setName(c.name() + " [RESP" + protocol + "]");
            r.setFullName(c.fullId() + " [RESP" + protocol + "]");
            r.setDescription(c.behaviour() + (c.note() != null ? "\n\nNote: " + c.note() : "")
                    + "\n\n" + c.location());
            if (c.citation() != null && c.citation().startsWith("http")) {
                r.getLinks().add(new Link().setName("documentation").setUrl(c.citation()));
            }
            r.getParameters().add(new Parameter().setName("protocol").setValue("RESP" + protocol));
            r.getLabels().add(new Label().setName("parentSuite").setValue(c.file().group() != null ? c.file().group() : "other"));
            r.getLabels().add(new Label().setName("suite").setValue(c.file().name()));
            if (c.file().group() != null) {
                r.getLabels().add(new Label().setName("feature").setValue(c.file().group()));
            }
            if (c.file().command() != null) {
                r.getLabels().add(new Label().setName("story").setValue(c.file().command()));
            }
        });
    }
}
