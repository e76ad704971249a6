/** The HTTP server: JSON API with its OpenAPI description, the static web UI, sign-in and roles, public mode, and the one place that maps errors to HTTP statuses. */
package org.frontwatch.app.server;
