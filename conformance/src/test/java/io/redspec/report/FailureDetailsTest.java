package io.redspec.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.redspec.exec.CaseFailure;
import io.redspec.exec.FailureDetail;
import io.redspec.exec.FailureKind;
import org.junit.jupiter.api.Test;

/** An exception of Redspec itself is its own kind, never a server's wrong answer. */
class FailureDetailsTest {
    @Test
    void anExceptionThatCarriesNoDetailIsAClientException() {
        FailureDetail d = FailureDetails.of(new IllegalStateException("boom"));
        assertThat(d.kind()).isEqualTo(FailureKind.CLIENT_EXCEPTION);
        assertThat(d.actual()).isEqualTo("IllegalStateException: boom");
        assertThat(d.kind().severity()).isEqualTo("major");
    }

    @Test
    void aCarriedDetailIsKeptAndABareAssertionHasNone() {
        FailureDetail wrong = new FailureDetail(FailureKind.WRONG_TYPE, "GET", "step", 3, "v (simple)", "\"v\" (bulk)");
        assertThat(FailureDetails.of(new CaseFailure("x", wrong))).isSameAs(wrong);
        assertThat(FailureDetails.of(new CaseFailure("still passes"))).isNull();
    }
}
