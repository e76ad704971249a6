package org.frontwatch.app.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * Hashes passwords with bcrypt (cost 12 by default): slow on purpose, salted, and checked in constant time.
 * Passwords longer than bcrypt's 72 bytes are refused rather than silently truncated.
 */
public final class PasswordHasher {
    public static final int DEFAULT_COST = 12;
    private static final int MAX_BYTES = 72;
    private final int cost;

    public PasswordHasher(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be between 4 and 31: " + cost);
        }
        this.cost = cost;
    }

    public String hash(String password) {
        byte[] bytes = checked(password);
        return new String(BCrypt.withDefaults().hash(cost, bytes), StandardCharsets.US_ASCII);
    }

    public boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES || bytes.length == 0) {
            return false;
        }
        return BCrypt.verifyer().verify(bytes, hash.getBytes(StandardCharsets.US_ASCII)).verified;
    }

    private static byte[] checked(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 12 || bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("a password must be 12 to 72 bytes long, not " + bytes.length);
        }
        return bytes;
    }
}
