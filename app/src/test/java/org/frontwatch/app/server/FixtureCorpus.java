package org.frontwatch.app.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.frontwatch.app.server.view.StatusChange;
import org.frontwatch.model.Claim;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.DateInterval;
import org.frontwatch.model.DatePrecision;
import org.frontwatch.model.EventReport;
import org.frontwatch.model.EventType;
import org.frontwatch.model.Figure;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;
import org.frontwatch.model.Mention;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.Place;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.model.SourceKind;
import org.frontwatch.model.Span;

/**
 * A small corpus written for the server tests, in the style of channel posts and articles: one public appeal told
 * in Russian and English, a refusal that is not public, a hostile post, contested loss figures, a deleted post.
 * Private details are planted in it; {@link #PRIVATE_FIELDS} lists what public mode must never show.
 */
final class FixtureCorpus {
    static final String APPEAL_INCIDENT = "inc-appeal-irkutsk";
    static final String REFUSAL_INCIDENT = "inc-refusal-bakhmut";
    static final String HOSTILE_INCIDENT = "inc-detention-hostile";
    static final String CASUALTY_INCIDENT = "inc-casualties-claims";

    /** Strings planted in the fixtures that must not appear in any public-mode response. */
    static final List<String> PRIVATE_FIELDS = List.of("Мария Кузнецова", "Кузнецова", "+7 914 555-12-34",
            "@masha_kuz_irk", "m.kuz@example.ru", "ул. Ленина, д. 12", "Yelena Markova", "Markova",
            "89025551234", "Олег Сидоренко", "Сидоренко", "REFUSAL-NOT-PUBLIC", "sender_phone", "analyst-olga",
            "private reviewer note", "t.me/oleg_sid");

    static final Place AVDIIVKA = new Place("geonames:712165", "Avdiivka", "UA", "UA-14", 48.14, 37.75);
    static final Place BAKHMUT = new Place("geonames:712451", "Bakhmut", "UA", "UA-14", 48.60, 38.00);
    static final Place BELGOROD = new Place("geonames:578072", "Belgorod", "RU", "RU-BEL", 50.61, 36.58);

    record FixtureItem(String id, SourceKind kind, String source, String uri, Instant published, String title,
                       String text, Language language, ItemStatus status, Map<String, String> metadata,
                       List<Mention> mentions, List<Claim> claims, List<EventReport> reports,
                       String captureType, byte[] capture, List<StatusChange> history) {
    }

    record FixtureIncident(String id, EventType type, String title, LocalDate from, LocalDate to, List<String> origin,
                           List<String> location, List<Place> places, List<String> units, List<String> items,
                           ReviewStatus status) {
    }

    final List<FixtureItem> items = new ArrayList<>();
    final List<FixtureIncident> incidents = new ArrayList<>();
    final String appealRu;
    final String appealEn;
    final String refusal;
    final String hostile;
    final String lossesUkraine;
    final String lossesMinistry;

