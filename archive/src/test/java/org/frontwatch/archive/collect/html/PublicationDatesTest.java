package org.frontwatch.archive.collect.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test
    void readsIsoAndRssDateForms() {
        assertThat(PublicationDates.parse("2024-03-08T11:20:00+02:00")).contains(Instant.parse("2024-03-08T09:20:00Z"));
        assertThat(PublicationDates.parse("2024-03-08T11:20:00")).contains(Instant.parse("2024-03-08T11:20:00Z"));
        assertThat(PublicationDates.parse("2024-03-08")).contains(Instant.parse("2024-03-08T00:00:00Z"));
        assertThat(PublicationDates.parse("Fri, 08 Mar 2024 09:15:00 +0300")).contains(Instant.parse("2024-03-08T06:15:00Z"));
        assertThat(PublicationDates.parse("8 Mar 2024 09:15 GMT")).contains(Instant.parse("2024-03-08T09:15:00Z"));
    }

    @Test
    void givesNothingForWordsOrEmptyText() {
        assertThat(PublicationDates.parse("вчера")).isEmpty();
        assertThat(PublicationDates.parse("")).isEmpty();
        assertThat(PublicationDates.parse(null)).isEmpty();
    }
}
