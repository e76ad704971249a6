package org.frontwatch.register.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

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
