package org.frontwatch.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontwatch.extract.Extractor;
import org.frontwatch.extract.eval.EvaluationReport;
import org.frontwatch.extract.eval.Evaluator;
import org.frontwatch.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code frontwatch eval}: score the extractor against a directory of gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score extraction on a gold set: a directory of NAME.txt files with NAME.gold.json beside them",
            "(the extract contract's JSON plus \"published\" and \"language\"). Prints precision, recall and F1 per",
            "field (language, REGION, PLACE, UNIT, ORG, DATE, QUANTITY, claims, events, event origins)."})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The gold set, e.g. eval/dev.")
    private Path directory;

    @Option(names = "--json", description = "Print JSON.")
    private boolean json;

    @Option(names = "--errors", description = {"Also list every disagreement with the gold set, one tab-separated line",
        "each: document, field, missed|spurious, what it was."})
    private boolean errors;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(directory)) {
            throw new UsageException("not a directory: " + directory);
        }
        EvaluationReport report = new Evaluator(Extractor.create()).evaluate(directory);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? report.json() : report.table());
        if (errors) {
            out.print(report.errorLines());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
