/** Redaction of private persons and their contact details for public output, shared by the server's public mode and {@code export --public}. */
package org.frontwatch.app.redact;
