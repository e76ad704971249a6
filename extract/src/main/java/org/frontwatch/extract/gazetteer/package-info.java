/** The bundled gazetteer (regions, populated places, countries, aliases) and the phrase matcher finders use on it. */
package org.frontwatch.extract.gazetteer;
