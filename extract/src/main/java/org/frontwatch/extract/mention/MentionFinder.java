package org.frontwatch.extract.mention;

import java.util.List;
import org.frontwatch.extract.text.AnalysedText;
import org.frontwatch.model.Mention;

/** Finds one kind of mention in an analysed text. Implementations are immutable and safe to share between threads. */
public interface MentionFinder {
    List<Mention> find(AnalysedText text);
}
