package io.redspec.spec;

/** What placeholders resolve to while one case runs. */
public interface Bindings {
    /** The case's key for a name like {@code key} or {@code key_dst}. */
    String key(String name);

    /** The case's key prefix ({@code $ns}). */
    String namespace();

    /** The selected database ({@code $db}). */
    int db();

    /** A variable kept by {@code save}; null when unknown. */
    byte[] variable(String name);

    long nowMillis();
}
