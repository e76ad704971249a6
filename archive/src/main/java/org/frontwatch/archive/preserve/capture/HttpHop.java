package org.frontwatch.archive.preserve.capture;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.frontwatch.model.CaptureRefusedException;

/**
 * One HTTP/1.1 GET over a socket to an already-checked address, keeping the exact bytes both ways. Written by
 * hand rather than with {@code java.net.http} because the client must connect to the address the policy checked
 * (not re-resolve the name) and because WARC wants the response as received, chunked framing included. HTTPS
 * verifies the certificate against the host name (SNI and endpoint identification).
 */
final class HttpHop {
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final CaptureSettings settings;
    private final long deadlineNanos;
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream(8192);
    private final URI uri;
    private InputStream in;

    private HttpHop(URI uri, CaptureSettings settings, long deadlineNanos) {
        this.uri = uri;
        this.settings = settings;
        this.deadlineNanos = deadlineNanos;
    }

    static RecordedExchange fetch(URI uri, InetAddress address, CaptureSettings settings, long deadlineNanos,
                                  Instant now) {
        return new HttpHop(uri, settings, deadlineNanos).exchange(address, now);
    }

    private RecordedExchange exchange(InetAddress address, Instant now) {
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost();
        byte[] request = request(uri, host, port, https);
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, port), timeoutMillis(settings.connectTimeout().toMillis()));
            Socket socket = https ? tls(plain, host, port) : plain;
            socket.setSoTimeout(timeoutMillis(Long.MAX_VALUE));
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            int status;
            Map<String, List<String>> headers;
            do {
                String head = readHead();
                status = status(head, uri);
                headers = headers(head);
            } while (status >= 100 && status < 200 && status != 101);
            byte[] body = readBody(status, headers);
            return new RecordedExchange(uri, address, now, request, raw.toByteArray(), status, headers, body);
        } catch (SocketTimeoutException e) {
            throw new CaptureRefusedException(uri + ": no answer within the time allowed ("
                    + settings.totalTimeout().toSeconds() + " s in all)", e);
        } catch (IOException e) {
            throw new CaptureRefusedException(uri + ": fetch from " + address.getHostAddress() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private byte[] request(URI uri, String host, int port, boolean https) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        boolean defaultPort = port == (https ? 443 : 80);
        String hostHeader = defaultPort ? host : host + ":" + port;
        String text = "GET " + target + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "User-Agent: " + settings.userAgent() + "\r\n"
                + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private Socket tls(Socket plain, String host, int port) throws IOException {
        SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!host.startsWith("[") && !host.matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(host)));
        }
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(timeoutMillis(settings.connectTimeout().toMillis()));
        socket.startHandshake();
        return socket;
    }

    /** Reads up to and including the blank line that ends a status line and headers. */
    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(1024);
        int newlines = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw new IOException("connection closed before the response headers ended");
            }
            head.write(b);
            if (head.size() > MAX_HEADER_BYTES) {
                throw new IOException("response headers longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (b == '\n') {
                newlines++;
                if (newlines == 2) {
                    return head.toString(StandardCharsets.ISO_8859_1);
                }
            } else if (b != '\r') {
                newlines = 0;
            }
        }
    }

    private static int status(String head, URI uri) throws IOException {
        String statusLine = head.lines().findFirst().orElse("");
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
            throw new IOException("not an HTTP response from " + uri + ": '" + statusLine.strip() + "'");
        }
        return Integer.parseInt(parts[1]);
    }

    private static Map<String, List<String>> headers(String head) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String lastName = null;
        for (String line : head.lines().skip(1).toList()) {
            if (line.isBlank()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                List<String> values = headers.get(lastName);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            lastName = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(lastName, n -> new ArrayList<>()).add(line.substring(colon + 1).strip());
        }
        return headers;
    }

    private byte[] readBody(int status, Map<String, List<String>> headers) throws IOException {
        if (status == 204 || status == 304) {
            return new byte[0];
        }
        String transfer = String.join(",", headers.getOrDefault("transfer-encoding", List.of()))
                .toLowerCase(Locale.ROOT);
        if (transfer.contains("chunked")) {
            return readChunked();
        }
        List<String> lengths = headers.getOrDefault("content-length", List.of());
        if (!lengths.isEmpty()) {
            long length;
            try {
                length = Long.parseLong(lengths.get(0).strip());
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length: " + lengths.get(0));
            }
            if (length < 0 || length > settings.maxBytes()) {
                throw new CaptureRefusedException(uri + ": response of " + length + " bytes exceeds the size cap of "
                        + settings.maxBytes() + " bytes");
            }
            return readExactly((int) length);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int b;
        while ((b = read()) >= 0) {
            body.write(b);
        }
        return body.toByteArray();
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip();
            long size;
            try {
                size = Long.parseLong(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: '" + sizeLine + "'");
            }
            if (size < 0 || size > settings.maxBytes()) {
                throw new IOException("bad chunk size: " + size);
            }
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailer fields are kept in the raw response only
                }
                return body.toByteArray();
            }
            body.write(readExactly((int) size));
            readLine();
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(32);
        int b;
        while ((b = read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
            if (line.size() > MAX_HEADER_BYTES) {
                throw new IOException("line longer than " + MAX_HEADER_BYTES + " bytes");
            }
        }
        if (b < 0) {
            throw new IOException("connection closed in the middle of a chunked body");
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = new byte[length];
        int filled = 0;
        while (filled < length) {
            checkDeadline();
            int read = in.read(bytes, filled, length - filled);
            if (read < 0) {
                throw new IOException("connection closed after " + filled + " of " + length + " body bytes");
            }
            raw.write(bytes, filled, read);
            filled += read;
            checkSize();
        }
        return bytes;
    }

    private int read() throws IOException {
        checkDeadline();
        int b = in.read();
        if (b >= 0) {
            raw.write(b);
            checkSize();
        }
        return b;
    }

    private void checkSize() {
        if (raw.size() > settings.maxBytes()) {
            throw new CaptureRefusedException(uri + ": response exceeds the size cap of " + settings.maxBytes() + " bytes");
        }
    }

    private void checkDeadline() throws SocketTimeoutException {
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new SocketTimeoutException("deadline passed");
        }
    }

    /** {@code wanted}, shortened to what is left before the deadline; at least 1 ms. */
    private int timeoutMillis(long wanted) throws SocketTimeoutException {
        checkDeadline();
        long left = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
        return (int) Math.min(Math.min(wanted, left), Integer.MAX_VALUE);
    }
}
