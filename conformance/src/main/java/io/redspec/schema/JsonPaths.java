package io.redspec.schema;

/** JSON pointers, as the schema library gives locations, turned into the JSON paths people read. */
public final class JsonPaths {
    private JsonPaths() {}

    /** {@code /1/name} → {@code $[1].name}; the empty pointer (the whole value) → {@code $}. */
    public static String of(String pointer) {
        StringBuilder b = new StringBuilder("$");
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            b.append(!name.isEmpty() && name.chars().allMatch(Character::isDigit) ? "[" + name + "]" : "." + name);
        }
        return b.toString();
    }

    /** A library message led by the JSON path of its location. */
    public static String message(com.networknt.schema.Error e) {
        String at = e.getInstanceLocation().toString();
        String m = e.getMessage();
        return of(at) + ": " + (!at.isEmpty() && m.startsWith(at + ": ") ? m.substring(at.length() + 2) : m);
    }
}
