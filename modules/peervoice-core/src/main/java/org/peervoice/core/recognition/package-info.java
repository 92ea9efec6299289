/**
 * The recognition board (docs/recognition-board.md): colleagues recognize each other for the site's values, and each
 * recipient decides what becomes public about them.
 */
package org.peervoice.core.recognition;
