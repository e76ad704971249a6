package org.frontwatch.register.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TallySnapshotsTest {
    private final AtomicLong version = new AtomicLong(5);
    private final AtomicInteger reads = new AtomicInteger();

    private TallySnapshot read(long at) {
        reads.incrementAndGet();
        return TallySnapshot.empty(at);
    }

    @Test
    void offersTheSnapshotWhileTheStoreIsUnchanged() {
        TallySnapshots snapshots = new TallySnapshots(version::get, this::read, Runnable::run, 0);

        assertThat(snapshots.current()).hasValueSatisfying(snapshot -> assertThat(snapshot.version()).isEqualTo(5));
        assertThat(snapshots.current()).isPresent();
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainOnceTheStoreMoved() {
        TallySnapshots snapshots = new TallySnapshots(version::get, this::read, Runnable::run, 0);
        snapshots.current();

        version.incrementAndGet();

        assertThat(snapshots.current()).hasValueSatisfying(snapshot -> assertThat(snapshot.version()).isEqualTo(6));
        assertThat(reads).hasValue(2);
    }

    @Test
    void answersNoneWhileTheSnapshotIsBeingRead() {
        List<Runnable> pending = new ArrayList<>();
        TallySnapshots snapshots = new TallySnapshots(version::get, this::read, pending::add, 0);

        assertThat(snapshots.current()).isEmpty();
        assertThat(snapshots.current()).isEmpty();
        assertThat(pending).as("one read at a time").hasSize(1);

        pending.get(0).run();
        assertThat(snapshots.current()).isPresent();
    }

    @Test
    void dropsASnapshotWhoseStoreMovedWhileItWasRead() {
        TallySnapshots snapshots = new TallySnapshots(version::get, at -> {
            version.incrementAndGet();
            return TallySnapshot.empty(at);
        }, Runnable::run, 0);

        assertThat(snapshots.current()).isEmpty();
    }

    @Test
    void waitsAfterARunBeforeReadingAgain() {
        TallySnapshots snapshots = new TallySnapshots(version::get, at -> {
            reads.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TallySnapshot.empty(at);
        }, Runnable::run, 1_000);
        snapshots.current();

        version.incrementAndGet();

        assertThat(snapshots.current()).as("the store moved and the pause after the last read is not over").isEmpty();
        assertThat(reads).hasValue(1);
    }

    @Test
    void keepsAnsweringWhenASnapshotCannotBeRead() {
        TallySnapshots snapshots = new TallySnapshots(version::get, at -> {
            throw new IllegalStateException("database closed");
        }, Runnable::run, 0);

        assertThat(snapshots.current()).isEmpty();
    }
}
