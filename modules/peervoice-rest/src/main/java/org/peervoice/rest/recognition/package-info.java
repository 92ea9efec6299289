/** The recognition board's API: the board, giving, each recipient's choices, moderation and settings. */
package org.peervoice.rest.recognition;
