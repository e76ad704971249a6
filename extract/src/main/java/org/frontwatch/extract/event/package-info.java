/** Event reports: the DESIGN.md event types found from sentence-level cues, with date, origin, location, places and units. */
package org.frontwatch.extract.event;
