package io.redspec.spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * {@code exclusive: NAME} or {@code [NAME, …]}: the server-wide state a case owns, instead of the
 * whole server ({@code exclusive: true}). Cases naming a same resource never overlap; the others run
 * alongside. A name is lower case, e.g. {@code config:notify-keyspace-events}, {@code functions}.
 */
final class ExclusiveResources {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9:._-]{0,63}");

    private ExclusiveResources() {}

    static List<String> parse(YamlNodes yaml, Node n) {
        String what = "exclusive (true, false, or the server-wide state the case owns, e.g. config:notify-keyspace-events)";
        List<String> names = yaml.strings(n, what);
        if (names.isEmpty()) {
            throw yaml.error(n, what + ": an empty list owns nothing; say true for the whole server");
        }
        for (String name : names) {
            if (!NAME.matcher(name).matches()) {
                throw yaml.error(n, "exclusive resource '" + name + "' must be lower case letters, digits and : . _ - (at most 64)");
            }
        }
        if (new LinkedHashSet<>(names).size() != names.size()) {
            throw yaml.error(n, "exclusive resources must be distinct");
        }
        return List.copyOf(names);
    }
}
