package io.redspec.spec;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * What a spec file may hold, so that a hostile or broken file is refused at once with the limit it
 * broke, instead of exhausting the stack (deep nesting), memory or time (huge scalars, alias bombs).
 * The largest corpus file is 25 KB with lines of at most 315 characters, nests 8 levels and uses
 * no alias or tag: the limits are far above
 * any real spec. The checks sit between snakeyaml-engine's parser and composer, so they see each
 * event before a node is built.
 */
final class SpecLimits implements Parser {
    static final long MAX_FILE_BYTES = 256 * 1024;
    /** The YAML scanner slows down badly on very long lines (12 s for one 900 KiB comment line). */
    static final int MAX_LINE_CHARS = 16 * 1024;
    static final int MAX_DEPTH = 64;
    static final int MAX_SCALAR_CHARS = 64 * 1024;
    static final int MAX_ALIASES = 100;
    /** Values in the tree once every alias is expanded (the largest corpus file has about 3,000). */
    static final long MAX_EXPANDED_NODES = 100_000;

    private final Parser parser;
    private final String file;
    private int depth;
    private int aliases;

    SpecLimits(Parser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /** Before reading: the size on disk. */
    static void checkFileSize(long bytes, String file) {
        if (bytes > MAX_FILE_BYTES) {
            throw new SpecException(file, 0, "file is " + bytes + " bytes, over the limit of " + MAX_FILE_BYTES
                    + " bytes (256 KiB) for a spec file");
        }
    }

    /** Before parsing: every line's length. */
    static void checkLines(String text, String file) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw new SpecException(file, line, "a line of " + (i - start) + " characters, over the limit of "
                            + MAX_LINE_CHARS + " for a spec file");
                }
                line++;
                start = i + 1;
            }
        }
    }

    @Override
    public Event next() {
        Event e = parser.next();
        if (e instanceof CollectionStartEvent c) {
            rejectTag(c.getTag(), e);
            if (++depth > MAX_DEPTH) {
                throw error(e, "nested deeper than " + MAX_DEPTH + " levels (the limit for a spec file)");
            }
        } else if (e instanceof CollectionEndEvent) {
            depth--;
        } else if (e instanceof ScalarEvent s) {
            rejectTag(s.getTag(), e);
            if (s.getValue().length() > MAX_SCALAR_CHARS) {
                throw error(e, "a value of " + s.getValue().length() + " characters, over the limit of "
                        + MAX_SCALAR_CHARS + " for a spec file");
            }
        } else if (e instanceof AliasEvent && ++aliases > MAX_ALIASES) {
            throw error(e, "more than " + MAX_ALIASES + " aliases (*name), the limit for a spec file");
        }
        return e;
    }

    /** Tags pick a type or a constructor; a spec file needs neither, and plain YAML reads the same everywhere. */
    private void rejectTag(Optional<String> tag, Event at) {
        if (tag.isPresent()) {
            throw error(at, "YAML tag '" + tag.get() + "' is not allowed in a spec file (write plain values)");
        }
    }

    private SpecException error(Event at, String reason) {
        return new SpecException(file, at.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0), reason);
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }
}
