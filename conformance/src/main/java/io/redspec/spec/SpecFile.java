package io.redspec.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One parsed spec file. Cases are added after construction because they point back to their file. */
public final class SpecFile {
    private final Path path;
    private final String displayPath;
    private final String name;
    private final String command;
    private final String group;
    private final String doc;
    private final List<Step> setup;
    private final List<Step> teardown;
    private final List<SpecCase> cases = new ArrayList<>();

    public SpecFile(Path path, String displayPath, String name, String command, String group, String doc,
                    List<Step> setup, List<Step> teardown) {
        this.path = path;
        this.displayPath = displayPath;
        this.name = name;
        this.command = command;
        this.group = group;
        this.doc = doc;
        this.setup = List.copyOf(setup);
        this.teardown = List.copyOf(teardown);
    }

    public Path path() { return path; }
    /** The path as the user should see it in messages, e.g. {@code spec/list/linsert.yaml}. */
    public String displayPath() { return displayPath; }
    /** Path under the spec root without {@code .yaml}, e.g. {@code list/linsert}: the prefix of case ids. */
    public String name() { return name; }
    public String command() { return command; }
    public String group() { return group; }
    public String doc() { return doc; }
    public List<Step> setup() { return setup; }
    public List<Step> teardown() { return teardown; }
    public List<SpecCase> cases() { return cases; }

    void add(SpecCase c) { cases.add(c); }
}
