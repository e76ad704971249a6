package org.frontwatch.model;

import java.util.Optional;

/**
 * Input that cannot be read as what it claims to be: malformed JSON, XML, HTML or WARC, junk bytes, an archive
 * bomb, a hostile URL. Names the source and, where known, the position, so that an investigator can find it.
 */
public class BadInputException extends FrontwatchException {
    private final String source;
    private final String position;

    public BadInputException(String source, String position, String problem) {
        this(source, position, problem, null);
    }

    public BadInputException(String source, String position, String problem, Throwable cause) {
        super(source + (position == null || position.isEmpty() ? "" : " at " + position) + ": " + problem, cause);
        this.source = source;
        this.position = position;
    }

    /** The file, URL or stream that held the bad input. */
    public String source() {
        return source;
    }

    /** Where in the source the problem was found ("line 12, column 4", "offset 1024"), if known. */
    public Optional<String> position() {
        return Optional.ofNullable(position).filter(p -> !p.isEmpty());
    }
}
