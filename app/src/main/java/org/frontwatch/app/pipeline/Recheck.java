package org.frontwatch.app.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.frontwatch.archive.preserve.capture.LiveCapture;
import org.frontwatch.archive.preserve.custody.CustodyAction;
import org.frontwatch.archive.preserve.recheck.RecheckOutcome;
import org.frontwatch.archive.preserve.recheck.Rechecker;
import org.frontwatch.model.CaptureLocation;
import org.frontwatch.model.CaptureRefusedException;
import org.frontwatch.model.ItemStatus;
import org.frontwatch.register.store.ItemDetail;
import org.frontwatch.register.store.ItemFilter;
import org.frontwatch.register.store.ItemSummary;
import org.frontwatch.register.store.StatusChange;
import org.frontwatch.register.store.StoredCapture;

/**
 * Revisits captured URLs: an item whose original now differs gets a new capture and status {@code changed}; one
 * whose original is gone (404/410, a platform's "post deleted" page, a vanished channel) gets status
 * {@code deleted} with the time. Earlier captures are always kept; every recheck is in the custody log and in the
 * item's status history. Only items with an {@code http(s)} address are rechecked.
 */
public final class Recheck {
    private static final int PAGE = 500;

    private final Workspace workspace;
    private final Rechecker rechecker;
    private final String actor;

    public Recheck(Workspace workspace, Rechecker rechecker, String actor) {
        this.workspace = workspace;
        this.rechecker = rechecker;
        this.actor = actor;
    }

    /** Rechecks every item with a web address whose last capture or check is older than {@code olderThan}. */
    public RecheckReport run(Duration olderThan, Consumer<RecheckOutcome> onOutcome) {
        Instant cutoff = Instant.now().minus(olderThan);
        List<String> due = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<ItemSummary> page = workspace.register().store().items(ItemFilter.first(PAGE).withOffset(offset));
            for (ItemSummary summary : page) {
                if (isWebAddress(summary.uri())) {
                    due.add(summary.id());
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            offset += PAGE;
        }
        int unchanged = 0;
        int changed = 0;
        int deleted = 0;
        List<String> failures = new ArrayList<>();
        for (String itemId : due) {
            Optional<ItemDetail> found = workspace.register().store().item(itemId);
            if (found.isEmpty() || lastSeen(found.get()).isAfter(cutoff)) {
                continue;
            }
            ItemDetail detail = found.get();
            String lastSha256 = detail.captures().get(detail.captures().size() - 1).location().sha256();
            RecheckOutcome outcome;
            try {
                outcome = rechecker.recheck(detail.item().uri(), lastSha256);
            } catch (CaptureRefusedException e) {
                failures.add(e.getMessage());
                workspace.register().store().recordFailure(detail.item().uri(), "", "recheck: " + e.getMessage());
                continue;
            }
            record(detail, outcome);
            onOutcome.accept(outcome);
            switch (outcome.verdict()) {
                case UNCHANGED -> unchanged++;
                case CHANGED -> changed++;
                case DELETED -> deleted++;
            }
        }
        return new RecheckReport(unchanged, changed, deleted, failures);
    }

    private void record(ItemDetail detail, RecheckOutcome outcome) {
        String itemId = detail.item().id();
        Optional<CaptureLocation> newCapture = outcome.capture()
                .filter(live -> !live.collected().capture().sha256()
                        .equals(detail.captures().get(detail.captures().size() - 1).location().sha256()))
                .map(this::preserve);
        newCapture.ifPresent(location -> workspace.register().store().addCapture(itemId, location));
        String verdict = outcome.verdict().name().toLowerCase(Locale.ROOT);
        workspace.custody().append(actor, CustodyAction.RECHECKED, itemId, Map.of(
                "uri", outcome.uri(), "verdict", verdict, "evidence", outcome.evidence(),
                "newCapture", newCapture.map(CaptureLocation::sha256).orElse("")));
        ItemStatus status = switch (outcome.verdict()) {
            case UNCHANGED -> ItemStatus.ACTIVE;
            case CHANGED -> ItemStatus.CHANGED;
            case DELETED -> ItemStatus.DELETED;
        };
        workspace.register().store().setItemStatus(itemId, status, outcome.checkedAt(),
                "recheck: " + verdict + " (" + outcome.evidence() + ")");
        if (status != detail.status()) {
            workspace.custody().append(actor, CustodyAction.STATUS_CHANGED, itemId, Map.of(
                    "from", detail.status().name().toLowerCase(Locale.ROOT),
                    "to", status.name().toLowerCase(Locale.ROOT)));
        }
    }

    private CaptureLocation preserve(LiveCapture live) {
        CaptureLocation location = workspace.archive().preserveExchange(live);
        workspace.custody().append(actor, CustodyAction.CAPTURED, live.collected().item().id(), Map.of(
                "uri", live.requestedUri(), "sha256", location.sha256(), "warc", location.warcFile(),
                "offset", Long.toString(location.offset()), "kind", "recheck"));
        return location;
    }

    /** When the item was last captured or checked. */
    static Instant lastSeen(ItemDetail detail) {
        Instant captured = detail.captures().stream().map(StoredCapture::recordedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Instant checked = detail.statusHistory().stream().map(StatusChange::at)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        return captured.isAfter(checked) ? captured : checked;
    }

    static boolean isWebAddress(String uri) {
        return Pipeline.isUrl(uri);
    }

    /** How a recheck run went. */
    public record RecheckReport(int unchanged, int changed, int deleted, List<String> failures) {
        public RecheckReport {
            failures = List.copyOf(failures);
        }
    }
}
