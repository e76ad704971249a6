/** The {@code frontwatch extract} JSON contract (DESIGN.md): writing an extraction, and reading one back, e.g. as gold. */
package org.frontwatch.extract.json;
