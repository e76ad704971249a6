/** Claims: figures about people and events attributed to their claimants, with the sentence that carries them. */
package org.frontwatch.extract.claim;
