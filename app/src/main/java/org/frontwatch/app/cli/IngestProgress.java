package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.frontwatch.app.pipeline.IngestListener;
import org.frontwatch.app.pipeline.IngestOutcome;
import org.frontwatch.model.BadInputException;
import org.frontwatch.model.Item;

/**
 * Shows an ingest as it goes: a progress bar on a terminal, nothing but the rejections elsewhere (CI logs, pipes).
 * Each rejected input is printed at once with its file and position.
 */
final class IngestProgress implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private final ProgressBar bar;

    IngestProgress(PrintWriter err, boolean interactive) {
        this.err = err;
        this.bar = interactive ? new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" items", 1).continuousUpdate().build() : null;
    }

    @Override
    public void itemDone(Item item, IngestOutcome outcome) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(outcome == IngestOutcome.STORED ? "" : outcome.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    @Override
    public void rejected(BadInputException problem) {
        if (bar != null) {
            bar.pause();
        }
        err.println("rejected: " + problem.getMessage());
        err.flush();
        if (bar != null) {
            bar.resume();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
