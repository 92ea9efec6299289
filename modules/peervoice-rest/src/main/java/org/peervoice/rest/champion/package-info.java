/** The champion directory's REST resources: listings, approval, search and settings. */
package org.peervoice.rest.champion;
