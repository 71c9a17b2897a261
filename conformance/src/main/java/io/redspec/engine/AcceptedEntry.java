package io.redspec.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redspec.exec.FailureDetail;
import java.io.UncheckedIOException;

/**
 * How a wording difference accepted under {@code --lenient-error-text} travels from a case to the
 * report writers: a JUnit report entry of the case, its value the {@link FailureDetail} as JSON.
 */
public final class AcceptedEntry {
    public static final String KEY = "redspec.accepted";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AcceptedEntry() {}

    static String encode(FailureDetail detail) {
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FailureDetail decode(String json) {
        try {
            return JSON.readValue(json, FailureDetail.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
