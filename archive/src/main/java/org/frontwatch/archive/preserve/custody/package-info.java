/** The custody log: an append-only, hash-chained JSON-lines record of every action taken on the evidence. */
package org.frontwatch.archive.preserve.custody;
