package org.frontwatch.spark.input;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a small gzipped WARC for the Spark tests with jwarc, as a crawler leaves it: a warcinfo record, two news
 * pages (Russian and English) as HTTP responses and a plain-text resource. The texts are written for the tests.
 */
public final class TestWarc {
    /** The number of items the archive's WARC collector reads from the file. */
    public static final int ITEMS = 3;

    private TestWarc() {
    }

    public static Path write(Path file) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            writer.write(new Warcinfo.Builder().recordId(id(1)).date(Instant.parse("2023-03-12T08:00:00Z"))
                    .fields(Map.of("software", List.of("frontwatch spark test"))).build());
            writer.write(page(2, "https://amur.example.ru/news/2023/03/11/pismo", "2023-03-12T08:00:01Z",
                    "Письмо мобилизованных из Амурской области",
                    "11 марта мобилизованные из 2-го мотострелкового батальона написали губернатору Амурской "
                            + "области: под Сватово их бросили без связи и без медиков.",
                    "По словам родственников, из 90 человек в строю осталось 35."));
            writer.write(page(3, "https://steppe.example.com/omsk-relatives", "2023-03-12T08:00:02Z",
                    "Relatives of Omsk reservists gather at the regional parliament",
                    "On 10 March about 25 relatives of reservists from Omsk gathered outside the regional "
                            + "parliament.", "They asked officials to bring the men home from Kreminna."));
            writer.write(new WarcResource.Builder(URI.create("https://notes.example.org/zvit-kharkiv.txt"))
                    .recordId(id(4)).date(Instant.parse("2023-03-12T08:00:03Z"))
                    .body(MediaType.parse("text/plain; charset=utf-8"), ("Звіт волонтерів з Харківщини\n"
                            + "9 березня волонтери вивезли з Куп'янська 48 людей.").getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return file;
    }

    private static WarcResponse page(int number, String url, String date, String title, String first,
                                     String second) {
        byte[] html = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><article><h1>" + title + "</h1><p>" + first + "</p><p>" + second + "</p></article>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + html.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + html.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(html, 0, http, head.length, html.length);
        return new WarcResponse.Builder(URI.create(url)).recordId(id(number)).date(Instant.parse(date))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    private static URI id(int number) {
        return URI.create("urn:uuid:" + new UUID(0xF00DL, number));
    }
}
