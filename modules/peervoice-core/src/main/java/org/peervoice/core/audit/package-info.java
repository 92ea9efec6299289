/** Audit events of privileged actions on other people's content, recorded under the acting user's name. */
package org.peervoice.core.audit;
