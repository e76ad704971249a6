/** Dates: absolute and relative date expressions in three languages, resolved against the publication date into intervals. */
package org.frontwatch.extract.date;
