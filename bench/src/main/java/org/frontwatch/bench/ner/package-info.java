/** Named-entity benchmark: LOC and ORG precision, recall and F1 of the extract finders on factRuEval-2016. */
package org.frontwatch.bench.ner;
