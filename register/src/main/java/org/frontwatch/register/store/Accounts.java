package org.frontwatch.register.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontwatch.model.UsageException;

/**
 * Users and API tokens of a shared server. Passwords and tokens arrive already hashed (the server chooses the
 * hash); nothing here ever sees a secret in the clear.
 */
public final class Accounts {
    private final Database database;

    Accounts(Database database) {
        this.database = database;
    }

    /** Adds a user; a name already taken is a {@link UsageException}. */
    public UserAccount createUser(String name, String passwordHash, UserRole role) {
        UserAccount account = new UserAccount(name, passwordHash, role, Instant.now(), false);
        return database.write("create user " + name, connection -> {
            if (find(connection, name).isPresent()) {
                throw new UsageException("a user named " + name + " already exists");
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO users (name, password_hash, role, created_at, disabled) VALUES (?, ?, ?, ?, 0)")) {
                statement.setString(1, name);
                statement.setString(2, passwordHash);
                statement.setString(3, role.name());
                statement.setString(4, JdbcValues.instant(account.created()));
                statement.executeUpdate();
            }
            return account;
        });
    }

    public Optional<UserAccount> user(String name) {
        return database.read("read user " + name, connection -> find(connection, name));
    }

    public List<UserAccount> users() {
        return database.read("list users", connection -> {
            List<UserAccount> users = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM users ORDER BY name"); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(account(rows));
                }
            }
            return users;
        });
    }

    public void setPasswordHash(String name, String passwordHash) {
        update("set the password of " + name, "UPDATE users SET password_hash = ? WHERE name = ?", passwordHash,
                name);
    }

    public void setRole(String name, UserRole role) {
        update("set the role of " + name, "UPDATE users SET role = ? WHERE name = ?", role.name(), name);
    }

    public void setDisabled(String name, boolean disabled) {
        update((disabled ? "disable " : "enable ") + name, "UPDATE users SET disabled = ? WHERE name = ?",
                disabled ? "1" : "0", name);
    }

    /** Stores a token (as its hash) for an existing user. */
    public ApiToken addToken(String userName, String tokenHash, String label) {
        ApiToken token = new ApiToken(tokenHash, userName, label, Instant.now(), false);
        return database.write("add a token for " + userName, connection -> {
            if (find(connection, userName).isEmpty()) {
                throw new UsageException("no user named " + userName);
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO api_tokens (token_hash, user_name, label, created_at, revoked) "
                            + "VALUES (?, ?, ?, ?, 0)")) {
                statement.setString(1, tokenHash);
                statement.setString(2, userName);
                statement.setString(3, label);
                statement.setString(4, JdbcValues.instant(token.created()));
                statement.executeUpdate();
            }
            return token;
        });
    }

    /** The enabled user a token (by its hash) belongs to, unless the token is revoked or unknown. */
    public Optional<UserAccount> userForToken(String tokenHash) {
        return database.read("look up a token", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT u.* FROM api_tokens t JOIN users u ON u.name = t.user_name "
                            + "WHERE t.token_hash = ? AND t.revoked = 0 AND u.disabled = 0")) {
                statement.setString(1, tokenHash);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(account(rows)) : Optional.<UserAccount>empty();
                }
            }
        });
    }

    public List<ApiToken> tokensOf(String userName) {
        return database.read("list tokens of " + userName, connection -> {
            List<ApiToken> tokens = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT * FROM api_tokens WHERE user_name = ? ORDER BY created_at, token_hash")) {
                statement.setString(1, userName);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tokens.add(new ApiToken(rows.getString("token_hash"), rows.getString("user_name"),
                                rows.getString("label"), Instant.parse(rows.getString("created_at")),
                                rows.getInt("revoked") != 0));
                    }
                }
            }
            return tokens;
        });
    }

    public void revokeToken(String tokenHash) {
        update("revoke a token", "UPDATE api_tokens SET revoked = 1 WHERE token_hash = ?", tokenHash);
    }

    private void update(String what, String sql, String... values) {
        database.write(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    if (sql.contains("disabled = ?") && i == 0) {
                        statement.setInt(1, Integer.parseInt(values[0]));
                    } else {
                        statement.setString(i + 1, values[i]);
                    }
                }
                if (statement.executeUpdate() == 0) {
                    throw new UsageException("cannot " + what + ": no such user or token");
                }
            }
            return null;
        });
    }

    private static Optional<UserAccount> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM users WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(account(rows)) : Optional.empty();
            }
        }
    }

    private static UserAccount account(ResultSet rows) throws SQLException {
        return new UserAccount(rows.getString("name"), rows.getString("password_hash"),
                UserRole.valueOf(rows.getString("role")), Instant.parse(rows.getString("created_at")),
                rows.getInt("disabled") != 0);
    }
}
