package org.frontwatch.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.frontwatch.model.Span;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void keepsVisibleTextAndMapsItBackToTheSource() {
        String html = "<html><head><title>x</title><style>p{}</style></head><body>"
                + "<h1>Обращение</h1><p>Мобилизованные из <b>Иркутской</b> области &amp; их семьи.</p>"
                + "<script>var a = 'Бахмут';</script><p>Sent near Avdiivka.</p></body></html>";
        SourceMappedText mapped = HtmlText.of(html);
        assertThat(mapped.text()).isEqualTo("Обращение\nМобилизованные из Иркутской области & их семьи.\n"
                + "Sent near Avdiivka.");
        int start = mapped.text().indexOf("Иркутской области");
        Span source = mapped.sourceSpan(new Span(start, start + "Иркутской области".length()));
        assertThat(source.of(html)).isEqualTo("Иркутской</b> области");
        int avdiivka = mapped.text().indexOf("Avdiivka");
        assertThat(mapped.sourceSpan(new Span(avdiivka, avdiivka + 8)).of(html)).isEqualTo("Avdiivka");
    }

    @Test
    void mapsADecodedEntityToTheWholeEntity() {
        String html = "<p>Tom&nbsp;&amp;&#8217;s</p>";
        SourceMappedText mapped = HtmlText.of(html);
        int amp = mapped.text().indexOf('&');
        assertThat(mapped.sourceSpan(new Span(amp, amp + 1)).of(html)).isEqualTo("&amp;");
        assertThat(mapped.text()).contains("’s");
    }

    @Test
    void collapsesWhitespaceAndBreaksLinesAtBrAndBlocks() {
        SourceMappedText mapped = HtmlText.of("<div>Один   \n  два<br>три</div><div>четыре</div>");
        assertThat(mapped.text()).isEqualTo("Один два\nтри\nчетыре");
    }

    @Test
    void readsMalformedMarkupLeniently() {
        SourceMappedText mapped = HtmlText.of("<p>Открытый <b>тег <i>без конца");
        assertThat(mapped.text()).isEqualTo("Открытый тег без конца");
        assertThat(HtmlText.of("").text()).isEmpty();
    }
}
