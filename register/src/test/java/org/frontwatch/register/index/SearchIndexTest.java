package org.frontwatch.register.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;
import org.frontwatch.register.ReportedEvents;
import org.frontwatch.register.store.ExtractedItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {
    private Path data;
    private Register register;
    private final List<ExtractedItem> items = new ArrayList<>();

    @BeforeAll
    void load(@TempDir Path directory) {
        data = directory;
        register = Register.open(new RegisterSettings(data, Optional.empty()));
        items.addAll(ReportedEvents.appealToldFourTimes());
        items.add(ReportedEvents.detentionToldOnce());
        register.putAll(items);
        register.commit();
    }

    @AfterAll
    void close() {
        register.close();
    }

    private List<String> ids(String query) {
        return register.search(SearchQuery.of(query, 50)).hits().stream().map(SearchHit::itemId).sorted().toList();
    }

    private String id(int index) {
        return items.get(index).item().id();
    }

    @Test
    void findsRussianInflectedFormsByStem() {
        assertThat(ids("Иркутская область")).containsExactlyInAnyOrder(id(0), id(1), id(2));
        assertThat(ids("мобилизованный")).containsExactlyInAnyOrder(id(0), id(1), id(2));
    }

    @Test
    void findsUkrainianInflectedFormsByLemma() {
        assertThat(ids("підвал")).containsExactly(id(4));
        assertThat(ids("бригада")).containsExactly(id(4));
    }

    @Test
    void findsEnglishStems() {
        assertThat(ids("appeals recorded")).containsExactly(id(3));
    }

    @Test
    void matchesPhrasesOnlyInOrder() {
        assertThat(ids("\"video appeal\"")).containsExactly(id(3));
        assertThat(ids("\"appeal video\"")).isEmpty();
    }

    @Test
    void answersTheSameWordsAsPhraseAndAsFreeWordsEachTheirOwnWay() {
        assertThat(ids("appeal video")).containsExactly(id(3));
        assertThat(ids("\"appeal video\"")).isEmpty();
        assertThat(ids("appeal video")).containsExactly(id(3));
        assertThat(ids("\"video appeal\"")).containsExactly(id(3));
    }

    @Test
    void filtersByFieldValuesWithColons() {
        assertThat(ids("type:APPEAL")).hasSize(4);
        assertThat(ids("type:detention")).containsExactly(id(4));
        assertThat(ids("unit:regiment:1439")).hasSize(4);
        assertThat(ids("unit:unit:regiment:1439")).hasSize(4);
        assertThat(ids("origin:RU-IRK language:en")).containsExactly(id(3));
        assertThat(ids("region:UA-09")).containsExactly(id(4));
        assertThat(ids("source:\"example-news.org\"")).containsExactly(id(3));
        assertThat(ids("Авдеевкой -source:baikal_watch")).containsExactlyInAnyOrder(id(1), id(2));
    }

    @Test
    void filtersByDateRange() {
        assertThat(ids("date:2023-03-06..2023-03-07")).containsExactlyInAnyOrder(id(2), id(3));
        assertThat(ids("since:2023-03-07")).containsExactlyInAnyOrder(id(3), id(4));
        assertThat(register.search(new SearchQuery("type:APPEAL", Optional.empty(),
                Optional.of(LocalDate.of(2023, 3, 5)), 10, 0)).hits()).hasSize(2);
        assertThatThrownBy(() -> ids("since:March")).isInstanceOf(UsageException.class)
                .hasMessageContaining("March");
    }

    @Test
    void highlightsEachWordOfAQueryWithoutPhrase() {
        SearchResult result = register.search(SearchQuery.of("appeals recorded", 10));

        assertThat(result.hits()).singleElement().satisfies(hit -> assertThat(hit.snippet())
                .contains("<mark>recorded</mark>").contains("<mark>appeal</mark>"));
    }

    @Test
    void highlightsMatchesInEscapedSnippets() {
        SearchResult result = register.search(SearchQuery.of("\"Out of 120\"", 10));

        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.snippet()).contains("<mark>Out of 120</mark>").contains("&quot;")
                    .doesNotContain("\"Out");
            assertThat(hit.source()).isEqualTo("example-news.org");
            assertThat(hit.published()).contains(LocalDate.of(2023, 3, 7));
        });
    }

    @Test
    void countsFacetsOverAllMatches() {
        SearchResult result = register.search(SearchQuery.of("", 1));

        assertThat(result.total()).isEqualTo(5);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.facets().get("type")).containsExactly(new FacetCount("APPEAL", 4),
                new FacetCount("DETENTION", 1));
        assertThat(result.facets().get("language")).contains(new FacetCount("ru", 3));
        assertThat(result.facets().get("unit")).contains(new FacetCount(ReportedEvents.UNIT, 4));
    }

    @Test
    void pagesThroughHits() {
        List<String> first = register.search(new SearchQuery("type:APPEAL", Optional.empty(), Optional.empty(), 2, 0))
                .hits().stream().map(SearchHit::itemId).toList();
        List<String> second = register.search(new SearchQuery("type:APPEAL", Optional.empty(), Optional.empty(), 2, 2))
                .hits().stream().map(SearchHit::itemId).toList();

        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(2);
    }

    @Test
    void reindexAfterDeletingTheIndexGivesTheSameResults() throws IOException {
        List<String> queries = List.of("Иркутская область", "підвал", "\"video appeal\"", "type:APPEAL",
                "unit:regiment:1439 since:2023-03-06", "");
        List<List<String>> before = queries.stream().map(this::ids).toList();
        register.close();
        try (Stream<Path> files = Files.walk(data.resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        register = Register.open(new RegisterSettings(data, Optional.empty()));
        assertThat(ids("")).isEmpty();

        assertThat(register.reindex()).isEqualTo(5);

        assertThat(queries.stream().map(this::ids).toList()).isEqualTo(before);
    }

    @Test
    void findsAnItemPutAfterTheLastSearchWithoutWaitingForACommit(@TempDir Path elsewhere) {
        try (Register fresh = Register.open(new RegisterSettings(elsewhere, Optional.empty()))) {
            ExtractedItem first = items.get(0);
            ExtractedItem detention = items.get(4);
            fresh.putAll(List.of(first));
            fresh.commit();
            assertThat(fresh.search(SearchQuery.of(ReportedEvents.DETENTION_WORDS, 10)).hits()).isEmpty();
            long generation = fresh.index().generation();

            fresh.putAll(List.of(detention));

            assertThat(fresh.index().generation()).isGreaterThan(generation);
            assertThat(fresh.search(SearchQuery.of(ReportedEvents.DETENTION_WORDS, 10)).hits())
                    .extracting(SearchHit::itemId).containsExactly(detention.item().id());
        }
    }
}
