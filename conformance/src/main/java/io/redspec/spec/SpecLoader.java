package io.redspec.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and parses spec files under the given paths. Every malformed file is reported (not only the
 * first), so one run shows all that needs fixing.
 */
public final class SpecLoader {

    /** What loading found: the good files and one error per bad file. */
    public record Result(List<SpecFile> files, List<SpecException> errors) {}

    /** Not a spec file: the list of commands left out on purpose, which {@code redspec coverage} reads. */
    public static final String EXCLUSIONS_FILE = "excluded.yaml";

    private final SpecParser parser = new SpecParser();

    public Result load(List<Path> roots) {
        List<SpecFile> files = new ArrayList<>();
        List<SpecException> errors = new ArrayList<>();
        List<Path[]> found = new ArrayList<>();
        for (Path root : roots) {
            for (Path p : yamlFiles(root, errors)) {
                // absolute, as the engine's file and directory selectors hand them over: the engine's
                // load then finds the CLI's parse in ParsedSpecs instead of parsing the corpus again
                found.add(new Path[] {p.toAbsolutePath().normalize(), root});
            }
        }
        // parsing is CPU-bound and per file: in parallel, results kept in file order
        List<Object> parsed = found.parallelStream().map(this::parseOne).toList();
        for (Object o : parsed) {
            if (o instanceof SpecFile f) {
                files.add(f);
            } else {
                errors.add((SpecException) o);
            }
        }
        return new Result(files, errors);
    }

    /** The parsed file, or its error; a file already parsed with the same text comes from the cache. */
    private Object parseOne(Path[] fileAndRoot) {
        Path p = fileAndRoot[0];
        try {
            return ParsedSpecs.get(p, display(p), name(p, fileAndRoot[1]), parser);
        } catch (SpecException e) {
            return e;
        }
    }

    /** The spec files under a path (itself, if a file): every .yaml/.yml file but {@link #EXCLUSIONS_FILE}, sorted. */
    public static List<Path> yamlFiles(Path root, List<SpecException> errors) {
        if (!Files.exists(root)) {
            errors.add(new SpecException(root.toString(), 0, "no such file or directory"));
            return List.of();
        }
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().equals(EXCLUSIONS_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            errors.add(new SpecException(root.toString(), 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    /** Relative to the working directory when inside it, so messages are short and clickable. */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /**
     * The id prefix: the path under the nearest enclosing {@code spec} directory (else under the
     * given root) without extension, e.g. {@code list/linsert}.
     */
    static String name(Path file, Path root) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = null;
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("spec")) {
                base = p;
                break;
            }
        }
        if (base == null) {
            Path r = root.toAbsolutePath().normalize();
            base = Files.isRegularFile(r) ? r.getParent() : r;
        }
        String rel = base.relativize(abs).toString().replace('\\', '/');
        return rel.replaceFirst("\\.ya?ml$", "");
    }
}
