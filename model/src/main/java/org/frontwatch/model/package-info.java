/** Records shared by every pipeline stage — items, captures, mentions, claims, event reports, keys — and the one error tree. */
package org.frontwatch.model;
