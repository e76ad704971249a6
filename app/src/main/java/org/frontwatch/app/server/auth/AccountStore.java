package org.frontwatch.app.server.auth;

import java.util.List;
import java.util.Optional;

/** Where accounts and API tokens are kept: the register's users and tokens tables. */
public interface AccountStore {
    List<Account> accounts();

    Optional<Account> account(String name);

    /** Adds the account, or replaces the one with the same name. */
    void save(Account account);

    void delete(String name);

    List<ApiToken> tokens();

    Optional<ApiToken> tokenBySecretSha256(String secretSha256);

    void save(ApiToken token);

    void deleteToken(String id);
}
