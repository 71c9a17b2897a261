package io.redspec.server;

import io.redspec.resp.Endpoint;
import java.util.List;

/** The registered target kinds, in the order their forms are listed. Adding a kind: one line here. */
final class TargetKinds {

    private static final List<TargetKind> ALL = List.of(new EmbeddedTarget.Kind(), new JedisMockTarget.Kind(),
            new DockerTarget.Kind(), new UriTarget.Kind());

    private TargetKinds() {
    }

    /** @throws IllegalArgumentException when no kind claims the text */
    static TargetKind of(String text) {
        for (TargetKind kind : ALL) {
            if (kind.claims(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown target '" + Endpoint.redact(text) + "'; use " + phrase());
    }

    static List<String> forms() {
        return ALL.stream().flatMap(k -> k.forms().stream()).toList();
    }

    /** e.g. {@code embedded, embedded:7.0, … or rediss://…}. */
    static String phrase() {
        List<String> forms = forms();
        return String.join(", ", forms.subList(0, forms.size() - 1)) + " or " + forms.get(forms.size() - 1);
    }
}
