package org.frontwatch.archive.collect.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.frontwatch.archive.collect.CollectLimits;
import org.frontwatch.archive.collect.InputSample;
import org.frontwatch.archive.collect.RecordingSink;
import org.frontwatch.model.Item;
import org.frontwatch.model.SourceKind;

class PlainTextCollectorTest {
    private final PlainTextCollector collector = new PlainTextCollector(CollectLimits.defaults(), Clock.systemUTC());

    @Test
    void readsUtf8TextWithItsFirstLineAsTitle(@TempDir Path dir) throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "\n  Заметки с фронта\nВ Курской области задержали двух военных из Бурятии.\n");
        RecordingSink sink = new RecordingSink();
        collector.collect(notes, sink);

        Item item = sink.items().get(0);
        assertThat(item.kind()).isEqualTo(SourceKind.TEXT);
        assertThat(item.title()).isEqualTo("Заметки с фронта");
        assertThat(item.text()).endsWith("задержали двух военных из Бурятии.");
        assertThat(item.metadata()).containsEntry("charset", "UTF-8");
    }

    @Test
    void fallsBackToWindows1251ForLegacyCyrillicFiles(@TempDir Path dir) throws IOException {
        Path legacy = dir.resolve("legacy.txt");
        Files.write(legacy, "Обращение жён мобилизованных из Татарстана".getBytes(Charset.forName("windows-1251")));
        RecordingSink sink = new RecordingSink();
        collector.collect(legacy, sink);

        assertThat(sink.items().get(0).text()).isEqualTo("Обращение жён мобилизованных из Татарстана");
        assertThat(sink.items().get(0).metadata()).containsEntry("charset", "windows-1251");
    }

    @Test
    void acceptsTextWithoutExtensionButNotJsonOrMarkupOrBinary() {
        assertThat(collector.accepts(sample("README", "Plain words."))).isTrue();
        assertThat(collector.accepts(sample("data", "{\"a\": 1}"))).isFalse();
        assertThat(collector.accepts(sample("page", "<html></html>"))).isFalse();
        assertThat(collector.accepts(sample("data.json", "plain"))).isFalse();
        assertThat(collector.accepts(new InputSample(Path.of("junk.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff})))
                .isFalse();
    }

    private static InputSample sample(String name, String text) {
        return new InputSample(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
