package org.peervoice.rest;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.peervoice.core.PeerVoiceServices;
import org.peervoice.rest.champion.ChampionExpertiseResource;
import org.peervoice.rest.champion.ChampionNominationResource;
import org.peervoice.rest.champion.ChampionResource;
import org.peervoice.rest.champion.ChampionSettingsResource;
import org.peervoice.rest.http.SecurityHeaders;
import org.peervoice.rest.http.CrossSiteChangeFilter;
import org.peervoice.rest.http.UnreadableRequestFilter;
import org.peervoice.rest.json.JsonBodyProvider;
import org.peervoice.rest.notification.NotificationResource;
import org.peervoice.rest.openapi.OpenApiJsonResource;
import org.peervoice.rest.openapi.OpenApiResource;
import org.peervoice.rest.people.PeopleResource;
import org.peervoice.rest.people.RoleGroupSettingsResource;
import org.peervoice.rest.problem.ProblemLanguage;
import org.peervoice.rest.problem.ProblemMapper;
import org.peervoice.rest.problem.UnexpectedFailureMapper;
import org.peervoice.rest.problem.WebApplicationExceptionMapper;
import org.peervoice.rest.recognition.RecognitionInsightsResource;
import org.peervoice.rest.recognition.RecognitionPreferenceResource;
import org.peervoice.rest.recognition.RecognitionResource;
import org.peervoice.rest.recognition.RecognitionSettingsResource;
import org.peervoice.rest.site.SiteResource;
import org.peervoice.rest.suggestion.ReceiptResource;
import org.peervoice.rest.suggestion.SuggestionResource;
import org.peervoice.rest.suggestion.SuggestionSettingsResource;
import org.peervoice.rest.townhall.TownHallLiveResource;
import org.peervoice.rest.townhall.TownHallResource;
import org.peervoice.rest.townhall.TownHallVoteResource;

/**
 * The PeerVoice API as one JAX-RS application, mounted by the host at {@code /o/peer-voice}
 * (resource paths start with {@code /v1.0}). Everything is an instance built here, so the same
 * application runs in Jersey (dev portal) and in Apache CXF under Liferay's JAX-RS whiteboard,
 * with no classpath scanning and no container-specific injection.
 */
public final class PeerVoiceApplication extends Application {

	private final Set<Object> singletons;

	public PeerVoiceApplication(PeerVoiceServices services, IdentityResolver identities) {
		this.singletons = Set.of(
			new SiteResource(identities),
			new SuggestionResource(services.suggestionBoard(), services.suggestionReview(), services.suggestionThreads(), identities),
			new SuggestionSettingsResource(services.suggestionSettings(), identities),
			new ReceiptResource(services.suggestionReceipts(), services.suggestionThreads(), identities),
			new NotificationResource(services.notificationInbox(), identities),
			// champion directory
			new ChampionResource(services.championListings(), services.championApprovals(), services.championDirectory(),
				services.championExport(), services.championListSending(), identities),
			new ChampionSettingsResource(services.championSettings(), identities),
			// champion workflow
			new ChampionNominationResource(services.championNominations(), identities),
			new ChampionExpertiseResource(services.championExpertise(), identities),
			// recognition board
			new RecognitionResource(services.recognitionBoard(), services.recognitionModeration(), identities),
			new RecognitionPreferenceResource(services.recognitionBoard(), identities),
			new RecognitionSettingsResource(services.recognitionSettings(), identities),
			new RecognitionInsightsResource(services.recognitionInsights(), identities),
			// people directory
			new PeopleResource(services.sitePeople(), identities),
			new RoleGroupSettingsResource(services.roleGroupSettings(), identities),
			// town hall
			new TownHallResource(services, identities),
			new TownHallLiveResource(services, identities),
			new TownHallVoteResource(services, identities),
			new OpenApiResource(),
			new OpenApiJsonResource(),
			new JsonBodyProvider(),
			new UnreadableRequestFilter(),
			new CrossSiteChangeFilter(),
			new SecurityHeaders(),
			new ProblemMapper(identities),
			new ProblemLanguage(),
			new WebApplicationExceptionMapper(),
			new UnexpectedFailureMapper());
	}

	@Override
	public Set<Object> getSingletons() {
		return singletons;
	}

}
