package org.frontwatch.app.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.AccountStore;
import org.frontwatch.app.server.auth.ApiToken;

/** Accounts and tokens in maps, for tests. */
final class InMemoryAccountStore implements AccountStore {
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, ApiToken> tokens = new ConcurrentHashMap<>();

    @Override
    public List<Account> accounts() {
        return new ArrayList<>(accounts.values());
    }

    @Override
    public Optional<Account> account(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public void save(Account account) {
        accounts.put(account.name(), account);
    }

    @Override
    public void delete(String name) {
        accounts.remove(name);
    }

    @Override
    public List<ApiToken> tokens() {
        return new ArrayList<>(tokens.values());
    }

    @Override
    public Optional<ApiToken> tokenBySecretSha256(String secretSha256) {
        return tokens.values().stream().filter(token -> token.secretSha256().equals(secretSha256)).findFirst();
    }

    @Override
    public void save(ApiToken token) {
        tokens.put(token.id(), token);
    }

    @Override
    public void deleteToken(String id) {
        tokens.remove(id);
    }
}
