package org.frontwatch.app.server.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontwatch.app.server.view.SnippetPart;
import org.junit.jupiter.api.Test;

class SnippetMarkupTest {
    @Test
    void splitsMarksIntoHighlightedPartsOfPlainText() {
        assertThat(SnippetMarkup.parts("men from <mark>Irkutsk</mark> region &amp; <mark>Avdiivka</mark>"))
                .containsExactly(new SnippetPart("men from ", false), new SnippetPart("Irkutsk", true),
                        new SnippetPart(" region & ", false), new SnippetPart("Avdiivka", true));
    }

    @Test
    void escapedMarkupFromASourceComesBackAsTextNeverAsMarks() {
        List<SnippetPart> parts = SnippetMarkup.parts("&lt;script&gt;alert(1)&lt;&#x2F;script&gt; <mark>cellar</mark>");
        assertThat(parts.get(0)).isEqualTo(new SnippetPart("<script>alert(1)</script> ", false));
        assertThat(parts.get(1)).isEqualTo(new SnippetPart("cellar", true));
    }

    @Test
    void leavesUnknownEntitiesAsWritten() {
        assertThat(SnippetMarkup.parts("a &bogus; b")).containsExactly(new SnippetPart("a &bogus; b", false));
    }
}
