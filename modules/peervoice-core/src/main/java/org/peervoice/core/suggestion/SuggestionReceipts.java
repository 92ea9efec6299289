package org.peervoice.core.suggestion;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.peervoice.core.anonymity.AnonymousWriting;
import org.peervoice.core.anonymity.Mixer;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.privacy.PrivacyScreen;

/**
 * An anonymous writer following up with the receipt: looking the item and its thread up, and
 * withdrawing it. Each check is admitted by {@link AnonymousWriting} before any receipt is read.
 * (Replies with the receipt are the thread's: {@link SuggestionThreads#replyWithReceipt}.)
 */
public final class SuggestionReceipts {

	private final UnitOfWork unitOfWork;
	private final SuggestionRepository suggestions;
	private final AnonymousWriting anonymity;
	private final Clock clock;
	private final Mixer mixer;
	private final SuggestionAccess access;
	private final SuggestionViews views;

	public SuggestionReceipts(UnitOfWork unitOfWork, AnonymousWriting anonymity, Clock clock, Mixer mixer) {
		this(unitOfWork, new JpaSuggestionRepository(unitOfWork), anonymity, clock, mixer);
	}

	SuggestionReceipts(UnitOfWork unitOfWork, SuggestionRepository suggestions, AnonymousWriting anonymity, Clock clock, Mixer mixer) {
		this.unitOfWork = unitOfWork;
		this.suggestions = suggestions;
		this.anonymity = anonymity;
		this.clock = clock;
		this.mixer = mixer;
		this.access = new SuggestionAccess(suggestions, anonymity, clock);
		this.views = new SuggestionViews(suggestions, anonymity, new PrivacyScreen(), clock);
	}

	public ReceiptView lookUpReceipt(Identity who, String receipt) {
		anonymity.admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateByReceipt(who, receipt);
			List<SuggestionMessage> thread = suggestions.messagesOf(located.suggestion.id());
			boolean delivered = located.suggestion.isMixed() && thread.stream().allMatch(SuggestionMessage::isMixed);
			return new ReceiptView(views.view(located.actor, located.suggestion),
				thread.stream().map(SuggestionMessage::view).collect(Collectors.toList()),
				delivered ? null : minutesUntilMixed(located.suggestion.scope()));
		});
	}

	public SuggestionView withdrawWithReceipt(Identity who, String receipt) {
		anonymity.admitReceiptCheck(who);
		return unitOfWork.inTransaction(() -> {
			SuggestionAccess.Located located = access.locateByReceipt(who, receipt);
			access.withdraw(located.suggestion);
			return views.view(located.actor, located.suggestion);
		});
	}

	// Rounded up, plus the timers' minute, so the writer is told a time that holds.
	private long minutesUntilMixed(Scope scope) {
		Duration left = Duration.between(clock.instant(), mixer.nextMixingOf(scope));
		long minutes = Math.max(0, left.plusSeconds(59).toMinutes());
		return minutes + 1;
	}

}
