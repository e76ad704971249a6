package org.frontwatch.app.server;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.AccountStore;
import org.frontwatch.app.server.auth.Session;
import org.frontwatch.app.server.auth.SessionStore;
import org.frontwatch.model.ContentDigest;

/**
 * Decides, before any handler runs, who sent a request and whether they may make it: bearer token or session
 * cookie, role, read-only public mode, and for state-changing requests the CSRF token and the Origin header.
 */
final class Gate {
    static final String SESSION_COOKIE = "fw_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CALLER_ATTRIBUTE = "frontwatch.caller";

    /** How long a looked-up account or token is trusted before the store is asked again. */
    static final java.time.Duration LOOKUP_LIFETIME = java.time.Duration.ofSeconds(5);

    private record Lookup(Optional<Account> account, long expiresNanos) {
    }

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final boolean publicMode;
    private final boolean openReading;
    private final java.util.Map<String, Lookup> lookups = new java.util.concurrent.ConcurrentHashMap<>();

    Gate(AccountStore accounts, SessionStore sessions, boolean publicMode) {
        this(accounts, sessions, publicMode, false);
    }

    /** With {@code openReading}, callers who are not signed in may make the requests a viewer may make. */
    Gate(AccountStore accounts, SessionStore sessions, boolean publicMode, boolean openReading) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.publicMode = publicMode;
        this.openReading = openReading;
    }

    /** Forgets every cached lookup: after an account, role or token changed. */
    void forgetLookups() {
        lookups.clear();
    }

    /** The account behind a token digest or an account name, from the store at most every few seconds. */
    private Optional<Account> lookUp(String key, java.util.function.Supplier<Optional<Account>> query) {
        long now = System.nanoTime();
        Lookup cached = lookups.get(key);
        if (cached != null && now - cached.expiresNanos() < 0) {
            return cached.account();
        }
        if (lookups.size() > 10_000) {
            lookups.clear();
        }
        Optional<Account> account = query.get();
        lookups.put(key, new Lookup(account, now + LOOKUP_LIFETIME.toNanos()));
        return account;
    }

    /** The caller checked for {@code route}; handlers read it back with {@link #caller(Context)}. */
    void admit(ApiRoute route, Context context) {
        if (publicMode) {
            if (route.changesState() || route.access() == Access.ANALYST || route.access() == Access.ADMIN) {
                throw AccessDeniedException.forbidden("this is the public, read-only view: "
                        + route.method() + " " + route.path() + " is not available");
            }
            context.attribute(CALLER_ATTRIBUTE, Caller.anonymous());
            return;
        }
        Caller caller = identify(context);
        context.attribute(CALLER_ATTRIBUTE, caller);
        if (route.changesState()) {
            checkOrigin(context);
            caller.session().ifPresent(session -> checkCsrf(context, session));
        }
        Optional<org.frontwatch.app.server.auth.Role> required = route.access().requiredRole();
        if (required.isEmpty()) {
            return;
        }
        if (!caller.signedIn() && openReading && !route.changesState()
                && required.get() == org.frontwatch.app.server.auth.Role.VIEWER) {
            return;
        }
        if (!caller.signedIn()) {
            throw AccessDeniedException.notSignedIn("sign in to use " + route.method() + " " + route.path());
        }
        if (!caller.role().orElseThrow().includes(required.get())) {
            throw AccessDeniedException.forbidden(route.method() + " " + route.path() + " needs the "
                    + required.get().name().toLowerCase(java.util.Locale.ROOT) + " role; "
                    + caller.nameOrAnonymous() + " is " + caller.role().orElseThrow().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    static Caller caller(Context context) {
        Caller caller = context.attribute(CALLER_ATTRIBUTE);
        return caller == null ? Caller.anonymous() : caller;
    }

    private Caller identify(Context context) {
        String authorization = context.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw AccessDeniedException.notSignedIn("Authorization must be 'Bearer <token>'");
            }
            String secret = authorization.substring(7).trim();
            String digest = ContentDigest.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
            return lookUp("token:" + digest, () -> accounts.tokenBySecretSha256(digest)
                            .flatMap(token -> accounts.account(token.owner())))
                    .map(account -> new Caller(Optional.of(account.name()), Optional.of(account.role()),
                            Optional.<Session>empty()))
                    .orElseThrow(() -> AccessDeniedException.notSignedIn("unknown or revoked API token"));
        }
        String sessionId = context.cookie(SESSION_COOKIE);
        if (sessionId == null || sessionId.isBlank()) {
            return Caller.anonymous();
        }
        return sessions.find(sessionId)
                .filter(session -> lookUp("account:" + session.user(), () -> accounts.account(session.user()))
                        .map(Account::role).filter(role -> role == session.role()).isPresent())
                .map(session -> new Caller(Optional.of(session.user()), Optional.of(session.role()),
                        Optional.of(session)))
                .orElse(Caller.anonymous());
    }

    private static void checkCsrf(Context context, Session session) {
        String sent = context.header(CSRF_HEADER);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw AccessDeniedException.forbidden("missing or wrong " + CSRF_HEADER + " header for "
                    + context.method() + " " + context.path());
        }
    }

    /** A browser names the page that sent a request; it must be this server. Scripts send no Origin. */
    private static void checkOrigin(Context context) {
        String origin = context.header("Origin");
        if (origin == null) {
            String site = context.header("Sec-Fetch-Site");
            if (site != null && !site.equals("same-origin") && !site.equals("none")) {
                throw AccessDeniedException.forbidden("cross-site request refused (Sec-Fetch-Site: " + site + ")");
            }
            return;
        }
        String host = context.header("Host");
        try {
            String authority = new URI(origin).getRawAuthority();
            if (host == null || !host.equalsIgnoreCase(authority)) {
                throw AccessDeniedException.forbidden("request from foreign origin refused: " + origin);
            }
        } catch (URISyntaxException e) {
            throw AccessDeniedException.forbidden("malformed Origin header refused: " + origin);
        }
    }
}
