/** Tells English, Russian and Ukrainian texts apart (anything else is OTHER) from letters and function words. */
package org.frontwatch.extract.language;
