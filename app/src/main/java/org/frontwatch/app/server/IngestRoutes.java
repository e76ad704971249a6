package org.frontwatch.app.server;

import io.javalin.http.Context;
import java.util.List;
import org.frontwatch.model.UsageException;

/** Upload of a file for ingest: the request body is the file, {@code ?name=} its file name. */
final class IngestRoutes {
    static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    private final ServerBackend backend;

    IngestRoutes(ServerBackend backend) {
        this.backend = backend;
    }

    List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/api/ingest", Access.ANALYST,
                "Ingest an uploaded file (request body; Telegram result.json, HTML, RSS/Atom, PDF, DOCX, WARC)",
                this::ingest, "name: the file's name, which tells its format"));
    }

    private void ingest(Context context) {
        String name = new QueryParameters(context).text("name")
                .orElseThrow(() -> new UsageException("an upload needs ?name=<file name>"));
        if (!name.matches("[\\p{L}\\p{N} ._()-]{1,200}")) {
            throw new UsageException("upload file name must be letters, digits, spaces and ._()- only: " + name);
        }
        byte[] bytes = context.bodyAsBytes();
        if (bytes.length == 0) {
            throw new UsageException("the upload " + name + " is empty");
        }
        context.status(201).json(backend.ingest(name, bytes, Gate.caller(context).nameOrAnonymous()));
    }
}
