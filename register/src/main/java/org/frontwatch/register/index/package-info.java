/** The register's Lucene index: per-language analysed text, keyword fields and facets, rebuilt from the store alone. */
package org.frontwatch.register.index;
