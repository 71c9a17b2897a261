package io.redspec.resp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Endpoint#redact} masks every URI password, exactly as the regex form it implements by hand would. */
class EndpointRedactTest {
    private static final Pattern REFERENCE = Pattern.compile(Endpoint.USER_INFO_FORM);

    /** The regex version it replaced: the reference. */
    private static String byRegex(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String info = m.group(2);
            int colon = info.indexOf(':');
            String masked = colon < 0 ? "***" : info.substring(0, colon) + ":***";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + masked + "@"));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void masksThePasswordAndKeepsTheUser() {
        assertThat(Endpoint.redact("--target redis://app:s3cret@127.0.0.1:6379/0 and rediss://:p@ss@h:1"))
                .isEqualTo("--target redis://app:***@127.0.0.1:6379/0 and rediss://:***@h:1");
        assertThat(Endpoint.redact("redis://onlypassword@h")).isEqualTo("redis://***@h");
        assertThat(Endpoint.redact("{\"link\":\"https://redis.io/docs\",\"thread\":\"61@vm\"}"))
                .isEqualTo("{\"link\":\"https://redis.io/docs\",\"thread\":\"61@vm\"}");
        assertThat(Endpoint.redact("redis://[::1]@x")).isEqualTo("redis://[::1]@x");
    }

    @Test
    void agreesWithTheRegexOnTrickyAndRandomTexts() {
        String[] tricky = {"a://b://c@d", "9x://u:p@h", "://u:p@h", "x://u:p@h@i j://k@l", "redis://u:p@h/redis://v:q@i",
                "ab://[x]@y", "s://u:p\t@h", "s://u:p\u000B@h", "s://u:p\u00A0x@h", "+://u@h", "a.b-c+d://u:v@h", "@://",
                "s://@h", "s:///@h", "s://u#p@h", "s://u?p@h"};
        for (String t : tricky) {
            assertThat(Endpoint.redact(t)).as(t).isEqualTo(byRegex(t));
        }
        String alphabet = "ab9+.-:/@[ ?#\t\u00A0s";
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(24);
            for (int j = 0; j < n; j++) {
                b.append(random.nextInt(6) == 0 ? "://" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String t = b.toString();
            assertThat(Endpoint.redact(t)).as(t).isEqualTo(byRegex(t));
        }
    }
}
