/** Quantities: figures about people and events, with bounds, ranges, number words, counted things and rates. */
package org.frontwatch.extract.quantity;
