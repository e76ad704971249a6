package org.frontwatch.register;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.Claim;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Extraction;
import org.frontwatch.model.Figure;
import org.frontwatch.model.Item;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Place;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.SourceKind;
import org.frontwatch.model.Span;
import org.frontwatch.register.store.ExtractedItem;

/**
 * Fixture items written for these tests in the style of real reporting (not copied from any outlet). The appeal of
 * Irkutsk soldiers of the 1439th regiment near Avdiivka is told by a Russian Telegram post, its forward, a lightly
 * edited reprint on another channel and an English article; a separate detention near Kreminna is told once in
 * Ukrainian and names a private person.
 */
public final class ReportedEvents {
    public static final Place AVDIIVKA = new Place("geonames:712165", "Avdiivka", "UA", "UA-14", 48.139, 37.742);
    public static final Place KREMINNA = new Place("geonames:704202", "Kreminna", "UA", "UA-09", 49.048, 38.218);
    public static final String UNIT = "unit:regiment:1439";
    public static final String PRIVATE_PERSON = "Maria Ivanova";
    public static final String DETENTION_WORDS = "підвалі";

    static final String RUSSIAN_POST = "Мобилизованные из Иркутской области записали видеообращение к губернатору. "
            + "Бойцы 1439-го мотострелкового полка говорят, что их без подготовки отправили штурмовать позиции "
            + "под Авдеевкой. По словам солдат, из 120 человек в строю осталось не больше 30. Они просят вывести "
            + "их на переформирование и провести проверку действий командира.";
    static final String REPRINT = "Перепечатка. Мобилизованные из Иркутской области записали видеообращение к "
            + "губернатору. Бойцы 1439-го мотострелкового полка говорят, что их без подготовки отправили штурмовать "
            + "позиции под Авдеевкой. По словам солдат, из 120 человек в строю осталось не больше 30. Они просят "
            + "вывести их на переформирование и провести проверку действий командира.";
    static final String ENGLISH_ARTICLE = "Soldiers mobilised from the Irkutsk region have recorded a video appeal "
            + "to their governor. Men of the 1,439th regiment say they were sent to storm positions near Avdiivka "
            + "without training. \"Out of 120 of us, at most 30 are still standing,\" one of them said, according "
            + "to his wife, Maria Ivanova. The defence ministry says about 90 of them are fit to fight.";
    static final String UKRAINIAN_POST = "Військових 155-ї бригади тримають у підвалі поблизу Кремінної, "
            + "розповіли родичі. Двадцять людей відмовилися йти в атаку.";

    private ReportedEvents() {
    }

    /** A redactor like the server's: private persons' names become {@code [person]}. */
    public static Redactor personRedactor() {
        return (text, mentions) -> {
            StringBuilder redacted = new StringBuilder(text);
            List<Mention> persons = new ArrayList<>(mentions.stream()
                    .filter(m -> m.type() == MentionType.PERSON).toList());
            persons.sort((a, b) -> Integer.compare(b.span().start(), a.span().start()));
            for (Mention person : persons) {
                redacted.replace(person.span().start(), person.span().end(), "[person]");
            }
            return redacted.toString();
        };
    }

    /** The appeal told four times: post, forward, reprint, English article. */
    public static List<ExtractedItem> appealToldFourTimes() {
        return List.of(
                russian("baikal_watch", RUSSIAN_POST, "2023-03-05T09:00:00Z", Map.of("message_id", "101")),
                russian("front_digest", RUSSIAN_POST + " ", "2023-03-05T11:30:00Z",
                        Map.of("message_id", "77", "forwarded_from", "baikal_watch")),
                russian("siberia_today", REPRINT, "2023-03-06T08:00:00Z", Map.of("message_id", "5012")),
                english());
    }

    /** The detention told once, in Ukrainian. */
    public static ExtractedItem detentionToldOnce() {
        String text = UKRAINIAN_POST;
        Item item = item("kreminna_relatives", SourceKind.TELEGRAM, text, "2023-03-10T10:00:00Z", Map.of());
        List<Mention> mentions = List.of(
                mention(MentionType.UNIT, text, "155-ї бригади", "unit:brigade:155"),
                Mention.place("Кремінної", span(text, "Кремінної"), KREMINNA));
        EventReport report = new EventReport(EventType.DETENTION, text.substring(0, text.indexOf('.') + 1),
                new Span(0, text.indexOf('.') + 1), Optional.of(DateInterval.day(LocalDate.of(2023, 3, 10))),
                List.of(), List.of("UA-09"), List.of(KREMINNA.key()), List.of("unit:brigade:155"));
        return extracted(item, new Extraction(Language.UK, Optional.of(LocalDate.of(2023, 3, 10)), mentions,
                List.of(), List.of(report)));
    }

