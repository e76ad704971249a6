package org.frontwatch.app.server.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.app.server.auth.Account;
import org.frontwatch.app.server.auth.AccountStore;
import org.frontwatch.app.server.auth.ApiToken;
import org.frontwatch.app.server.auth.Role;
import org.frontwatch.register.store.Accounts;
import org.frontwatch.register.store.UserAccount;
import org.frontwatch.register.store.UserRole;

/**
 * Accounts and API tokens in the register's users and tokens tables. A deleted account is disabled (its history
 * keeps its name); a token's public id is the start of its SHA-256.
 */
public final class RegisterAccountStore implements AccountStore {
    private final Accounts accounts;

    public RegisterAccountStore(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Account> accounts() {
        return accounts.users().stream().filter(user -> !user.disabled()).map(RegisterAccountStore::account).toList();
    }

    @Override
    public Optional<Account> account(String name) {
        return accounts.user(name).filter(user -> !user.disabled()).map(RegisterAccountStore::account);
    }

    @Override
    public void save(Account account) {
        Optional<UserAccount> existing = accounts.user(account.name());
        UserRole role = UserRole.valueOf(account.role().name());
        if (existing.isEmpty()) {
            accounts.createUser(account.name(), account.passwordHash(), role);
            return;
        }
        accounts.setPasswordHash(account.name(), account.passwordHash());
        accounts.setRole(account.name(), role);
        if (existing.get().disabled()) {
            accounts.setDisabled(account.name(), false);
        }
    }

    @Override
    public void delete(String name) {
        accounts.setDisabled(name, true);
    }

    @Override
    public List<ApiToken> tokens() {
        List<ApiToken> tokens = new ArrayList<>();
        for (UserAccount user : accounts.users()) {
            accounts.tokensOf(user.name()).stream().filter(token -> !token.revoked())
                    .map(RegisterAccountStore::token).forEach(tokens::add);
        }
        return tokens;
    }

    @Override
    public Optional<ApiToken> tokenBySecretSha256(String secretSha256) {
        return accounts.userForToken(secretSha256).flatMap(user -> accounts.tokensOf(user.name()).stream()
                .filter(token -> token.tokenHash().equals(secretSha256) && !token.revoked())
                .findFirst().map(RegisterAccountStore::token));
    }

    @Override
    public void save(ApiToken token) {
        accounts.addToken(token.owner(), token.secretSha256(), token.label());
    }

    @Override
    public void deleteToken(String id) {
        tokens().stream().filter(token -> token.id().equals(id)).findFirst()
                .ifPresent(token -> accounts.revokeToken(token.secretSha256()));
    }

    private static Account account(UserAccount user) {
        return new Account(user.name(), Role.valueOf(user.role().name()), user.passwordHash(), user.created());
    }

    private static ApiToken token(org.frontwatch.register.store.ApiToken token) {
        return new ApiToken(ApiToken.idOf(token.tokenHash()), token.userName(), token.label(), token.tokenHash(),
                token.created());
    }
}
