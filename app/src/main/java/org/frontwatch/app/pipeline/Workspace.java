package org.frontwatch.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.frontwatch.archive.preserve.custody.CustodyAction;
import org.frontwatch.archive.preserve.custody.CustodyLog;
import org.frontwatch.archive.preserve.warc.EvidenceArchive;
import org.frontwatch.extract.Extractor;
import org.frontwatch.register.Register;
import org.frontwatch.register.RegisterSettings;

/**
 * One opened data directory: the register (store and index) at once, the WARC archive, the custody log and the
 * extractor on first use — reading commands never pay for opening (and scanning) the archive or loading the
 * gazetteer. Repairs of a torn WARC tail or custody line found at open are logged in custody.
 */
public final class Workspace implements AutoCloseable {
    /** Who acts in the custody log when the command line does something. */
    public static final String COMMAND_LINE_ACTOR = "cli:" + System.getProperty("user.name", "unknown");

    private final DataDirectory directory;
    private final Register register;
    private EvidenceArchive archive;
    private CustodyLog custody;
    private Extractor extractor;

    private Workspace(DataDirectory directory, Register register) {
        this.directory = directory;
        this.register = register;
    }

    /** Opens (creating it if needed) the data directory, with the register in SQLite or at {@code jdbcUrl}. */
    public static Workspace open(DataDirectory directory, Optional<String> jdbcUrl) {
        try {
            Files.createDirectories(directory.root());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory.root(), e);
        }
        return new Workspace(directory, Register.open(new RegisterSettings(directory.root(), jdbcUrl)));
    }

    public DataDirectory directory() {
        return directory;
    }

    public Register register() {
        return register;
    }

    public synchronized CustodyLog custody() {
        if (custody == null) {
            custody = CustodyLog.open(directory.custodyLog());
            custody.repair().ifPresent(repair ->
                    custody.append(COMMAND_LINE_ACTOR, CustodyAction.REPAIRED, directory.custodyLog().toString(),
                            repair.detail()));
        }
        return custody;
    }

    public synchronized EvidenceArchive archive() {
        if (archive == null) {
            archive = EvidenceArchive.open(directory.warcDirectory());
            archive.repair().ifPresent(repair ->
                    custody().append(COMMAND_LINE_ACTOR, CustodyAction.REPAIRED, repair.file().toString(),
                            repair.detail()));
        }
        return archive;
    }

    public synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.create();
        }
        return extractor;
    }

    @Override
    public synchronized void close() {
        try {
            if (archive != null) {
                archive.close();
            }
        } finally {
            try {
                if (custody != null) {
                    custody.close();
                }
            } finally {
                register.close();
            }
        }
    }
}