    /** @param markerUrl an address that hostile markup tries to load; a test counts the requests it gets */
    FixtureCorpus(String markerUrl) {
        String ru = "Жёны мобилизованных из Иркутской области записали видеообращение: их мужей из 1439-го полка "
                + "отправили под Авдеевку без подготовки. Мария Кузнецова просит звонить ей по номеру "
                + "+7 914 555-12-34 или писать @masha_kuz_irk и на m.kuz@example.ru; она живёт по адресу "
                + "ул. Ленина, д. 12, кв. 5. Путин на обращения не ответил.";
        appealRu = add(SourceKind.TELEGRAM, "Байкальский дозор", "https://t.me/baikal_watch_demo/101",
                "2023-03-06T09:15:00Z", "Жёны мобилизованных из Иркутской области записали видеообращение", ru,
                Language.RU, ItemStatus.ACTIVE, Map.of("message_id", "101", "sender_phone", "89025551234"),
                List.of(m(ru, MentionType.REGION, "Иркутской области", "RU-IRK"),
                        m(ru, MentionType.UNIT, "1439-го полка", "unit:regiment:1439"),
                        Mention.place("Авдеевку", span(ru, "Авдеевку"), AVDIIVKA),
                        m(ru, MentionType.PERSON, "Мария Кузнецова", "person:maria-kuznetsova"),
                        m(ru, MentionType.PERSON, "Путин", "person:vladimir-putin")),
                List.of(), List.of(report(ru, EventType.APPEAL, "2023-03-01", "2023-03-06", "RU-IRK", "UA-14",
                        AVDIIVKA, "unit:regiment:1439")),
                "text/plain; charset=utf-8", ru.getBytes(StandardCharsets.UTF_8), List.of());

        String en = "Wives of men mobilised in the Irkutsk region say the 1,439th regiment was sent near Avdiivka "
                + "with no training. Yelena Markova, whose husband serves in the regiment, said the families had "
                + "written to Vladimir Putin twice.";
        appealEn = add(SourceKind.HTML, "Siberia Desk", "https://example.org/news/irkutsk-wives-appeal",
                "2023-03-07T12:00:00Z", "Irkutsk wives appeal over regiment sent to Avdiivka", en, Language.EN,
                ItemStatus.ACTIVE, Map.of(),
                List.of(m(en, MentionType.REGION, "Irkutsk region", "RU-IRK"),
                        m(en, MentionType.UNIT, "1,439th regiment", "unit:regiment:1439"),
                        Mention.place("Avdiivka", span(en, "Avdiivka"), AVDIIVKA),
                        m(en, MentionType.PERSON, "Yelena Markova", "person:yelena-markova"),
                        m(en, MentionType.PERSON, "Vladimir Putin", "person:vladimir-putin")),
                List.of(), List.of(report(en, EventType.APPEAL, "2023-03-01", "2023-03-07", "RU-IRK", "UA-14",
                        AVDIIVKA, "unit:regiment:1439")),
                "text/html; charset=utf-8", ("<html><body><nav>Menu</nav><article><h1>Irkutsk wives appeal</h1><p>"
                        + en + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8), List.of());

        String uk = "Бійці з Татарстану відмовилися йти в атаку під Бахмутом, пише канал. REFUSAL-NOT-PUBLIC. "
                + "Родич бійця Олег Сидоренко виклала відео на t.me/oleg_sid.";
        refusal = add(SourceKind.TELEGRAM, "Фронтова стрічка", "https://t.me/front_feed_demo/7",
                "2023-02-20T18:40:00Z", "Бійці з Татарстану відмовилися йти в атаку", uk, Language.UK,
                ItemStatus.ACTIVE, Map.of("forwarded_from", "Олег Сидоренко"),
                List.of(m(uk, MentionType.REGION, "Татарстану", "RU-TA"),
                        Mention.place("Бахмутом", span(uk, "Бахмутом"), BAKHMUT),
                        m(uk, MentionType.PERSON, "Олег Сидоренко", "person:oleg-sidorenko")),
                List.of(), List.of(report(uk, EventType.REFUSAL, "2023-02-19", "2023-02-20", "RU-TA", "UA-14",
                        BAKHMUT, null)),
                "text/plain; charset=utf-8", uk.getBytes(StandardCharsets.UTF_8), List.of());

        String hostileText = "Soldiers from the Belgorod region say they were held in a cellar. "
                + "<script>fetch('" + markerUrl + "/script')</script><img src=\"" + markerUrl
                + "/img\" onerror=\"alert('img')\"> <a href=\"javascript:alert('link')\">watch the video</a>";
        String hostilePage = "<html><head><script>alert('head');fetch('" + markerUrl + "/frame-script')</script>"
                + "<link rel=\"stylesheet\" href=\"" + markerUrl + "/css\"></head><body><h1>Held in a cellar</h1>"
                + "<img src=\"" + markerUrl + "/frame-img\" onerror=\"alert('frame')\"><p>" + hostileText
                + "</p><a href=\"javascript:alert('frame-link')\">open</a></body></html>";
        hostile = add(SourceKind.WEB, "Open Front Wire", "javascript:alert('uri')",
                "2023-03-02T08:00:00Z", "Held in a cellar <img src=x onerror=alert('title')>", hostileText,
                Language.EN, ItemStatus.ACTIVE, Map.of("note", "<script>alert('meta')</script>"),
                List.of(m(hostileText, MentionType.REGION, "Belgorod region", "RU-BEL")),
                List.of(), List.of(report(hostileText, EventType.DETENTION, "2023-03-01", "2023-03-02", "RU-BEL",
                        "RU-BEL", BELGOROD, null)),
                "text/html; charset=utf-8", hostilePage.getBytes(StandardCharsets.UTF_8), List.of());

        String lossesUa = "Ukrainian forces are reporting Russian losses of between 600 to 1,000 men a day near Bakhmut.";
        lossesUkraine = add(SourceKind.RSS, "Kyiv Daily Brief", "https://example.org/brief/losses",
                "2023-03-08T07:00:00Z", "Losses near Bakhmut", lossesUa, Language.EN, ItemStatus.DELETED, Map.of(),
                List.of(Mention.place("Bakhmut", span(lossesUa, "Bakhmut"), BAKHMUT)),
                List.of(claim(lossesUa, "Ukrainian forces", "org:armed-forces-ua", 600, 1000)),
                List.of(report(lossesUa, EventType.CASUALTIES, "2023-03-08", "2023-03-08", null, "UA-14", BAKHMUT,
                        null)),
                "application/rss+xml", lossesUa.getBytes(StandardCharsets.UTF_8),
                List.of(new StatusChange(Instant.parse("2023-03-10T00:00:00Z"), "DELETED",
                        "the original returns 404", "recheck")));

        String lossesRu = "Минобороны России заявило, что потери составили не более 50 человек в день.";
        lossesMinistry = add(SourceKind.TELEGRAM, "Военный вестник", "https://t.me/mil_herald_demo/55",
                "2023-03-09T10:00:00Z", "Минобороны о потерях", lossesRu, Language.RU, ItemStatus.ACTIVE, Map.of(),
                List.of(m(lossesRu, MentionType.ORG, "Минобороны России", "org:ministry-of-defence-ru")),
                List.of(new Claim(lossesRu, new Span(0, lossesRu.length()), Optional.of("Минобороны России"),
                        Optional.of("org:ministry-of-defence-ru"), "Russian losses",
                        new Figure(OptionalLong.empty(), OptionalLong.of(50), "men", Optional.of("day")))),
                List.of(report(lossesRu, EventType.COUNTER_STATEMENT, "2023-03-09", "2023-03-09", null, null, null,
                        null)),
                "text/plain; charset=utf-8", lossesRu.getBytes(StandardCharsets.UTF_8), List.of());

        incidents.add(new FixtureIncident(APPEAL_INCIDENT, EventType.APPEAL,
                "Appeal: Irkutsk families, 1439th regiment near Avdiivka", LocalDate.parse("2023-03-01"),
                LocalDate.parse("2023-03-07"), List.of("RU-IRK"), List.of("UA-14"), List.of(AVDIIVKA),
                List.of("unit:regiment:1439"), List.of(appealRu, appealEn), ReviewStatus.VERIFIED));
        incidents.add(new FixtureIncident(REFUSAL_INCIDENT, EventType.REFUSAL,
                "Refusal: Tatarstan soldiers near Bakhmut", LocalDate.parse("2023-02-19"),
                LocalDate.parse("2023-02-20"), List.of("RU-TA"), List.of("UA-14"), List.of(BAKHMUT), List.of(),
                List.of(refusal), ReviewStatus.UNVERIFIED));
        incidents.add(new FixtureIncident(HOSTILE_INCIDENT, EventType.DETENTION,
                "Detention: Belgorod soldiers held in a cellar", LocalDate.parse("2023-03-01"),
                LocalDate.parse("2023-03-02"), List.of("RU-BEL"), List.of("RU-BEL"), List.of(BELGOROD), List.of(),
                List.of(hostile), ReviewStatus.UNVERIFIED));
        incidents.add(new FixtureIncident(CASUALTY_INCIDENT, EventType.CASUALTIES,
                "Casualties: contested losses near Bakhmut", LocalDate.parse("2023-03-08"),
                LocalDate.parse("2023-03-09"), List.of(), List.of("UA-14"), List.of(BAKHMUT), List.of(),
                List.of(lossesUkraine, lossesMinistry), ReviewStatus.CORROBORATED));
    }

