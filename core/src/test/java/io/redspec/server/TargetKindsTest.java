package io.redspec.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The forms every help text and error lists come from the registered kinds, and each kind judges its own. */
class TargetKindsTest {

    @Test
    void formsComeFromTheKindsInOrder() {
        assertThat(Target.forms()).startsWith("embedded").contains("embedded:7.0", "embedded:6.2")
                .endsWith("redis://[user:password@]host:port[/db]", "rediss://[user:password@]host:port[/db]");
        assertThat(Target.FORMS).endsWith(" or rediss://[user:password@]host:port[/db]");
    }

    @Test
    void eachKindClaimsItsForms() {
        assertThat(TargetKinds.of("embedded:6.2")).isInstanceOf(EmbeddedTarget.Kind.class);
        assertThat(TargetKinds.of("rediss://h:1")).isInstanceOf(UriTarget.Kind.class);
        assertThatThrownBy(() -> TargetKinds.of("http://:pw@h:1"))
                .hasMessage("unknown target 'http://:***@h:1'; use " + Target.FORMS);
    }

    @Test
    void aClaimedButWrongFormIsJudgedByItsKind() {
        assertThatThrownBy(() -> TargetForm.check("embedded:5.0")).hasMessageStartingWith("unknown embedded version '5.0'");
        assertThatThrownBy(() -> TargetForm.check("redis://:pw@h:notaport"))
                .hasMessageStartingWith("bad target 'redis://:***@h:notaport'").hasMessageNotContaining("pw");
    }
}
