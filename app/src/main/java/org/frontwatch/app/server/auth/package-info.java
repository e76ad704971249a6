/** Who may do what on the server: roles, accounts with slow password hashes, sessions with CSRF tokens, API tokens and the login throttle. */
package org.frontwatch.app.server.auth;
