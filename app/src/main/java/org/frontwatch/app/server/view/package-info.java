/** What the server shows: read-only records the {@link org.frontwatch.app.server.ServerBackend} answers with and the API serialises as JSON. */
package org.frontwatch.app.server.view;
