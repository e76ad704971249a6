package org.frontwatch.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.model.Language;
import org.frontwatch.model.MentionType;
import org.frontwatch.model.ReviewStatus;
import org.frontwatch.model.SourceKind;
import org.frontwatch.model.UsageException;
import org.frontwatch.register.PostgresExtension;
import org.frontwatch.register.Register;
import org.frontwatch.register.ReportedEvents;
import org.frontwatch.register.TestDatabase;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ExtendWith(PostgresExtension.class)
class StoreTest {
    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void putTwiceUpdatesInsteadOfDuplicating(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            ExtractedItem english = ReportedEvents.appealToldFourTimes().get(3);
            register.store().put(english.item(), english.capture(), english.extraction());
            register.store().put(english.item(), english.capture(), english.extraction());

            ItemDetail detail = register.store().item(english.item().id()).orElseThrow();
            assertThat(register.store().counts().items()).isEqualTo(1);
            assertThat(register.store().counts().reports()).isEqualTo(1);
            assertThat(detail.mentions()).hasSize(english.extraction().mentions().size());
            assertThat(detail.captures()).hasSize(1);
            assertThat(detail.statusHistory()).extracting(StatusChange::status).containsExactly(ItemStatus.ACTIVE);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void itemDetailGivesBackWhatWasPut(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            ExtractedItem forward = ReportedEvents.appealToldFourTimes().get(1);
            register.store().put(forward.item(), forward.capture(), forward.extraction());

            ItemDetail detail = register.store().item(forward.item().id()).orElseThrow();
            assertThat(detail.item()).isEqualTo(forward.item());
            assertThat(detail.language()).isEqualTo(Language.RU);
            assertThat(detail.mentions()).extracting(StoredMention::mention)
                    .containsExactlyElementsOf(forward.extraction().mentions());
            assertThat(detail.claims()).extracting(StoredClaim::claim)
                    .containsExactlyElementsOf(forward.extraction().claims());
            assertThat(detail.reports()).extracting(StoredReport::report)
                    .containsExactlyElementsOf(forward.extraction().events());
            assertThat(detail.mentions()).filteredOn(m -> m.mention().type() == MentionType.PLACE)
                    .singleElement().satisfies(m -> assertThat(m.mention().place()).contains(ReportedEvents.AVDIIVKA));
            assertThat(register.store().contains(forward.item().id())).isTrue();
            assertThat(register.store().contains("0".repeat(64))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recheckAddsCapturesAndStatusHistory(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            ExtractedItem post = ReportedEvents.appealToldFourTimes().get(0);
            register.store().put(post.item(), post.capture(), post.extraction());
            register.store().addCapture(post.item().id(), new CaptureLocation("frontwatch-00002.warc.gz", 0,
                    "a".repeat(64)));
            register.store().setItemStatus(post.item().id(), ItemStatus.DELETED, Instant.parse("2023-04-01T00:00:00Z"),
                    "recheck: HTTP 404");

            ItemDetail detail = register.store().item(post.item().id()).orElseThrow();
            assertThat(detail.captures()).hasSize(2);
            assertThat(detail.status()).isEqualTo(ItemStatus.DELETED);
            assertThat(detail.statusHistory()).extracting(StatusChange::status)
                    .containsExactly(ItemStatus.DELETED, ItemStatus.ACTIVE);
            assertThatThrownBy(() -> register.store().setItemStatus("f".repeat(64), ItemStatus.DELETED, Instant.now(),
                    "")).isInstanceOf(UsageException.class).hasMessageContaining("f".repeat(64));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsItemsByFilter(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            List<ExtractedItem> all = new ArrayList<>(ReportedEvents.appealToldFourTimes());
            all.add(ReportedEvents.detentionToldOnce());
            register.store().putAll(all);

            assertThat(register.store().items(ItemFilter.first(100))).hasSize(5);
            assertThat(register.store().items(ItemFilter.first(100).withLanguage(Language.RU))).hasSize(3);
            assertThat(register.store().items(ItemFilter.first(100).withKind(SourceKind.HTML)))
                    .extracting(ItemSummary::source).containsExactly("example-news.org");
            assertThat(register.store().items(ItemFilter.first(100).withSource("baikal_watch"))).hasSize(1);
            assertThat(register.store().items(ItemFilter.first(100).withDates(
                    Optional.of(LocalDate.of(2023, 3, 6)), Optional.of(LocalDate.of(2023, 3, 7))))).hasSize(2);
            assertThat(register.store().items(ItemFilter.first(2).withOffset(4))).hasSize(1);
            assertThat(register.store().items(ItemFilter.first(100).withStatus(ItemStatus.DELETED))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void keepsIncidentReviewHistory(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            register.store().setIncidentStatus("incident-1", ReviewStatus.CORROBORATED, "ana", "two channels");
            register.store().setIncidentStatus("incident-1", ReviewStatus.VERIFIED, "ben", "video geolocated");

            assertThat(register.store().reviewStatus("incident-1")).isEqualTo(ReviewStatus.VERIFIED);
            assertThat(register.store().reviewStatus("incident-2")).isEqualTo(ReviewStatus.UNVERIFIED);
            assertThat(register.store().reviewHistory("incident-1")).extracting(ReviewChange::user, ReviewChange::note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "two channels"),
                            org.assertj.core.groups.Tuple.tuple("ben", "video geolocated"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsFailuresOnce(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            register.store().recordFailure("result.json", "line 12, column 4", "unexpected end of input");
            register.store().recordFailure("result.json", "line 12, column 4", "unexpected end of input");

            assertThat(register.store().failures()).singleElement()
                    .satisfies(f -> assertThat(f.position()).isEqualTo("line 12, column 4"));
            assertThat(register.store().counts().failures()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void storesUsersAndHashedTokens(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            Accounts accounts = register.store().accounts();
            accounts.createUser("ana", "$2a$12$hash", UserRole.ANALYST);
            accounts.addToken("ana", "tokenhash1", "import script");

            assertThat(accounts.userForToken("tokenhash1")).map(UserAccount::name).contains("ana");
            assertThatThrownBy(() -> accounts.createUser("ana", "x", UserRole.VIEWER))
                    .isInstanceOf(UsageException.class).hasMessageContaining("ana");

            accounts.revokeToken("tokenhash1");
            assertThat(accounts.userForToken("tokenhash1")).isEmpty();
            accounts.addToken("ana", "tokenhash2", "second");
            accounts.setDisabled("ana", true);
            assertThat(accounts.userForToken("tokenhash2")).isEmpty();
            assertThat(accounts.user("ana")).map(UserAccount::disabled).contains(true);
            assertThat(accounts.tokensOf("ana")).extracting(ApiToken::revoked).containsExactlyInAnyOrder(true, false);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsTheSummariesOfManyItemsAtOnceSkippingUnknownIds(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            List<ExtractedItem> items = ReportedEvents.appealToldFourTimes();
            register.store().putAll(items);
            List<String> ids = new ArrayList<>(items.stream().map(each -> each.item().id()).toList());
            ids.add("0".repeat(64));

            var summaries = register.store().summaries(ids);

            assertThat(summaries).containsOnlyKeys(ids.subList(0, items.size()));
            ExtractedItem first = items.get(0);
            assertThat(summaries.get(first.item().id())).satisfies(summary -> {
                assertThat(summary.kind()).isEqualTo(first.item().kind());
                assertThat(summary.uri()).isEqualTo(first.item().uri());
                assertThat(summary.status()).isEqualTo(ItemStatus.ACTIVE);
            });
            assertThat(register.store().summaries(List.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyCommittedWriteMovesTheVersionAndReadsDoNot(TestDatabase database) {
        try (Register register = Register.open(database.settings(data))) {
            long opened = register.version();
            ExtractedItem english = ReportedEvents.appealToldFourTimes().get(3);
            register.put(english.item(), english.capture(), english.extraction());
            long afterPut = register.version();
            register.store().item(english.item().id());
            register.queries().incidents(org.frontwatch.register.query.IncidentFilter.first(10));
            assertThat(register.version()).isEqualTo(afterPut).isGreaterThan(opened);

            register.store().setItemStatus(english.item().id(), ItemStatus.CHANGED, Instant.now(),
                    "recheck found an edit");
            assertThat(register.version()).isGreaterThan(afterPut);
        }
    }
}
