package io.redspec.exec;

import io.redspec.resp.Endpoint;
import io.redspec.resp.RespConnection;
import io.redspec.resp.RespValue;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a run's keys may be and whose they are: the server's number of databases (CONFIG GET
 * databases, read once; 0 when the server does not say), the databases the run's cases named, and
 * which case ran under each case number (the {@code N} of a namespace {@code redspec:{<run>.N}:}),
 * so that a key left behind can be blamed on its case.
 */
public final class RunKeys {
    private static final Pattern CASE_NUMBER = Pattern.compile("^" + Pattern.quote(CaseBindings.PREFIX) + "\\{[^.}]+\\.([0-9]+)}");

    private record Owner(String caseId, int protocol) {}

    private final int databases;
    private final Set<Integer> named = new ConcurrentSkipListSet<>();
    private final Map<Long, Owner> owners = new ConcurrentHashMap<>();

    public RunKeys(int databases) {
        this.databases = Math.max(0, databases);
    }

    /** Asks the server how many databases it has; 0 (unknown) when CONFIG GET is refused or says nothing usable. */
    public static RunKeys of(Endpoint endpoint, Duration timeout) {
        try (RespConnection c = RespConnection.open(endpoint, 2, timeout)) {
            RespValue r = c.call("CONFIG", "GET", "databases");
            if (r instanceof RespValue.RespArray a && a.elements().size() == 2
                    && a.elements().get(1) instanceof RespValue.BulkString n) {
                return new RunKeys(Integer.parseInt(n.text().trim()));
            }
        } catch (IOException | RuntimeException e) {
            // not allowed or not implemented: the sweep falls back to the databases the cases named
        }
        return new RunKeys(0);
    }

    /** The server's number of databases; 0 when unknown. */
    public int databases() {
        return databases;
    }

    /** Whether database {@code db} can exist on the server (always, when the count is unknown). */
    boolean mayExist(int db) {
        return db >= 0 && (databases == 0 || db < databases);
    }

    void caseStarted(long caseNumber, String caseId, int protocol) {
        owners.put(caseNumber, new Owner(caseId, protocol));
    }

    void named(Set<Integer> dbs) {
        named.addAll(dbs);
    }

    /** Every database of the server, or (count unknown) the run's own and the ones its cases named. */
    Set<Integer> toSweep(int ownDb) {
        Set<Integer> dbs = new TreeSet<>();
        if (databases > 0) {
            for (int i = 0; i < databases; i++) {
                dbs.add(i);
            }
            return dbs;
        }
        dbs.add(ownDb);
        named.stream().filter(this::mayExist).forEach(dbs::add);
        return dbs;
    }

    /** "case group/file:id (RESP2)" for a key of the run, or "an unknown case" when its number was never started. */
    String ownerOf(String key) {
        Matcher m = CASE_NUMBER.matcher(key);
        Owner o = m.find() ? owners.get(Long.parseLong(m.group(1))) : null;
        return o == null ? "an unknown case" : "case " + o.caseId() + " (RESP" + o.protocol() + ")";
    }
}
