package org.frontwatch.app.cli;

import org.frontwatch.model.BadInputException;
import org.frontwatch.model.CaptureRefusedException;
import org.frontwatch.model.EvidenceException;
import org.frontwatch.model.StoreException;
import org.frontwatch.model.UsageException;
import picocli.CommandLine;

/**
 * The one place where failures become exit codes. 0 success, 1 evidence failed verification, 2 usage error,
 * 3 bad input, 4 register (store or index) error, 5 capture refused or failed, 70 any other internal error.
 */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    public static final int OK = 0;
    public static final int EVIDENCE_FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int STORE = 4;
    public static final int CAPTURE = 5;
    public static final int INTERNAL = 70;

    @Override
    public int getExitCode(Throwable exception) {
        Throwable cause = exception instanceof CommandLine.ExecutionException && exception.getCause() != null
                ? exception.getCause() : exception;
        if (cause instanceof EvidenceException) {
            return EVIDENCE_FAILED;
        }
        if (cause instanceof UsageException || cause instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (cause instanceof BadInputException) {
            return BAD_INPUT;
        }
        if (cause instanceof StoreException) {
            return STORE;
        }
        if (cause instanceof CaptureRefusedException) {
            return CAPTURE;
        }
        return INTERNAL;
    }
}
