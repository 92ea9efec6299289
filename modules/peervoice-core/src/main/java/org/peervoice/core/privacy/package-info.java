/**
 * Screening of free text for details that could identify a writer or a client (docs/privacy.md, "What PeerVoice does").
 * Capability-neutral: suggestions use it today, town halls and recognitions later.
 */
package org.peervoice.core.privacy;
