/**
 * The register stage: {@link org.frontwatch.register.Register} opens the SQL store, the Lucene index,
 * corroboration, queries and exports over one data directory.
 */
package org.frontwatch.register;
