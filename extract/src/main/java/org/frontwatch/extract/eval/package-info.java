/** Evaluation: scores the extractor against a directory of texts with gold JSON, per field precision, recall and F1. */
package org.frontwatch.extract.eval;