    private static ExtractedItem russian(String channel, String text, String published, Map<String, String> metadata) {
        Item item = item(channel, SourceKind.TELEGRAM, text, published, metadata);
        List<Mention> mentions = List.of(
                mention(MentionType.REGION, text, "Иркутской области", "RU-IRK"),
                mention(MentionType.UNIT, text, "1439-го мотострелкового полка", UNIT),
                Mention.place("Авдеевкой", span(text, "Авдеевкой"), AVDIIVKA));
        int end = text.indexOf("Авдеевкой.") + "Авдеевкой.".length();
        EventReport report = new EventReport(EventType.APPEAL, text.substring(0, end), new Span(0, end),
                Optional.of(DateInterval.day(LocalDate.of(2023, 3, 5))), List.of("RU-IRK"), List.of("UA-14"),
                List.of(AVDIIVKA.key()), List.of(UNIT));
        String claimText = "По словам солдат, из 120 человек в строю осталось не больше 30.";
        Claim claim = new Claim(claimText, span(text, claimText), Optional.of("солдаты"), Optional.empty(),
                "soldiers still fit", new Figure(OptionalLong.empty(), OptionalLong.of(30), "soldiers",
                Optional.empty()));
        LocalDate day = LocalDate.parse(published.substring(0, 10));
        return extracted(item, new Extraction(Language.RU, Optional.of(day), mentions, List.of(claim),
                List.of(report)));
    }

    private static ExtractedItem english() {
        String text = ENGLISH_ARTICLE;
        Item item = item("example-news.org", SourceKind.HTML, text, "2023-03-07T16:00:00Z", Map.of());
        List<Mention> mentions = List.of(
                mention(MentionType.REGION, text, "Irkutsk region", "RU-IRK"),
                mention(MentionType.UNIT, text, "1,439th regiment", UNIT),
                Mention.place("Avdiivka", span(text, "Avdiivka"), AVDIIVKA),
                mention(MentionType.PERSON, text, PRIVATE_PERSON, "person:maria-ivanova"),
                mention(MentionType.ORG, text, "defence ministry", "org:ministry-of-defence-ru"));
        int end = text.indexOf("training.") + "training.".length();
        EventReport report = new EventReport(EventType.APPEAL, text.substring(0, end), new Span(0, end),
                Optional.of(new DateInterval(LocalDate.of(2023, 3, 4), LocalDate.of(2023, 3, 7),
                        DatePrecision.DAYS)), List.of("RU-IRK"), List.of("UA-14"), List.of(AVDIIVKA.key()),
                List.of(UNIT));
        String claimText = "The defence ministry says about 90 of them are fit to fight.";
        Claim claim = new Claim(claimText, span(text, claimText), Optional.of("defence ministry"),
                Optional.of("org:ministry-of-defence-ru"), "Soldiers still fit", Figure.exactly(90, "soldiers"));
        return extracted(item, new Extraction(Language.EN, Optional.of(LocalDate.of(2023, 3, 7)), mentions,
                List.of(claim), List.of(report)));
    }

    static Item item(String source, SourceKind kind, String text, String published, Map<String, String> metadata) {
        String id = ContentDigest.sha256Hex((source + "\n" + text).getBytes(StandardCharsets.UTF_8));
        String uri = kind == SourceKind.TELEGRAM ? "https://t.me/" + source + "/" + metadata.getOrDefault("message_id", "1")
                : "https://" + source + "/2023/03/appeal";
        return new Item(id, kind, source, uri, Optional.of(Instant.parse(published)), "", text, metadata);
    }

    static ExtractedItem extracted(Item item, Extraction extraction) {
        return new ExtractedItem(item, new CaptureLocation("frontwatch-00001.warc.gz", 1000L * (item.id().charAt(0)),
                item.id()), extraction);
    }

    static Mention mention(MentionType type, String text, String needle, String key) {
        return Mention.of(type, needle, span(text, needle), key);
    }

    static Span span(String text, String needle) {
        int start = text.indexOf(needle);
        if (start < 0) {
            throw new IllegalArgumentException("fixture text lacks \"" + needle + "\"");
        }
        return new Span(start, start + needle.length());
    }
}
