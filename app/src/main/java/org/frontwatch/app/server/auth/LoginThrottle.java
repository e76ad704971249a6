package org.frontwatch.app.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins per client address and per account name: after {@code maxFailures} failures within
 * {@code window}, further attempts are refused until the oldest failure leaves the window.
 */
public final class LoginThrottle {
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be positive: " + maxFailures);
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** How long the caller must wait before trying again, if it is throttled now. */
    public Optional<Duration> waitBefore(String address, String account) {
        Instant now = clock.instant();
        Optional<Duration> byAddress = waitFor("address:" + address, now);
        Optional<Duration> byAccount = waitFor("account:" + account, now);
        return byAddress.isPresent() ? byAddress : byAccount;
    }

    public void failed(String address, String account) {
        Instant now = clock.instant();
        record("address:" + address, now);
        record("account:" + account, now);
    }

    public void succeeded(String address, String account) {
        failures.remove("address:" + address);
        failures.remove("account:" + account);
    }

    private Optional<Duration> waitFor(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
