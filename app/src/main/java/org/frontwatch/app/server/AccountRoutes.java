package org.frontwatch.app.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.AccountStore;
import org.frontwatch.app.server.auth.ApiToken;
import org.frontwatch.app.server.auth.LoginThrottle;
import org.frontwatch.app.server.auth.PasswordHasher;
import org.frontwatch.app.server.auth.Role;
import org.frontwatch.app.server.auth.Session;
import org.frontwatch.app.server.auth.SessionStore;
import org.frontwatch.model.ContentDigest;
import org.frontwatch.model.UsageException;

/** Sign-in and sign-out, the session probe, one's own password, and the admin's accounts and API tokens. */
final class AccountRoutes {
    private final AccountStore accounts;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final boolean publicMode;
    /** Tells the gate to forget cached account and token lookups. */
    private final Runnable accountsChanged;
    /** Compared against when the account does not exist, so that a failed login takes as long either way. */
    private final String decoyHash;

    AccountRoutes(AccountStore accounts, SessionStore sessions, LoginThrottle throttle, PasswordHasher hasher,
                  Clock clock, boolean publicMode, Runnable accountsChanged) {
        this.accountsChanged = accountsChanged;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.clock = clock;
        this.publicMode = publicMode;
        this.decoyHash = hasher.hash(SessionStore.randomSecret());
    }

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/session", Access.OPEN, "Who is signed in, their role and CSRF token", this::session),
                ApiRoute.post("/api/login", Access.OPEN, "Sign in (JSON {name, password}); sets the session cookie",
                        this::login),
                ApiRoute.post("/api/logout", Access.OPEN, "Sign out", this::logout),
                ApiRoute.post("/api/password", Access.READ, "Change one's own password (JSON {current, password})",
                        this::changePassword),
                ApiRoute.get("/api/users", Access.ADMIN, "List accounts", this::users),
                ApiRoute.post("/api/users", Access.ADMIN,
                        "Create or update an account (JSON {name, role, password}); without a password one is "
                                + "generated and returned once", this::saveUser),
                ApiRoute.delete("/api/users/{name}", Access.ADMIN, "Delete an account", this::deleteUser),
                ApiRoute.get("/api/tokens", Access.ADMIN, "List API tokens (without their secrets)", this::tokens),
                ApiRoute.post("/api/tokens", Access.ADMIN,
                        "Create an API token (JSON {owner, label}); its secret is returned once", this::createToken),
                ApiRoute.delete("/api/tokens/{id}", Access.ADMIN, "Revoke an API token", this::deleteToken));
    }

    private void session(Context context) {
        Caller caller = Gate.caller(context);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("publicMode", publicMode);
        answer.put("signedIn", caller.signedIn());
        caller.name().ifPresent(name -> answer.put("user", name));
        caller.role().ifPresent(role -> answer.put("role", role.name().toLowerCase(java.util.Locale.ROOT)));
        caller.session().ifPresent(session -> answer.put("csrfToken", session.csrfToken()));
        context.json(answer);
    }

    record Credentials(String name, String password) {
    }

    private void login(Context context) {
        Credentials credentials = JsonBody.read(context, Credentials.class);
        String name = credentials.name() == null ? "" : credentials.name().trim();
        String password = credentials.password() == null ? "" : credentials.password();
        String address = context.ip();
        throttle.waitBefore(address, name).ifPresent(wait -> {
            throw new ThrottledException("too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds())
                    + " s", wait);
        });
        Optional<Account> account = accounts.account(name);
        boolean matches = hasher.matches(password, account.map(Account::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            throttle.failed(address, name);
            throw AccessDeniedException.notSignedIn("wrong account name or password");
        }
        throttle.succeeded(address, name);
        Optional.ofNullable(context.cookie(Gate.SESSION_COOKIE)).ifPresent(sessions::close);
        Session session = sessions.open(account.get());
        Cookie cookie = new Cookie(Gate.SESSION_COOKIE, session.id(), "/",
                (int) Duration.between(clock.instant(), session.expires()).toSeconds(),
                "https".equals(context.scheme()), true, null, SameSite.STRICT);
        context.cookie(cookie);
        context.json(Map.of("signedIn", true, "user", session.user(),
                "role", session.role().name().toLowerCase(java.util.Locale.ROOT), "csrfToken", session.csrfToken(),
                "publicMode", false));
    }

    private void logout(Context context) {
        Gate.caller(context).session().ifPresent(session -> sessions.close(session.id()));
        context.cookie(new Cookie(Gate.SESSION_COOKIE, "", "/", 0, "https".equals(context.scheme()), true, null,
                SameSite.STRICT));
        context.json(Map.of("signedIn", false));
    }

    record PasswordChange(String current, String password) {
    }

    private void changePassword(Context context) {
        PasswordChange change = JsonBody.read(context, PasswordChange.class);
        String name = Gate.caller(context).name().orElseThrow();
        Account account = accounts.account(name).orElseThrow(() -> new NotFoundException("no account " + name));
        if (change.current() == null || !hasher.matches(change.current(), account.passwordHash())) {
            throw AccessDeniedException.forbidden("the current password is wrong");
        }
        if (change.password() == null) {
            throw new UsageException("a new password is needed");
        }
        accounts.save(new Account(name, account.role(), hasher.hash(change.password()), account.created()));
        context.json(Map.of("changed", true));
    }

    private void users(Context context) {
        context.json(accounts.accounts().stream().map(AccountRoutes::publicFields).toList());
    }

    record AccountRequest(String name, String role, String password) {
    }

    private void saveUser(Context context) {
        AccountRequest request = JsonBody.read(context, AccountRequest.class);
        if (request.name() == null || request.role() == null) {
            throw new UsageException("an account needs a name and a role (viewer, analyst or admin)");
        }
        String password = request.password() == null || request.password().isEmpty()
                ? SessionStore.randomSecret() : request.password();
        Optional<Account> existing = accounts.account(request.name());
        Account account = new Account(request.name(), Role.parse(request.role()), hasher.hash(password),
                existing.map(Account::created).orElse(clock.instant()));
        accounts.save(account);
        sessions.closeAllOf(account.name());
        accountsChanged.run();
        Map<String, Object> answer = new LinkedHashMap<>(publicFields(account));
        if (request.password() == null || request.password().isEmpty()) {
            answer.put("password", password);
        }
        context.status(existing.isPresent() ? 200 : 201).json(answer);
    }

    private void deleteUser(Context context) {
        String name = context.pathParam("name");
        if (accounts.account(name).isEmpty()) {
            throw new NotFoundException("no account " + name);
        }
        if (Gate.caller(context).name().filter(name::equals).isPresent()) {
            throw new UsageException("an admin cannot delete their own account: " + name);
        }
        accounts.delete(name);
        sessions.closeAllOf(name);
        accountsChanged.run();
        accounts.tokens().stream().filter(token -> token.owner().equals(name))
                .forEach(token -> accounts.deleteToken(token.id()));
        context.status(204);
    }

    private void tokens(Context context) {
        context.json(accounts.tokens().stream().map(token -> Map.of("id", token.id(), "owner", token.owner(),
                "label", token.label(), "created", token.created().toString())).toList());
    }

    record TokenRequest(String owner, String label) {
    }

    private void createToken(Context context) {
        TokenRequest request = JsonBody.read(context, TokenRequest.class);
        String owner = request.owner() == null ? Gate.caller(context).nameOrAnonymous() : request.owner();
        if (accounts.account(owner).isEmpty()) {
            throw new UsageException("a token must belong to an existing account, not: " + owner);
        }
        String secret = "fw_" + SessionStore.randomSecret();
        String digest = ContentDigest.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
        ApiToken token = new ApiToken(ApiToken.idOf(digest), owner,
                request.label() == null ? "" : request.label(),
                digest, clock.instant());
        accounts.save(token);
        context.status(201).json(Map.of("id", token.id(), "owner", owner, "label", token.label(), "secret", secret));
    }

    private void deleteToken(Context context) {
        String id = context.pathParam("id");
        if (accounts.tokens().stream().noneMatch(token -> token.id().equals(id))) {
            throw new NotFoundException("no API token " + id);
        }
        accounts.deleteToken(id);
        accountsChanged.run();
        context.status(204);
    }

    private static Map<String, Object> publicFields(Account account) {
        return Map.of("name", account.name(), "role", account.role().name().toLowerCase(java.util.Locale.ROOT),
                "created", account.created().toString());
    }
}
