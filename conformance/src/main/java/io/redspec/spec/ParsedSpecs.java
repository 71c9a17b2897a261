package io.redspec.spec;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spec files parsed in this process, by path, names and exact text: the CLI loads the corpus to
 * check it and the engine loads it again to discover cases; the second load reuses the first parse.
 * A changed file (other text) is parsed anew; a malformed one is never cached.
 */
final class ParsedSpecs {
    /** More files than a corpus holds; beyond it the cache starts over rather than grow. */
    private static final int MAX_FILES = 4096;
    private static final Map<Key, SpecFile> CACHE = new ConcurrentHashMap<>();

    private record Key(Path path, String displayPath, String name, String text) {}

    private ParsedSpecs() {}

    static SpecFile get(Path path, String displayPath, String name, SpecParser parser) {
        String text = parser.read(path, displayPath);
        Key key = new Key(path, displayPath, name, text);
        SpecFile cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        SpecFile parsed = parser.parse(text, path, displayPath, name);
        if (CACHE.size() >= MAX_FILES) {
            CACHE.clear();
        }
        CACHE.put(key, parsed);
        return parsed;
    }
}
