package io.redspec.load.cli;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's simulation as one {@code .java} file: compiled with the JDK's compiler against this
 * JVM's class path (the load jar: Gatling, the Redis DSL, Redspec's simulations), then loaded.
 * Every failure is an {@link IllegalArgumentException} with one line: the file and the reason.
 */
final class SimulationSource {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private SimulationSource() {
    }

    /** The class name the file declares: its package and its file name. */
    static String className(Path source, String text) {
        String file = source.getFileName().toString();
        String simple = file.substring(0, file.length() - ".java".length());
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) + "." + simple : simple;
    }

    /** Compiles {@code source} into {@code classes} and loads its class (a child of this class loader). */
    static Class<?> compileAndLoad(Path source, Path classes) {
        if (!source.getFileName().toString().endsWith(".java")) {
            throw new IllegalArgumentException("--simulation needs a .java file, got " + source);
        }
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read simulation " + source + ": " + e.getMessage());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalArgumentException("--simulation needs a JDK (this Java has no compiler): " + System.getProperty("java.home"));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-proc:none", "-nowarn", "--release", "17");
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source)).call();
            if (!ok) {
                throw new IllegalArgumentException(firstError(source, diagnostics));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot compile " + source + ": " + e.getMessage());
        }
        String name = className(source, text);
        try {
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SimulationSource.class.getClassLoader());
            Class<?> c = loader.loadClass(name);
            if (!io.gatling.javaapi.core.Simulation.class.isAssignableFrom(c)) {
                throw new IllegalArgumentException(source + ": " + name + " does not extend io.gatling.javaapi.core.Simulation");
            }
            return c;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(source + ": declares no class " + name + " (the file's name must be its public class's)");
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("cannot load " + classes + ": " + e.getMessage());
        }
    }

    private static String firstError(Path source, DiagnosticCollector<JavaFileObject> diagnostics) {
        long errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).findFirst()
                .map(d -> source + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT).lines().limit(2).map(String::strip)
                        .collect(java.util.stream.Collectors.joining(", "))
                        + (errors > 1 ? " (and " + (errors - 1) + " more errors)" : ""))
                .orElse("cannot compile " + source);
    }
}
