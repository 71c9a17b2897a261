package io.redspec.spec;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Fixed placeholder values for rendering templates in tests: namespace {@code ns:}, db 9, a frozen clock. */
public final class TestBindings implements Bindings {
    public static final long NOW_MS = 1_700_000_000_123L;

    private final Map<String, byte[]> variables = new HashMap<>();

    public TestBindings with(String name, String value) {
        variables.put(name, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override public String key(String name) { return namespace() + name; }
    @Override public String namespace() { return "ns:"; }
    @Override public int db() { return 9; }
    @Override public byte[] variable(String name) { return variables.get(name); }
    @Override public long nowMillis() { return NOW_MS; }
}
