package org.frontwatch.app.server.view;

import java.util.List;

/** What an upload added: the ids of the items read from it and the problems recorded on the way. */
public record IngestResult(List<String> itemIds, List<String> problems) {
    public IngestResult {
        itemIds = List.copyOf(itemIds);
        problems = List.copyOf(problems);
    }
}
