package io.redspec.spec;

import java.util.List;

/**
 * One documented behaviour: the steps that show it, and when it applies.
 *
 * @param exclusiveResources for an exclusive case, the server-wide state it owns (e.g.
 *                           {@code config:notify-keyspace-events}); empty: the whole server
 * @param db                 the database the case runs in instead of the target's ({@code db: N}); null: the
 *                           target's. Its connections select it and {@code $db} is it; the case owns {@code db:N}
 */
public record SpecCase(
        SpecFile file,
        String id,
        int line,
        String name,
        String behaviour,
        String doc,
        String note,
        List<String> tags,
        Gate gate,
        boolean exclusive,
        List<String> exclusiveResources,
        Integer db,
        List<String> clients,
        List<Step> setup,
        List<Step> steps,
        List<Step> teardown) {

    /** Stable id across runs: {@code list/linsert:before-inserts-at-first-pivot}. */
    public String fullId() {
        return file.name() + ":" + id;
    }

    public String location() {
        return file.displayPath() + ":" + line;
    }

    public String defaultClient() {
        return clients.get(0);
    }

    /** The documentation the case cites: its own, else its file's. */
    public String citation() {
        return doc != null ? doc : file.doc();
    }
}