    private String add(SourceKind kind, String source, String uri, String published, String title, String text,
                       Language language, ItemStatus status, Map<String, String> metadata, List<Mention> mentions,
                       List<Claim> claims, List<EventReport> reports, String captureType, byte[] capture,
                       List<StatusChange> history) {
        String id = ContentDigest.sha256Hex(capture);
        items.add(new FixtureItem(id, kind, source, uri, Instant.parse(published), title, text, language, status,
                metadata, mentions, claims, reports, captureType, capture, history));
        return id;
    }

    static Span span(String text, String words) {
        int at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("fixture text lacks: " + words);
        }
        return new Span(at, at + words.length());
    }

    private static Mention m(String text, MentionType type, String words, String key) {
        return Mention.of(type, words, span(text, words), key);
    }

    private static EventReport report(String text, EventType type, String from, String to, String origin,
                                      String location, Place place, String unit) {
        return new EventReport(type, text, new Span(0, text.length()),
                Optional.of(new DateInterval(LocalDate.parse(from), LocalDate.parse(to), DatePrecision.DAYS)),
                origin == null ? List.of() : List.of(origin), location == null ? List.of() : List.of(location),
                place == null ? List.of() : List.of(place.key()), unit == null ? List.of() : List.of(unit));
    }

    private static Claim claim(String text, String claimant, String key, long low, long high) {
        return new Claim(text, new Span(0, text.length()), Optional.of(claimant), Optional.of(key), "Russian losses",
                new Figure(OptionalLong.of(low), OptionalLong.of(high), "men", Optional.of("day")));
    }
}
