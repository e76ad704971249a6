package org.frontwatch.archive.preserve.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeletionMarkersTest {
    private final DeletionMarkers markers = DeletionMarkers.standard();

    @Test
    void findsTelegramsPostNotFoundPage() {
        assertThat(markers.find("https://t.me/some_channel/1234", "Telegram\nPost not found\nView in Telegram"))
                .contains("post not found");
    }

    @Test
    void findsAPrivateChannelOnASubdomainOfTheHost() {
        assertThat(markers.find("https://www.t.me/s/closed", "THIS CHANNEL IS PRIVATE")).isPresent();
    }

    @Test
    void ignoresThePhraseOnOtherHosts() {
        assertThat(markers.find("https://news.example/story", "The post was not found, the reporter wrote:"
                + " Post not found")).isEmpty();
    }

    @Test
    void ignoresAnOrdinaryPost() {
        assertThat(markers.find("https://t.me/some_channel/1235", "Мобилизованные записали обращение")).isEmpty();
    }

    @Test
    void namesTheLineOfABadMarker() {
        assertThatThrownBy(() -> DeletionMarkers.parse("markers.tsv", "# header\nt.me Post not found\n"))
                .hasMessageContaining("markers.tsv line 2");
    }
}
