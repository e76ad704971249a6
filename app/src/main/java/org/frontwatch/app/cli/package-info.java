/** The {@code frontwatch} command line (picocli): one class per subcommand, exit codes mapped in {@link org.frontwatch.app.cli.ExitCodes}. */
package org.frontwatch.app.cli;
