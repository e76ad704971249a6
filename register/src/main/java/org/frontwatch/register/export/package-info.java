/**
 * Exports of the register: ACLED-style CSV, GeoJSON incidents, FollowTheMoney entities and a full JSON-lines dump,
 * with a public mode.
 */
package org.frontwatch.register.export;
