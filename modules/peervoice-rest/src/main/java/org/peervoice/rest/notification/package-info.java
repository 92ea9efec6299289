/** The caller's own notifications (as PeerVoice stores them: the dev portal's bell) and notification preferences. */
package org.peervoice.rest.notification;
