/** The site's people: the people picker's search and an administrator's "this person has left". */
package org.peervoice.rest.people;
