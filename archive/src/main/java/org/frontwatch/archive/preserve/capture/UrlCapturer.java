package org.frontwatch.archive.preserve.capture;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.frontwatch.model.CaptureRefusedException;

/**
 * Captures a URL live: resolves the host, checks every address with the {@link AddressPolicy}, connects only to
 * an address it allowed, and follows redirects by hand (checking each hop the same way) up to the limit. Every
 * hop's raw request and response is kept for WARC; the item is read from the final response. Any HTTP status is
 * a capture (the caller decides what a 404 means); refusals, timeouts, size caps and network failures are
 * {@link CaptureRefusedException}s naming the URL and the reason.
 */
public final class UrlCapturer {
    private final CaptureSettings settings;
    private final AddressResolver resolver;
    private final AddressPolicy policy;
    private final Clock clock;
    private final PageReader pages;

    /** A capturer with the platform resolver; public addresses only unless the settings allow private ones. */
    public UrlCapturer(CaptureSettings settings) {
        this(settings, AddressResolver.system(), AddressPolicy.publicOnly(), Clock.systemUTC());
    }

    /**
     * A capturer with its own resolver and policy (tests stand a local server in for a public host this way).
     * When {@code settings.allowPrivate()} is set, {@code policy} is not consulted.
     */
    public UrlCapturer(CaptureSettings settings, AddressResolver resolver, AddressPolicy policy, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.policy = settings.allowPrivate() ? AddressPolicy.anyAddress() : Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pages = new PageReader(settings.maxBytes());
    }

    /** Fetches {@code url} (http or https), following redirects; throws {@link CaptureRefusedException}. */
    public LiveCapture capture(String url) {
        Objects.requireNonNull(url, "url");
        URI uri = parse(url, url);
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        List<RecordedExchange> exchanges = new ArrayList<>();
        while (true) {
            InetAddress address = checkedAddress(url, uri);
            Instant now = clock.instant();
            RecordedExchange exchange = HttpHop.fetch(uri, address, settings, deadline, now);
            exchanges.add(exchange);
            Optional<String> location = exchange.header("location").filter(l -> !l.isBlank());
            if (!exchange.redirect() || location.isEmpty()) {
                return new LiveCapture(url, exchanges, pages.read(url, exchange, now));
            }
            if (exchanges.size() > settings.maxRedirects()) {
                throw new CaptureRefusedException(url + ": more than " + settings.maxRedirects() + " redirects");
            }
            uri = parse(url, resolve(url, uri, location.get()));
        }
    }

    private InetAddress checkedAddress(String url, URI uri) {
        String host = uri.getHost();
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new CaptureRefusedException(url + ": host " + bare + " not found", e);
        }
        if (addresses.isEmpty()) {
            throw new CaptureRefusedException(url + ": host " + bare + " has no address");
        }
        List<String> refusals = new ArrayList<>();
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(bare, address);
            if (refusal.isEmpty()) {
                return address;
            }
            refusals.add(address.getHostAddress() + " is a " + refusal.get());
        }
        String hop = uri.toString().equals(url) ? "" : " (redirected to " + uri + ")";
        throw new CaptureRefusedException(url + hop + ": refused, " + String.join("; ", refusals)
                + "; private addresses are fetched only when allowed");
    }

    private static String resolve(String url, URI base, String location) {
        try {
            return base.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new CaptureRefusedException(url + ": bad redirect location '" + location + "'", e);
        }
    }

    private static URI parse(String url, String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new CaptureRefusedException(url + ": not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CaptureRefusedException(url + ": only http and https URLs are captured, not '" + text + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new CaptureRefusedException(url + ": URL has no host: '" + text + "'");
        }
        return uri;
    }
}
