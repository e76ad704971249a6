package org.frontwatch.register.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
    private static final String POST = "Мобилизованные из Иркутской области записали видеообращение к губернатору. "
            + "Бойцы полка говорят, что их без подготовки отправили штурмовать позиции под Авдеевкой, а из 120 "
            + "человек в строю осталось не больше 30. Они просят вывести их на переформирование.";

    @Test
    void joinsRepostsLightEditsAndForwards() {
        NearDuplicateDetector detector = new NearDuplicateDetector();
        detector.add(POST, "baikal_watch", Optional.empty());
        detector.add(POST + " Подписывайтесь на канал: https://t.me/baikal_watch", "front_digest",
                Optional.of("@baikal_watch"));
        detector.add("Перепечатка. " + POST.replace("губернатору", "губернатору региона"), "siberia_today",
                Optional.empty());
        detector.add("Жители Белгорода сообщают о перебоях с водой и светом после обстрела подстанции в "
                + "пригороде; власти обещают восстановить подачу к вечеру.", "belgorod_live", Optional.empty());

        int[] clusters = detector.clusters();

        assertThat(clusters).containsExactly(0, 0, 0, 3);
    }

    @Test
    void publicPartsPartitionedByBandGiveTheDetectorsClusters() {
        List<String> texts = List.of(POST, "Перепечатка. " + POST.replace("губернатору", "губернатору региона"),
                "Жители Белгорода сообщают о перебоях с водой и светом после обстрела подстанции в пригороде.",
                POST.substring(0, 120), "…", "Жители Белгорода сообщают о перебоях с водой и светом после обстрела "
                        + "подстанции в пригороде; власти обещают восстановить подачу к вечеру.");
        List<String> sources = List.of("baikal_watch", "siberia_today", "belgorod_live", "@Front_Digest", "a", "b");
        List<Optional<String>> forwards = List.of(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("t.me/baikal_watch"), Optional.empty(), Optional.of("https://t.me/belgorod_live"));
        NearDuplicateDetector detector = new NearDuplicateDetector();
        for (int i = 0; i < texts.size(); i++) {
            detector.add(texts.get(i), sources.get(i), forwards.get(i));
        }

        UnionFind sets = new UnionFind(texts.size());
        List<int[]> signatures = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            sets.add();
            signatures.add(NearDuplicateDetector.signature(texts.get(i)).orElse(null));
        }
        for (int band = 0; band < NearDuplicateDetector.BANDS; band++) {
            Map<Long, Integer> firstOfBucket = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                if (signatures.get(i) == null) {
                    continue;
                }
                Integer first = firstOfBucket.putIfAbsent(NearDuplicateDetector.bandKey(signatures.get(i), band), i);
                if (first != null && NearDuplicateDetector.joins(signatures.get(first), sources.get(first),
                        forwards.get(first), signatures.get(i), sources.get(i), forwards.get(i))) {
                    sets.union(first, i);
                }
            }
        }
        int[] clusters = detector.clusters();

        assertThat(signatures.get(4)).as("a text without words has no signature").isNull();
        assertThat(clusters).containsExactly(0, 0, 2, 0, 4, 2);
        for (int i = 0; i < texts.size(); i++) {
            for (int j = 0; j < texts.size(); j++) {
                assertThat(sets.find(i) == sets.find(j)).as("texts %d and %d", i, j)
                        .isEqualTo(clusters[i] == clusters[j]);
            }
        }
    }

    @Test
    void leavesTextsWithoutWordsAlone() {
        NearDuplicateDetector detector = new NearDuplicateDetector();
        detector.add("", "a", Optional.empty());
        detector.add("…", "b", Optional.empty());

        assertThat(detector.clusters()).containsExactly(0, 1);
    }

    @Test
    void namesChannelsTheWayForwardsDo() {
        assertThat(NearDuplicateDetector.channel("https://t.me/Baikal_Watch")).isEqualTo("baikal_watch");
        assertThat(NearDuplicateDetector.channel("@baikal_watch")).isEqualTo("baikal_watch");
    }
}
