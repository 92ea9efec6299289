/**
 * The building blocks of the anonymity contract (docs/privacy.md): receipts and their slow hashes,
 * keyed voter hashes, flood control that forgets, and the mixing of anonymous writes so that
 * storage order does not date them. Never stores or logs who someone is.
 */
package org.peervoice.core.anonymity;
