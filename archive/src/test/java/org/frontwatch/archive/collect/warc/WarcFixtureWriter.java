package org.frontwatch.archive.collect.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes the WARC and WACZ fixtures under {@code src/test/resources/collect/warc/} with jwarc, in the shape
 * Browsertrix gives them (warcinfo, request/response pairs, a {@code urn:pageinfo:} resource, a text resource).
 * The pages are written for the tests. Run: {@code WarcFixtureWriter <output folder>}; the outputs are committed.
 */
public final class WarcFixtureWriter {
    private WarcFixtureWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/collect/warc");
        Files.createDirectories(folder);
        byte[] warc = warc();
        Files.write(folder.resolve("crawl.warc.gz"), warc);
        Files.write(folder.resolve("crawl.wacz"), wacz(warc));
    }

    static byte[] warc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().recordId(id(1)).date(at("2024-03-09T10:00:00Z"))
                    .fields(java.util.Map.of("software", java.util.List.of("Browsertrix-Crawler 1.0 (fixture)"),
                            "format", java.util.List.of("WARC File Format 1.1")))
                    .build());
            String pageUrl = "https://baikal.example.ru/news/2024/03/obrashchenie";
            writer.write(new WarcRequest.Builder(URI.create(pageUrl)).recordId(id(2)).date(at("2024-03-09T10:00:01Z"))
                    .body(MediaType.HTTP_REQUEST, ("GET /news/2024/03/obrashchenie HTTP/1.1\r\nHost: baikal.example.ru\r\n"
                            + "User-Agent: fixture\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
            writer.write(response(3, pageUrl, "2024-03-09T10:00:02Z", "200 OK", "text/html; charset=utf-8", "",
                    html("Обращение мобилизованных из Иркутской области", "Байкальские новости",
                            "Жёны военных из Иркутской области опубликовали видеообращение: мужей из 1439-го полка "
                                    + "отправили под Авдеевку без подготовки.",
                            "Родственники просят губернатора добиться ротации.").getBytes(StandardCharsets.UTF_8)));
            writer.write(response(4, "https://baikal.example.ru/static/site.css", "2024-03-09T10:00:03Z", "200 OK",
                    "text/css", "", "body { color: black; }".getBytes(StandardCharsets.UTF_8)));
            writer.write(response(5, "https://baikal.example.ru/news/removed", "2024-03-09T10:00:04Z", "404 Not Found",
                    "text/html", "", html("Not found", "", "This page does not exist.", "").getBytes(StandardCharsets.UTF_8)));
            byte[] english = html("Wives of Tatarstan soldiers stage protest", "Volga Monitor",
                    "About 40 women gathered outside the military enlistment office in Kazan on Saturday.",
                    "They demanded that men mobilised in 2022 be sent home.").getBytes(StandardCharsets.UTF_8);
            writer.write(response(6, "https://volga.example.com/kazan-protest", "2024-03-09T10:00:05Z", "200 OK",
                    "text/html; charset=utf-8", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                    chunked(gzip(english))));
            writer.write(new WarcResource.Builder(URI.create("https://zp.example.ua/zvit.txt")).recordId(id(7))
                    .date(at("2024-03-09T10:00:06Z"))
                    .body(MediaType.parse("text/plain; charset=utf-8"), ("Звіт волонтерів\nУ Запоріжжі за тиждень "
                            + "евакуювали 120 людей з прифронтових сіл.").getBytes(StandardCharsets.UTF_8)).build());
            writer.write(new WarcResource.Builder(URI.create("urn:pageinfo:" + pageUrl)).recordId(id(8))
                    .date(at("2024-03-09T10:00:07Z"))
                    .body(MediaType.JSON, "{\"pages\": {}}".getBytes(StandardCharsets.UTF_8)).build());
        }
        return out.toByteArray();
    }

    static byte[] wacz(byte[] warc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            stored(zip, "archive/data.warc.gz", warc);
            deflated(zip, "pages/pages.jsonl", ("{\"format\": \"json-pages-1.0\", \"id\": \"pages\"}\n"
                    + "{\"id\": \"p1\", \"url\": \"https://baikal.example.ru/news/2024/03/obrashchenie\", "
                    + "\"ts\": \"2024-03-09T10:00:02Z\"}\n").getBytes(StandardCharsets.UTF_8));
            deflated(zip, "datapackage.json", ("{\"profile\": \"data-package\", \"wacz_version\": \"1.1.1\", "
                    + "\"resources\": [{\"name\": \"data.warc.gz\", \"path\": \"archive/data.warc.gz\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static WarcResponse response(int number, String url, String date, String status, String contentType,
                                         String extraHeaders, byte[] body) throws IOException {
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n" + extraHeaders
                + (extraHeaders.contains("chunked") ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        http.write(body);
        return new WarcResponse.Builder(URI.create(url)).recordId(id(number)).date(at(date))
                .body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }

    private static String html(String title, String site, String first, String second) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                + (site.isEmpty() ? "" : "<meta property=\"og:site_name\" content=\"" + site + "\">")
                + "</head><body><nav><a href=\"/\">Главная</a></nav><article><h1>" + title + "</h1><p>" + first
                + "</p><p>" + second + "</p></article><footer>© 2024</footer></body></html>";
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int half = bytes.length / 2;
        for (int[] chunk : new int[][] {{0, half}, {half, bytes.length}}) {
            out.writeBytes((Integer.toHexString(chunk[1] - chunk[0]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, chunk[0], chunk[1] - chunk[0]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static URI id(int number) {
        return URI.create("urn:uuid:" + new UUID(0x5eedL, number));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
