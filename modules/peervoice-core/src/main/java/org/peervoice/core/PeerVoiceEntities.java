package org.peervoice.core;

import java.util.List;

import org.peervoice.core.audit.AuditEvent;
import org.peervoice.core.champion.ChampionFacetRow;
import org.peervoice.core.champion.ChampionListing;
import org.peervoice.core.champion.ChampionNomination;
import org.peervoice.core.champion.ExpertiseTerm;
import org.peervoice.core.champion.ListingFacet;
import org.peervoice.core.champion.SiteListSending;
import org.peervoice.core.champion.SiteChampionSettings;
import org.peervoice.core.kernel.InstantColumn;
import org.peervoice.core.notification.Notification;
import org.peervoice.core.notification.NotificationEvent;
import org.peervoice.core.notification.NotificationPreference;
import org.peervoice.core.people.SiteRoleGroupSettings;
import org.peervoice.core.recognition.Recognition;
import org.peervoice.core.recognition.RecognitionComment;
import org.peervoice.core.recognition.RecognitionGiver;
import org.peervoice.core.recognition.RecognitionPreference;
import org.peervoice.core.recognition.RecognitionReaction;
import org.peervoice.core.recognition.RecognitionRecipient;
import org.peervoice.core.recognition.RecognitionReport;
import org.peervoice.core.recognition.SiteRecognitionSettings;
import org.peervoice.core.suggestion.SiteSuggestionSettings;
import org.peervoice.core.suggestion.Suggestion;
import org.peervoice.core.suggestion.SuggestionMessage;
import org.peervoice.core.suggestion.SuggestionResponse;
import org.peervoice.core.suggestion.SuggestionTransition;
import org.peervoice.core.suggestion.SuggestionVote;
import org.peervoice.core.suggestion.ThreadRead;
import org.peervoice.core.townhall.PollAnswer;
import org.peervoice.core.townhall.QuestionVote;
import org.peervoice.core.townhall.TownHall;
import org.peervoice.core.townhall.TownHallFeedback;
import org.peervoice.core.townhall.TownHallPoll;
import org.peervoice.core.townhall.TownHallQuestion;

/** Every JPA-managed class of the core (entities and converters), for the persistence unit. Add new ones here. */
public final class PeerVoiceEntities {

	private PeerVoiceEntities() {
	}

	public static List<Class<?>> classes() {
		return List.of(InstantColumn.class, AuditEvent.class, Suggestion.class, SuggestionResponse.class,
			SuggestionTransition.class, SuggestionMessage.class, SuggestionVote.class, SiteSuggestionSettings.class,
			NotificationEvent.class, Notification.class, NotificationPreference.class, ThreadRead.class,
			// champion directory
			ChampionListing.class, SiteChampionSettings.class,
			// champion workflow
			ChampionNomination.class, ExpertiseTerm.class,
			// champion search
			ListingFacet.class, ChampionFacetRow.class, SiteListSending.class,
			// town hall
			TownHall.class, TownHallQuestion.class, QuestionVote.class, TownHallPoll.class, PollAnswer.class, TownHallFeedback.class,
			// recognition board
			Recognition.class, RecognitionRecipient.class, RecognitionReaction.class, RecognitionComment.class, RecognitionPreference.class,
			RecognitionReport.class, SiteRecognitionSettings.class, RecognitionGiver.class,
			// role groups of aggregate views
			SiteRoleGroupSettings.class);
	}

}
