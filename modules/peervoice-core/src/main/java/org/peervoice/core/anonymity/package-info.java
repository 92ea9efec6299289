/**
 * The building blocks of the anonymity contract (docs/privacy.md): receipts and their slow hashes,
 * keyed voter hashes, and flood control that forgets. Never stores or logs who someone is.
 */
package org.peervoice.core.anonymity;
