/** Military units: numbered formations, numbered military units and named formations, keyed {@code unit:<kind>:<designation>}. */
package org.frontwatch.extract.unit;
