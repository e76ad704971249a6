package org.frontwatch.bench.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The questions the load benchmark asks: 40 % searches, 40 % item views, 20 % tallies, each drawn afresh so that
 * the server sees what a desk of investigators asks rather than a dozen questions it can answer from memory.
 *
 * <ul>
 *   <li>searches: one or two words (or a phrase, or a case number) in Russian, Ukrainian or English — words of the
 *   generated corpus, of the example corpus, and some that occur nowhere — sometimes only filters; a quarter with a
 *   facet filter (event type, region of origin, region, unit, language), a sixth with a publication window, a fifth
 *   on the second or third page;</li>
 *   <li>item views: the item ids the benchmark sampled across the whole listing;</li>
 *   <li>tallies: by origin, region, unit, type or place; half of them for one event type; 60 % with a window of
 *   whole months in 2023–2024 (from a month on, or one to six months).</li>
 * </ul>
 */
final class RequestMix {
    /** What a request asks for; latencies are reported per kind. */
    enum Kind {
        SEARCH, ITEM, TALLY
    }

    /** One request of the mix: its kind and its path with query string. */
    record Request(Kind kind, String path) {
    }

    static final List<String> WORDS = List.of(
            // generated corpus, Russian
            "обращение", "мобилизованные", "подписи", "ротацию", "госпитале", "ранениями", "передовую", "оружия",
            "воды", "военкомат", "приказ", "штабе", "командование", "родственники", "паблике", "Иркутской",
            "Бурятии", "Татарстана", "Якутии", "Белгородской", "Авдеевкой", "Бахмутом", "Кременной", "Угледаром",
            "полка", "солдат", "строю",
            // generated corpus, Ukrainian
            "звернення", "мобілізовані", "шпиталі", "пораненнями", "передову", "зброї", "їжі", "військкомат",
            "наказ", "штабі", "командування", "родичі", "Іркутської", "Бурятії", "Татарстану", "Авдіївкою", "полку",
            "солдатів",
            // generated corpus, English
            "appeal", "soldiers", "signatures", "rotation", "hospital", "wounds", "weapons", "food", "water",
            "enlistment", "headquarters", "relatives", "community", "Irkutsk", "Buryatia", "Tatarstan", "Yakutia",
            "Avdiivka", "Bakhmut", "Kreminna", "Vuhledar", "Pokrovsk", "regiment", "ranks", "mobilised",
            // example corpus
            "Иркутск", "полк", "Storm-Z", "підвал", "відмова", "losses", "подвал", "1439", "Верстка", "Сватово",
            // found nowhere
            "дрон", "Харків", "artillery", "ceasefire", "эвакуация", "Херсон");

    static final List<String> PHRASES = List.of("\"recorded an appeal\"", "\"записали обращение\"",
            "\"записали звернення\"", "\"without weapons\"", "\"без оружия\"", "\"no contact\"");

    private static final List<String> TYPES = List.of("APPEAL", "REFUSAL", "DETENTION", "DESERTION", "MUTINY",
            "ASSAULT", "CASUALTIES", "SHORTAGE", "ABUSE", "PROSECUTION", "MOBILIZATION", "COUNTER_STATEMENT");
    private static final List<String> ORIGINS = List.of("RU-IRK", "RU-BU", "RU-TA", "RU-BA", "RU-SVE", "RU-NVS",
            "RU-KYA", "RU-ZAB", "RU-SA", "RU-KEM", "RU-BEL", "RU-ROS");
    private static final List<String> REGIONS = List.of("UA-14", "UA-09", "UA-23", "RU-BEL");
    private static final List<String> LANGUAGES = List.of("ru", "uk", "en");
    private static final List<String> TALLY_DIMENSIONS = List.of("origin", "region", "unit", "type", "place");
    private static final LocalDate FIRST_MONTH = LocalDate.of(2023, 1, 1);
    private static final int MONTHS = 24;
    /** Generated items number their case in the text ("case number 4711"). */
    private static final int GENERATED_ITEMS = 100_000;

    private final List<String> itemIds;
    private final Optional<Kind> only;

    RequestMix(List<String> itemIds) {
        this(itemIds, Optional.empty());
    }

    /** The mix, or with {@code only} just its requests of that kind (to measure one kind's cost alone). */
    RequestMix(List<String> itemIds, Optional<Kind> only) {
        this.only = Objects.requireNonNull(only, "only");
        Objects.requireNonNull(itemIds, "itemIds");
        if (itemIds.isEmpty()) {
            throw new IllegalArgumentException("the mix needs at least one item id to view");
        }
        this.itemIds = List.copyOf(itemIds);
    }

    Request next(RandomGenerator random) {
        int pick = only.map(kind -> switch (kind) {
            case SEARCH -> 0;
            case ITEM -> 4;
            case TALLY -> 8;
        }).orElseGet(() -> random.nextInt(10));
        if (pick < 4) {
            return new Request(Kind.SEARCH, search(random));
        }
        if (pick < 8) {
            return new Request(Kind.ITEM, "/api/items/" + itemIds.get(random.nextInt(itemIds.size())));
        }
        return new Request(Kind.TALLY, tally(random));
    }

    private static String search(RandomGenerator random) {
        int form = random.nextInt(20);
        String text;
        if (form < 11) {
            text = pick(WORDS, random);
        } else if (form < 15) {
            text = pick(WORDS, random) + " " + pick(WORDS, random);
        } else if (form < 16) {
            text = pick(PHRASES, random);
        } else if (form < 18) {
            text = Integer.toString(random.nextInt(GENERATED_ITEMS));
        } else {
            text = "";
        }
        StringBuilder path = new StringBuilder("/api/search?q=").append(encode(text));
        if (text.isEmpty() || random.nextInt(4) == 0) {
            switch (random.nextInt(5)) {
                case 0 -> path.append("&type=").append(pick(TYPES, random));
                case 1 -> path.append("&origin=").append(pick(ORIGINS, random));
                case 2 -> path.append("&region=").append(pick(REGIONS, random));
                case 3 -> path.append("&unit=").append(encode("unit:regiment:" + (1000 + random.nextInt(80) * 7)));
                default -> path.append("&language=").append(pick(LANGUAGES, random));
            }
        }
        if (random.nextInt(6) == 0) {
            LocalDate from = FIRST_MONTH.plusMonths(random.nextInt(MONTHS));
            path.append("&from=").append(from).append("&to=")
                    .append(from.plusMonths(1 + random.nextInt(3)).minusDays(1));
        }
        if (random.nextInt(5) == 0) {
            path.append("&offset=").append(20 * (1 + random.nextInt(2)));
        }
        return path.append("&limit=20").toString();
    }

    private static String tally(RandomGenerator random) {
        StringBuilder path = new StringBuilder("/api/tally?by=").append(pick(TALLY_DIMENSIONS, random));
        if (random.nextBoolean()) {
            path.append("&type=").append(pick(TYPES, random));
        }
        int window = random.nextInt(10);
        if (window >= 4) {
            LocalDate since = FIRST_MONTH.plusMonths(random.nextInt(MONTHS));
            path.append("&since=").append(since);
            if (window >= 7) {
                path.append("&until=").append(since.plusMonths(1 + random.nextInt(6)).minusDays(1));
            }
        }
        return path.toString();
    }

    private static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
