/**
 * Questions investigators ask of the register: tallies of incidents, claim groups, unit profiles, incidents,
 * timelines.
 */
package org.frontwatch.register.query;
