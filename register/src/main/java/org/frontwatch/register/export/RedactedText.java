package org.frontwatch.register.export;

import java.util.ArrayList;
import java.util.List;
import org.frontwatch.model.Mention;
import org.frontwatch.model.Redactor;
import org.frontwatch.model.Span;
import org.frontwatch.register.store.StoredMention;

/** Applies a {@link Redactor} to a part of an item's text, giving it the item's mentions that fall in that part. */
final class RedactedText {
    private RedactedText() {
    }

    /** Redacts {@code part} of an item's text: {@code span} is where it stands in that text. */
    static String of(String part, Span span, List<StoredMention> itemMentions, String itemId, Redactor redactor) {
        List<Mention> inside = new ArrayList<>();
        for (StoredMention stored : itemMentions) {
            Mention mention = stored.mention();
            if (!stored.itemId().equals(itemId) || !span.contains(mention.span())
                    || span.length() != part.length()) {
                continue;
            }
            Span shifted = new Span(mention.span().start() - span.start(), mention.span().end() - span.start());
            if (!shifted.of(part).equals(mention.text())) {
                continue;
            }
            inside.add(new Mention(mention.type(), mention.text(), shifted, mention.key(), mention.place(),
                    mention.date(), mention.figure()));
        }
        return redactor.redact(part, inside);
    }
}
