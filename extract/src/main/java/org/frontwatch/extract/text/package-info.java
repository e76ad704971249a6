/** Plain text with offsets: sentences and tokens of a text, and HTML or Telegram-entity text mapped back to its source. */
package org.frontwatch.extract.text;
