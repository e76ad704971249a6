/** Lemmas and grammatical tags of Russian and Ukrainian words from the bundled morfologik dictionaries. */
package org.frontwatch.extract.morphology;
