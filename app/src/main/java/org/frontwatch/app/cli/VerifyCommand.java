package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.frontwatch.app.pipeline.DataDirectory;
import org.frontwatch.archive.preserve.VerificationReport;
import org.frontwatch.archive.preserve.Verifier;
import org.frontwatch.archive.preserve.custody.ChainCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch verify}: recompute every WARC digest and the custody chain; name the first bad record. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-read every WARC record and every custody-log entry, recompute payload and block digests",
            "and the hash chain. Prints OK with counts and exits 0, or names the first bad record (file, offset,",
            "expected and actual digest) and exits 1."})
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--head", description = "Only print the custody log's head hash, to publish it.")
    private boolean head;

    @ParentCommand
    private FrontwatchCli cli;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DataDirectory directory = cli.dataDirectory();
        PrintWriter out = spec.commandLine().getOut();
        if (head) {
            ChainCheck chain = ChainCheck.of(directory.custodyLog());
            out.println(chain.head());
            out.flush();
            return chain.ok() ? ExitCodes.OK : ExitCodes.EVIDENCE_FAILED;
        }
        VerificationReport report = new Verifier().verify(directory.warcDirectory(), directory.custodyLog());
        out.println(report.describe());
        out.flush();
        return report.ok() ? ExitCodes.OK : ExitCodes.EVIDENCE_FAILED;
    }
}
