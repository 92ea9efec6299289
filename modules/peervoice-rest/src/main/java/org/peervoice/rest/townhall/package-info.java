/** The town hall's REST resources: town halls, questions, live state, polls, feedback, follow-up and export. */
package org.peervoice.rest.townhall;
