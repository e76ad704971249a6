/** The server's backend over the real register, evidence archive, custody log and ingest pipeline. */
package org.frontwatch.app.server.backend;
