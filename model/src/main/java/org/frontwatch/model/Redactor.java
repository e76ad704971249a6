package org.frontwatch.model;

import java.util.List;

/**
 * Removes what public output must not show — names of private persons, phone numbers, user handles, e-mail
 * addresses, exact street addresses — from a text, given the mentions extraction found in it. Officials and
 * organisations stay. The server's public mode and {@code export --public} share one implementation.
 */
@FunctionalInterface
public interface Redactor {
    String redact(String text, List<Mention> mentions);

    /** A redactor that changes nothing: for analysts' own output. */
    static Redactor none() {
        return (text, mentions) -> text;
    }
}
