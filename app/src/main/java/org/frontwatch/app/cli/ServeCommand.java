package org.frontwatch.app.cli;

import java.io.PrintWriter;
import org.frontwatch.app.pipeline.Workspace;
import picocli.CommandLine.Command;

@Command(name = "serve")
final class ServeCommand implements Runnable {
    @Override
    public void run() {
    }

    static int serveUntilStopped(Workspace workspace, String host, int port, boolean publicMode, PrintWriter out) {
        throw new UnsupportedOperationException("temporary for compilation");
    }
}
