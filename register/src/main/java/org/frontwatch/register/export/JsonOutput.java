package org.frontwatch.register.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** The JSON writing shared by the JSON exports: plain maps and lists in, one mapper, output left open. */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.CLOSE_CLOSEABLE)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private JsonOutput() {
    }

    /** Writes {@code value} as one line of JSON. */
    static void line(Writer out, Object value) {
        try {
            out.write(MAPPER.writeValueAsString(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
