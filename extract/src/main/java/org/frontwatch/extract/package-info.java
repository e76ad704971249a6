/**
 * The extract stage: language → text with offsets → mentions (regions, places, units, organisations, dates,
 * quantities) → claims → event reports. Pure: it reads nothing but its bundled resources and writes nothing.
 */
package org.frontwatch.extract;
