/** Mention finders: each finds one kind of typed span (regions, places, units, organisations, dates, quantities). */
package org.frontwatch.extract.mention;
