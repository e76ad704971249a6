/**
 * The pipeline assembled in one place: collect → preserve (WARC + custody log) → extract → register (store,
 * index) → corroborate, over one data directory.
 */
package org.frontwatch.app.pipeline;
