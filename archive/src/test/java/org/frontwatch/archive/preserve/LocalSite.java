package org.frontwatch.archive.preserve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A real HTTP server on 127.0.0.1 and a free port whose pages a test sets and changes. */
public final class LocalSite implements AutoCloseable {
    private record Page(int status, String contentType, byte[] body, boolean chunked, String location) {
    }

    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public void page(String path, int status, String contentType, String body) {
        pages.put(path, new Page(status, contentType, body.getBytes(StandardCharsets.UTF_8), false, null));
    }

    public void html(String path, String body) {
        page(path, 200, "text/html; charset=utf-8", body);
    }

    public void chunkedHtml(String path, String body) {
        pages.put(path, new Page(200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), true,
                null));
    }

    public void redirect(String path, String location) {
        pages.put(path, new Page(302, "text/plain", new byte[0], false, location));
    }

    private void answer(HttpExchange exchange) throws IOException {
        Page page = pages.getOrDefault(exchange.getRequestURI().getPath(),
                new Page(404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8), false, null));
        exchange.getResponseHeaders().set("Content-Type", page.contentType());
        if (page.location() != null) {
            exchange.getResponseHeaders().set("Location", page.location());
        }
        if (page.body().length == 0) {
            exchange.sendResponseHeaders(page.status(), -1);
        } else {
            exchange.sendResponseHeaders(page.status(), page.chunked() ? 0 : page.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                int half = page.body().length / 2;
                out.write(page.body(), 0, half);
                out.flush();
                out.write(page.body(), half, page.body().length - half);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
