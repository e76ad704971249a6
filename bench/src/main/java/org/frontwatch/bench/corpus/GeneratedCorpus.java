package org.frontwatch.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
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
import org.frontwatch.model.SourceKind;
import org.frontwatch.model.Span;
import org.frontwatch.register.store.ExtractedItem;

/**
 * A deterministic synthetic corpus: item {@code i} is a pure function of the seed and {@code i}, so a corpus of any
 * size streams without being held in memory. About half the items are Russian, a quarter Ukrainian and a quarter
 * English, 700–1,800 characters each, Telegram posts and articles; {@value #COPY_PERCENT}% are forwards or lightly
 * edited reprints of an earlier item on another channel. Every item has an extraction with region, unit and place
 * mentions, one event report and sometimes a claim. The vocabulary is invented for the benchmark.
 *
 * <p>The register benchmark and the server's load benchmark both use {@link #BENCHMARK_SEED}, so item {@code i} is
 * the same in both.
 */
public final class GeneratedCorpus {
    /** The seed of the corpus the register and server benchmarks load. */
    public static final long BENCHMARK_SEED = 20230308L;
    static final int COPY_PERCENT = 15;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 730;

    private record Region(String code, String ru, String uk, String en) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("RU-IRK", "Иркутской области", "Іркутської області", "Irkutsk region"),
            new Region("RU-BU", "Бурятии", "Бурятії", "Buryatia"),
            new Region("RU-TA", "Татарстана", "Татарстану", "Tatarstan"),
            new Region("RU-BA", "Башкирии", "Башкирії", "Bashkortostan"),
            new Region("RU-SVE", "Свердловской области", "Свердловської області", "Sverdlovsk region"),
            new Region("RU-NVS", "Новосибирской области", "Новосибірської області", "Novosibirsk region"),
            new Region("RU-KYA", "Красноярского края", "Красноярського краю", "Krasnoyarsk region"),
            new Region("RU-ZAB", "Забайкальского края", "Забайкальського краю", "Zabaykalsky region"),
            new Region("RU-SA", "Якутии", "Якутії", "Yakutia"),
            new Region("RU-KEM", "Кемеровской области", "Кемеровської області", "Kemerovo region"),
            new Region("RU-BEL", "Белгородской области", "Бєлгородської області", "Belgorod region"),
            new Region("RU-ROS", "Ростовской области", "Ростовської області", "Rostov region"));

    private record Town(Place place, String ru, String uk) {
    }

    private static final List<Town> TOWNS = List.of(
            new Town(new Place("geonames:712165", "Avdiivka", "UA", "UA-14", 48.139, 37.742), "Авдеевкой", "Авдіївкою"),
            new Town(new Place("geonames:712451", "Bakhmut", "UA", "UA-14", 48.595, 38.000), "Бахмутом", "Бахмутом"),
            new Town(new Place("geonames:704202", "Kreminna", "UA", "UA-09", 49.048, 38.218), "Кременной", "Кремінною"),
            new Town(new Place("geonames:689558", "Vuhledar", "UA", "UA-14", 47.779, 37.248), "Угледаром", "Вугледаром"),
            new Town(new Place("geonames:701822", "Marinka", "UA", "UA-14", 47.942, 37.504), "Марьинкой", "Мар'їнкою"),
            new Town(new Place("geonames:694707", "Robotyne", "UA", "UA-23", 47.446, 35.835), "Работино", "Роботиним"),
            new Town(new Place("geonames:692194", "Svatove", "UA", "UA-09", 49.410, 38.161), "Сватово", "Сватовим"),
            new Town(new Place("geonames:708552", "Pokrovsk", "UA", "UA-14", 48.282, 37.176), "Покровском", "Покровськом"));

    private static final EventType[] TYPES = EventType.values();
    private static final String[][] FILLER = {
        {"Родственники говорят, что связи с ними нет уже неделю.", "Командование на обращения не отвечает.",
            "В ролике бойцы держат в руках листы с требованиями.", "Жёны мобилизованных собирают подписи.",
            "Часть бойцов находится в госпитале с ранениями.", "Им обещали ротацию, но её так и не было.",
            "Автор канала просит не раскрывать имена солдат.", "Видео было опубликовано в местном паблике.",
            "По словам родных, бойцов отправили на передовую без оружия.", "Они жалуются на нехватку еды и воды.",
            "Военкомат в ответ ссылается на приказ сверху.", "Мы попросили прокомментировать ситуацию в штабе."},
        {"Родичі кажуть, що зв'язку з ними немає вже тиждень.", "Командування на звернення не відповідає.",
            "На відео військові тримають аркуші з вимогами.", "Дружини мобілізованих збирають підписи.",
            "Частина бійців перебуває в шпиталі з пораненнями.", "Їм обіцяли ротацію, але її так і не було.",
            "Автор каналу просить не розкривати імена солдатів.", "Відео з'явилося в місцевому пабліку.",
            "За словами рідних, бійців відправили на передову без зброї.", "Вони скаржаться на брак їжі та води.",
            "Військкомат у відповідь посилається на наказ згори.", "Ми попросили прокоментувати ситуацію в штабі."},
        {"Relatives say they have had no contact with the men for a week.", "The command has not answered appeals.",
            "In the video the soldiers hold up sheets of paper with their demands.",
            "Wives of mobilised men are collecting signatures.", "Some of the soldiers are in hospital with wounds.",
            "They were promised a rotation that never came.", "The channel's author asked not to publish names.",
            "The video first appeared in a local community group.",
            "Relatives say the men were sent to the front line without weapons.",
            "They complain about a lack of food and water.", "The enlistment office points to orders from above.",
            "We asked the headquarters to comment on the situation."}};

    private final long seed;

    public GeneratedCorpus(long seed) {
        this.seed = seed;
    }

    /** The {@code index}-th item with its capture location and extraction. */
    public ExtractedItem item(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        if (index > 10 && random.nextInt(100) < COPY_PERCENT) {
            return copy(index, random.nextInt(Math.max(1, index - 5000), index), random);
        }
        return original(index, random);
    }

    private ExtractedItem original(int index, SplittableRandom random) {
        int languageRoll = random.nextInt(4);
        Language language = languageRoll < 2 ? Language.RU : languageRoll == 2 ? Language.UK : Language.EN;
        int l = language == Language.RU ? 0 : language == Language.UK ? 1 : 2;
        Region region = REGIONS.get(random.nextInt(REGIONS.size()));
        Town town = TOWNS.get(random.nextInt(TOWNS.size()));
        String unitNumber = Integer.toString(1000 + random.nextInt(80) * 7);
        EventType type = TYPES[random.nextInt(TYPES.length)];
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        int men = 20 + random.nextInt(400);
        String townName = l == 0 ? town.ru() : l == 1 ? town.uk() : town.place().name();
        String regionName = l == 0 ? region.ru() : l == 1 ? region.uk() : region.en();
        String unitText = l == 0 ? unitNumber + "-го полка" : l == 1 ? unitNumber + "-го полку"
                : unitNumber + "th regiment";
        String lead = switch (l) {
            case 0 -> "Мобилизованные из " + regionName + " из " + unitText + " записали обращение: их отправили "
                    + "под " + townName + ", событие номер " + index + ".";
            case 1 -> "Мобілізовані з " + regionName + " з " + unitText + " записали звернення: їх відправили "
                    + "під " + townName + ", подія номер " + index + ".";
            default -> "Soldiers from " + regionName + " of the " + unitText + " recorded an appeal after being "
                    + "sent near " + townName + ", case number " + index + ".";
        };
        String claimSentence = switch (l) {
            case 0 -> "По словам солдат, в строю осталось " + men + " человек.";
            case 1 -> "За словами солдатів, у строю лишилося " + men + " людей.";
            default -> "According to the soldiers, " + men + " men are left in the ranks.";
        };
        StringBuilder text = new StringBuilder(lead);
        int sentences = 8 + random.nextInt(14);
        boolean withClaim = random.nextInt(3) == 0;
        int claimAt = random.nextInt(sentences);
        int claimStart = -1;
        for (int s = 0; s < sentences; s++) {
            text.append(' ');
            if (withClaim && s == claimAt) {
                claimStart = text.length();
                text.append(claimSentence);
            }
            text.append(FILLER[l][random.nextInt(FILLER[l].length)]).append(' ')
                    .append(l == 2 ? "Day " : "День ").append(1 + random.nextInt(900)).append('.');
        }
        String body = text.toString();
        String channel = language == Language.EN ? "outlet-" + random.nextInt(60) + ".example"
                : "channel_" + random.nextInt(400);
        SourceKind kind = language == Language.EN ? SourceKind.HTML : SourceKind.TELEGRAM;
        Item item = item(index, channel, kind, body, day, Map.of("message_id", Integer.toString(index)));
        List<Mention> mentions = new ArrayList<>();
        mentions.add(mention(MentionType.REGION, body, regionName, region.code()));
        mentions.add(mention(MentionType.UNIT, body, unitText, "unit:regiment:" + unitNumber));
        int townAt = body.indexOf(townName);
        mentions.add(Mention.place(townName, new Span(townAt, townAt + townName.length()), town.place()));
        EventReport report = new EventReport(type, lead, new Span(0, lead.length()),
                Optional.of(new DateInterval(day.minusDays(random.nextInt(3)), day, DatePrecision.DAYS)),
                List.of(region.code()), List.of(town.place().region()), List.of(town.place().key()),
                List.of("unit:regiment:" + unitNumber));
        List<Claim> claims = new ArrayList<>();
        if (claimStart >= 0) {
            claims.add(new Claim(claimSentence, new Span(claimStart, claimStart + claimSentence.length()),
                    Optional.of(l == 2 ? "soldiers" : "солдаты"), Optional.empty(), "soldiers left in the ranks",
                    new Figure(OptionalLong.of(men), OptionalLong.of(men), "men", Optional.empty())));
        }
        return new ExtractedItem(item, capture(item), new Extraction(language, Optional.of(day), mentions, claims,
                List.of(report)));
    }

    /**
     * A forward (same text, {@code forwarded_from}) or a reprint (a line added) of item {@code original}, which may
     * itself be a copy (a forward of a forward).
     */
    private ExtractedItem copy(int index, int original, SplittableRandom random) {
        ExtractedItem source = item(original);
        boolean forward = random.nextBoolean();
        String channel = "channel_" + random.nextInt(400);
        String text = forward ? source.item().text() : source.item().text() + " Источник: " + source.item().source();
        LocalDate day = source.extraction().published().orElseThrow().plusDays(random.nextInt(2));
        Map<String, String> metadata = forward
                ? Map.of("message_id", Integer.toString(index), "forwarded_from", source.item().source())
                : Map.of("message_id", Integer.toString(index));
        Item item = item(index, channel, SourceKind.TELEGRAM, text, day, metadata);
        return new ExtractedItem(item, capture(item), new Extraction(source.extraction().language(),
                Optional.of(day), source.extraction().mentions(), source.extraction().claims(),
                source.extraction().events()));
    }

    private static Item item(int index, String channel, SourceKind kind, String text, LocalDate day,
                             Map<String, String> metadata) {
        String id = ContentDigest.sha256Hex((index + "\n" + channel + "\n" + text).getBytes(StandardCharsets.UTF_8));
        Instant published = day.atTime(8 + index % 12, index % 60).toInstant(ZoneOffset.UTC);
        String uri = kind == SourceKind.TELEGRAM ? "https://t.me/" + channel + "/" + index
                : "https://" + channel + "/news/" + index;
        return new Item(id, kind, channel, uri, Optional.of(published), "", text, metadata);
    }

    private static CaptureLocation capture(Item item) {
        return new CaptureLocation("bench-00001.warc.gz", 0, item.id());
    }

    private static Mention mention(MentionType type, String text, String needle, String key) {
        int start = text.indexOf(needle);
        return Mention.of(type, needle, new Span(start, start + needle.length()), key);
    }

    /** Words a user might search for, in the three languages. */
    public static List<String> searchTerms() {
        return List.of("обращение", "мобилизованные", "Иркутской области", "звернення", "шпиталі", "hospital",
                "\"recorded an appeal\"", "type:APPEAL", "origin:RU-BU", "unit:regiment:1049",
                "ротацію since:2024-01-01", "water date:2023-05-01..2023-06-30", "Бахмутом", "signatures");
    }
}
