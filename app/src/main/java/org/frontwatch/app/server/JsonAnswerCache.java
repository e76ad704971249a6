package org.frontwatch.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The JSON of answers the backend hands out again unchanged. A backend that keeps its answers while the register is
 * unchanged returns the very same object for the same question; this keeps that answer's UTF-8 JSON beside it and
 * sends the bytes again for as long as the backend returns that same object (compared by identity, so any new
 * answer is serialised afresh). At 100 k items writing JSON was the largest cost of a search, item or tally request.
 * Holds at most {@code capacity} answers and starts afresh when full.
 */
final class JsonAnswerCache {
    private record Entry(Object source, byte[] json) {
    }

    private final ObjectMapper mapper = JsonMapping.objectMapper();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    JsonAnswerCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Sends {@code body} as JSON, reusing the bytes sent last time for {@code key} if they were made from this very
     * {@code source}; {@code body} is what the API shows of {@code source}.
     */
    void send(Context context, Object key, Object source, Supplier<?> body) {
        Entry entry = entries.get(key);
        byte[] json;
        if (entry != null && entry.source() == source) {
            json = entry.json();
        } else {
            try {
                json = mapper.writeValueAsBytes(body.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the answer to " + context.path() + " as JSON: "
                        + e.getOriginalMessage(), e);
            }
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, new Entry(source, json));
        }
        context.contentType(ContentType.APPLICATION_JSON).result(json);
    }
}
