package org.frontwatch.archive.collect.document;

import java.io.InputStream;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/** Declines every embedded document, so that attachments and nested archives are never unpacked or parsed. */
final class SkippingEmbeddedDocuments implements EmbeddedDocumentExtractor {
    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // never called: shouldParseEmbedded declines
    }
}
