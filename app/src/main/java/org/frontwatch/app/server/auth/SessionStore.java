package org.frontwatch.app.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions held in memory: a restart signs everyone out, which is the safe default for a desk server. */
public final class SessionStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration lifetime;

    public SessionStore(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Session open(Account account) {
        Session session = new Session(randomSecret(), account.name(), account.role(), randomSecret(),
                clock.instant().plus(lifetime));
        sessions.put(session.id(), session);
        return session;
    }

    public Optional<Session> find(String id) {
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(session.expires())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void close(String id) {
        sessions.remove(id);
    }

    /** Signs a person out everywhere, e.g. when an admin deletes the account or changes its role. */
    public void closeAllOf(String user) {
        sessions.values().removeIf(session -> session.user().equals(user));
    }

    /** 32 random bytes, URL-safe Base64: session ids, CSRF tokens, API token secrets, one-time passwords. */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
