package io.redspec.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.exec.RunKeys;
import io.redspec.exec.RunSettings;
import io.redspec.resp.Endpoint;
import io.redspec.server.ServerInfo;
import io.redspec.server.Target;
import io.redspec.server.TargetException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Without a twin (none for the kind, or one that fails to start) whole-server cases stay on the target, after the shared ones. */
class WholeServerTwinTest {
    private static final Endpoint MAIN = new Endpoint("127.0.0.1", 1, false, null, null, 0, false);
    private static final RunSettings SETTINGS = new RunSettings("run", MAIN, null, null, Duration.ofSeconds(1), false,
            false, false, null, null, null, new RunKeys(0));

    @Test
    void aKindWithoutATwinKeepsTheCasesOnTheTargetAfterTheSharedOnes() {
        WholeServerTwin twin = WholeServerTwin.start(new Stub(null), SETTINGS, 3);
        assertThat(twin.place()).isEqualTo(new WholeServerTwin.Place(SETTINGS, true));
        assertThat(twin.note()).isNull();
        assertThat(twin.sweepLeftovers().count()).isZero();
        twin.close();
    }

    @Test
    void aTwinThatFailsToStartIsSaidInTheNoteAndTheCasesStayOnTheTarget() {
        WholeServerTwin twin = WholeServerTwin.start(new Stub(new TargetException("no port left")), SETTINGS, 3);
        assertThat(twin.place()).isEqualTo(new WholeServerTwin.Place(SETTINGS, true));
        assertThat(twin.note()).isEqualTo("a second server for the whole-server cases did not start (no port left): "
                + "they ran on the target, after the shared cases");
        twin.close();
    }

    @Test
    void noWholeServerCaseStartsNoTwin() {
        Stub target = new Stub(new AssertionError("twin() must not be called"));
        WholeServerTwin twin = WholeServerTwin.start(target, SETTINGS, 0);
        assertThat(twin.note()).isNull();
        twin.close();
    }

    /** A target whose twin() returns null or throws what it is given. */
    private record Stub(Throwable twinFailure) implements Target {
        public Target twin() {
            if (twinFailure instanceof RuntimeException r) {
                throw r;
            }
            if (twinFailure instanceof Error e) {
                throw e;
            }
            return null;
        }
        public Endpoint endpoint() { return MAIN; }
        public boolean embedded() { return true; }
        public String description() { return "stub"; }
        public ServerInfo serverInfo() { throw new UnsupportedOperationException(); }
        public void close() {}
    }
}
