package org.peervoice.core.anonymity;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotConfigured;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.ServerSecret;

/**
 * How every anonymous feature writes and follows up, so that a suggestion, a town-hall question
 * and whatever comes next are anonymous in exactly the same way (docs/privacy.md): one flood
 * counter per person across features, receipts (code shown once, Argon2 hash stored), receipt
 * checks admitted before any receipt is read, per-item voter hashes under the server secret, and
 * times coarsened to the day. The mixing of anonymous writes is the {@link Mixer}'s. One instance
 * per node, shared by every feature.
 */
public final class AnonymousWriting {

	/** The error code of a receipt field whose text is not of a receipt's form (openapi.yaml, ProblemDetails.errorCodes). */
	public static final String NOT_A_RECEIPT = "not-a-receipt";

	private final ServerSecret secret;
	private final FloodLimit submissions;
	private final FloodLimit receiptChecksPerPerson;
	private final FloodLimit receiptChecksPerNode;

	/** With the default limits. */
	public AnonymousWriting(ServerSecret secret, Clock clock) {
		this(secret, FloodLimit.anonymousSubmissions(clock), FloodLimit.receiptChecksPerPerson(clock), FloodLimit.receiptChecksPerNode(clock));
	}

	/** With other flood limits than the defaults (benchmarks lift them). */
	public AnonymousWriting(ServerSecret secret, FloodLimit submissions, FloodLimit receiptChecksPerPerson, FloodLimit receiptChecksPerNode) {
		for (byte[] key : secret.keys()) {
			if (key == null || key.length < 32) {
				throw new IllegalArgumentException("Every server secret must have at least 32 bytes");
			}
		}
		this.secret = secret;
		this.submissions = submissions;
		this.receiptChecksPerPerson = receiptChecksPerPerson;
		this.receiptChecksPerNode = receiptChecksPerNode;
	}

	/**
	 * Admits one anonymous submission of this person, whatever the feature, and issues its receipt.
	 *
	 * @throws org.peervoice.core.kernel.TooManyRequests when the person reached the limit of anonymous submissions
	 */
	public IssuedReceipt admitSubmission(long companyId, String userKey) {
		submissions.register(companyId, userKey);
		ReceiptCode code = ReceiptCode.generate();
		return new IssuedReceipt(code.locator(), ReceiptHash.of(code.secret()), code.text());
	}

	/**
	 * Admits one receipt check (look-up, reply, withdrawal) before any receipt is read: a guest is refused the same
	 * way whatever the receipt, and each signed-in person (and the node as a whole) has a budget of Argon2 checks,
	 * counted in memory only (see {@link FloodLimit}).
	 */
	public void admitReceiptCheck(Identity who) {
		String userKey = who.userKey().orElseThrow(NotSignedIn::new);
		receiptChecksPerPerson.register(who.companyId(), userKey);
		receiptChecksPerNode.registerNodeWide();
	}

	/**
	 * The item this receipt belongs to, if its secret matches. An unknown receipt costs the same Argon2 work as a known
	 * one, so timing tells nothing.
	 *
	 * @param byLocator finds the item stored under a receipt's locator
	 * @param receiptHash the stored receipt hash of an item
	 * @throws InvalidInput (code {@link #NOT_A_RECEIPT}) for a text that is not of a receipt's form at all: the form is
	 *     public (PV and ten groups of four), so saying so tells nothing about any receipt; its holder learns that they
	 *     mistyped or pasted something else, where "no item has this receipt" sent them looking for a lost item
	 */
	public <T> Optional<T> findByReceipt(String receipt, Function<String, Optional<T>> byLocator, Function<T, String> receiptHash) {
		if (receipt == null) {
			throw new InvalidInput(Map.of("receipt", "is required"));
		}
		ReceiptCode code = ReceiptCode.parse(receipt).orElseThrow(() -> new InvalidInput(
			"This is not a receipt: a receipt is PV followed by ten groups of four letters or digits.",
			Map.of("receipt", "is not in the form of a receipt"), Map.of("receipt", NOT_A_RECEIPT)));
		Optional<T> item = byLocator.apply(code.locator());
		if (item.isEmpty()) {
			ReceiptHash.spendVerificationTime(code.secret());
			return Optional.empty();
		}
		return ReceiptHash.matches(code.secret(), receiptHash.apply(item.get())) ? item : Optional.empty();
	}

