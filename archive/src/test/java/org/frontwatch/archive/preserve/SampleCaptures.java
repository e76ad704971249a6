package org.frontwatch.archive.preserve;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.frontwatch.model.Capture;
import org.frontwatch.model.Collected;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

/** Telegram-like posts written for the tests, numbered so that each has its own payload. */
public final class SampleCaptures {
    private static final String[] LINES = {
        "Родственники мобилизованных из Иркутской области записали новое видеообращение к губернатору.",
        "По словам жён, бойцов 1439-го полка отправили под Авдеевку без обещанной подготовки.",
        "Военнослужащие жалуются на нехватку воды и медикаментов на позициях.",
        "Минобороны в ответ опубликовало ролик, в котором другие солдаты опровергают жалобы.",
    };

    private SampleCaptures() {
    }

    /**
     * The posts of the crash-safety ingest: mostly small, every 40th a 2 MiB video-sized payload, so that a kill
     * can land in the middle of a large write.
     */
    public static Collected ingested(int n) {
        return n % 40 == 17 ? largePost(n) : post(n);
    }

    /** Post {@code n} with a 2 MiB attachment-like payload (deterministic bytes). */
    public static Collected largePost(int n) {
        byte[] payload = new byte[2 << 20];
        new java.util.Random(n).nextBytes(payload);
        Capture capture = Capture.of("tg://frontwatch_test_channel/" + n + "/video.mp4",
                Instant.parse("2024-03-10T12:00:00Z"), "video/mp4", payload);
        Item item = new Item(capture.sha256(), SourceKind.TELEGRAM, "Frontwatch Test Channel",
                "https://t.me/frontwatch_test_channel/" + n, Optional.empty(), "Видео " + n, "",
                Map.of("message_id", Integer.toString(n), "media", "video.mp4"));
        return new Collected(capture, item);
    }

    /** Post number {@code n} of a made-up channel, captured at a fixed time. */
    public static Collected post(int n) {
        String text = "Пост " + n + ". " + LINES[n % LINES.length];
        String json = "{\"id\":" + n + ",\"type\":\"message\",\"date\":\"2024-03-0" + (1 + n % 9)
                + "T10:00:00\",\"text\":\"" + text + "\"}";
        byte[] payload = json.getBytes(StandardCharsets.UTF_8);
        Capture capture = Capture.of("tg://frontwatch_test_channel/" + n, Instant.parse("2024-03-10T12:00:00Z"),
                "application/json", payload);
        Item item = new Item(capture.sha256(), SourceKind.TELEGRAM, "Frontwatch Test Channel",
                "https://t.me/frontwatch_test_channel/" + n, Optional.of(Instant.parse("2024-03-01T10:00:00Z")),
                "Пост " + n, text, Map.of("message_id", Integer.toString(n)));
        return new Collected(capture, item);
    }
}
