package org.frontwatch.app.cli;

import org.frontwatch.model.Redactor;

final class PublicRedaction {
    static Redactor redactor() {
        throw new UnsupportedOperationException("temporary for compilation");
    }
}