	/**
	 * The hash a new vote of this person on this item is stored under: the current secret's.
	 *
	 * @throws NotConfigured when the host has no server secret
	 */
	public String voterHash(long companyId, long siteId, String itemId, String userKey) {
		return VoterHash.of(secret.key(), companyId, siteId, itemId, userKey);
	}

	/**
	 * Every hash this person's vote on this item may be stored under (older secrets, votes from before version 2).
	 *
	 * @throws NotConfigured when the host has no server secret
	 */
	public Set<String> voterHashes(long companyId, long siteId, String itemId, String userKey) {
		List<byte[]> keys = secret.keys();
		if (keys.isEmpty()) {
			throw new NotConfigured();
		}
		return VoterHash.candidates(keys, companyId, siteId, itemId, userKey);
	}

	/** As {@link #voterHashes}, but none when the host has no server secret (reading needs no secret; voting does). */
	public Set<String> voterHashesIfConfigured(long companyId, long siteId, String itemId, String userKey) {
		List<byte[]> keys = secret.keys();
		return keys.isEmpty() ? Collections.emptySet() : VoterHash.candidates(keys, companyId, siteId, itemId, userKey);
	}

	/**
	 * This person's vote on an item of a group whose items may be merged (the questions of a town hall), under the
	 * current secret: see {@link MergeableVote}.
	 *
	 * @throws NotConfigured when the host has no server secret
	 */
	public MergeableVote mergeableVote(long companyId, long siteId, String groupId, String itemId, String userKey) {
		return MergeableVote.of(secret.key(), companyId, siteId, groupId, itemId, userKey);
	}

	/** Every hash this person's mergeable vote on this item may be stored under; none without a server secret. */
	public Set<String> mergeableVoteHashes(long companyId, long siteId, String groupId, String itemId, String userKey) {
		List<byte[]> keys = secret.keys();
		return keys.isEmpty() ? Collections.emptySet() : MergeableVote.candidates(keys, companyId, siteId, groupId, itemId, userKey);
	}

	/** {@link #mergeableVoteHashes} for several items of one group at once, per item (none without a server secret). */
	public Map<String, Set<String>> mergeableVoteHashes(long companyId, long siteId, String groupId, List<String> itemIds, String userKey) {
		List<byte[]> keys = secret.keys();
		return keys.isEmpty() ? Collections.emptyMap() : MergeableVote.candidates(keys, companyId, siteId, groupId, itemIds, userKey);
	}

	/** The voter of a stored mergeable vote, voting on another item of the same group: for merging items. */
	public Optional<MergeableVote> mergeableVoteMovedTo(long companyId, long siteId, String itemId, String seal) {
		List<byte[]> keys = secret.keys();
		return keys.isEmpty() ? Optional.empty() : MergeableVote.movedTo(keys, companyId, siteId, itemId, seal);
	}

	/**
	 * The hash one person's single answer to a group (a poll, a town hall's feedback) is stored under: one per person
	 * and group, unrelated across groups.
	 *
	 * @throws NotConfigured when the host has no server secret
	 */
	public String respondentHash(long companyId, long siteId, String groupId, String userKey) {
		return VoterHash.of(secret.key(), companyId, siteId, groupId, userKey);
	}

	/** Every hash this person's answer to a group may be stored under; none without a server secret. */
	public Set<String> respondentHashes(long companyId, long siteId, String groupId, String userKey) {
		List<byte[]> keys = secret.keys();
		return keys.isEmpty() ? Collections.emptySet() : VoterHash.candidates(keys, companyId, siteId, groupId, userKey);
	}

	/** The time stored for anything an anonymous writer does: the day, so that no time of day ties it to its writer. */
	public static Instant coarsened(Instant time) {
		return time.truncatedTo(ChronoUnit.DAYS);
	}

	/** A new anonymous item's receipt: the text is shown to the writer once; the locator and hash are stored. */
	public static final class IssuedReceipt {

		private final String locator;
		private final String hash;
		private final String text;

		IssuedReceipt(String locator, String hash, String text) {
			this.locator = locator;
			this.hash = hash;
			this.text = text;
		}

		public String locator() {
			return locator;
		}

		public String hash() {
			return hash;
		}

		public String text() {
			return text;
		}

		@Override
		public String toString() {
			return "IssuedReceipt[hidden]";
		}

	}

}
