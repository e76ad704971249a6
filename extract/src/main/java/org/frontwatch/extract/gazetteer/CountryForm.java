package org.frontwatch.extract.gazetteer;

import java.util.Objects;
import org.frontwatch.model.Language;

/** One form that names a country ("Россия", "РФ", "U.S."), in the language that decides how it is lemmatised. */
public record CountryForm(String code, Language language, String form) {
    public CountryForm {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(form, "form");
        if (form.isBlank()) {
            throw new IllegalArgumentException("country form must not be blank: code=" + code);
        }
    }
}
