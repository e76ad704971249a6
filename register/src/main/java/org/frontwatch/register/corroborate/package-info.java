/**
 * Corroboration: near-duplicate clusters (MinHash + LSH), incidents merged across items and languages, independent
 * sources, claim groups.
 */
package org.frontwatch.register.corroborate;
