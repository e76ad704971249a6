/** The application: pipeline wiring, the command line and the HTTP server with the web UI. */
package org.frontwatch.app;
