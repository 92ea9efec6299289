package org.peervoice.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.peervoice.core.champion.Audience;
import org.peervoice.core.champion.ChampionApprovals;
import org.peervoice.core.champion.ChampionCategory;
import org.peervoice.core.champion.ContactMethod;
import org.peervoice.core.champion.ListingStatus;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.notification.NotificationType;
import org.peervoice.core.recognition.Consent;
import org.peervoice.core.recognition.FeedQuery;
import org.peervoice.core.recognition.Visibility;
import org.peervoice.core.suggestion.Publication;
import org.peervoice.core.suggestion.SuggestionQuery;
import org.peervoice.core.suggestion.SuggestionStatus;
import org.peervoice.core.townhall.DismissalReason;
import org.peervoice.core.townhall.Moderation;
import org.peervoice.core.townhall.QuestionState;
import org.peervoice.core.townhall.TownHallFeedback;
import org.peervoice.core.townhall.TownHallPoll;
import org.peervoice.core.townhall.TownHallQuestions;
import org.peervoice.core.townhall.TownHallState;
import org.peervoice.core.townhall.TownHalls;

/** The enumerations of openapi.yaml list exactly the values of the core's enums (in the document's lower case where it uses it). */
class ContractEnumsTest {

	private final JsonNode document = parse();

	@Test
	void permissionsAreTheCoresPermissions() {
		assertEquals(names(Permission.values(), false), values("/components/schemas/Permission/enum"));
	}

	@Test
	void statusesAreTheCoresStatuses() {
		assertEquals(names(SuggestionStatus.values(), false), values("/components/schemas/SuggestionStatus/enum"));
		TreeSet<String> nullable = names(SuggestionStatus.values(), false);
		nullable.add("null");
		assertEquals(nullable, values("/components/schemas/NullableSuggestionStatus/enum"));
	}

	@Test
	void notificationTypesAreTheCoresTypes() {
		assertEquals(names(NotificationType.values(), false), values("/components/schemas/NotificationType/enum"));
	}

	@Test
	void publicationModesAreTheCoresModes() {
		assertEquals(names(Publication.values(), false), values("/components/schemas/SuggestionSettings/properties/publication/enum"));
	}

	@Test
	void listViewsAndSortsAreTheCoresQueries() {
		JsonNode parameters = document.at("/paths/~1sites~1{siteId}~1suggestions/get/parameters");
		assertFalse(parameters.isMissingNode());
		for (JsonNode parameter : parameters) {
			if ("view".equals(parameter.path("name").asText())) {
				assertEquals(names(SuggestionQuery.View.values(), true), values(parameter.at("/schema/enum")));
			}
			if ("sort".equals(parameter.path("name").asText())) {
				assertEquals(names(SuggestionQuery.Sort.values(), true), values(parameter.at("/schema/enum")));
			}
		}
	}

	// champion directory
	@Test
	void championEnumerationsAreTheCoresEnums() {
		assertEquals(names(ChampionCategory.values(), false), values("/components/schemas/ChampionCategory/enum"));
		assertEquals(names(Audience.values(), false), values("/components/schemas/ChampionAudience/enum"));
		assertEquals(names(ContactMethod.values(), false), values("/components/schemas/ChampionContactMethod/enum"));
		assertEquals(names(ListingStatus.values(), false), values("/components/schemas/ChampionListingStatus/enum"));
		JsonNode parameters = document.at("/paths/~1sites~1{siteId}~1champions~1review/get/parameters");
		assertEquals(names(ChampionApprovals.Queue.values(), true), values(parameters.get(0).at("/schema/enum")));
	}

	// town hall
	@Test
	void townHallEnumerationsAreTheCoresEnums() {
		assertEquals(names(TownHallState.values(), false), values("/components/schemas/TownHallState/enum"));
		assertEquals(names(QuestionState.values(), false), values("/components/schemas/TownHallQuestionState/enum"));
		assertEquals(names(DismissalReason.values(), false), values("/components/schemas/TownHallDismissalReason/enum"));
		assertEquals(names(TownHallPoll.State.values(), false), values("/components/schemas/TownHallPollState/enum"));
		assertEquals(names(TownHallFeedback.Answered.values(), false), values("/components/schemas/TownHallAnswered/enum"));
		TreeSet<String> actions = new TreeSet<>();
		for (Moderation.Action action : Moderation.Action.values()) {
			actions.add(action.apiName());
		}
		assertEquals(actions, values("/components/schemas/TownHallModeration/properties/action/enum"));
		JsonNode list = document.at("/paths/~1sites~1{siteId}~1town-halls/get/parameters");
		assertEquals(names(TownHalls.When.values(), true), values(list.get(0).at("/schema/enum")));
		JsonNode live = document.at("/paths/~1town-halls~1{townHallId}~1live/get/parameters");
		assertEquals(names(TownHallQuestions.Sort.values(), true), values(live.get(0).at("/schema/enum")));
	}

	// recognition board
	@Test
	void recognitionEnumerationsAreTheCoresEnums() {
		assertEquals(names(Visibility.values(), false), values("/components/schemas/RecognitionVisibility/enum"));
		assertEquals(names(Consent.values(), false), values("/components/schemas/RecognitionConsent/enum"));
		assertEquals(names(FeedQuery.Role.values(), false), values("/components/schemas/RecognitionRole/enum"));
		assertEquals(names(FeedQuery.Period.values(), false), values("/components/schemas/RecognitionPeriod/enum"));
	}

	private TreeSet<String> values(String pointer) {
		return values(document.at(pointer));
	}

	private static TreeSet<String> values(JsonNode list) {
		assertFalse(list.isMissingNode() || list.size() == 0, "no enum");
		TreeSet<String> values = new TreeSet<>();
		list.forEach(value -> values.add(value.isNull() ? "null" : value.asText()));
		return values;
	}

	private static TreeSet<String> names(Enum<?>[] constants, boolean lowerCase) {
		TreeSet<String> names = new TreeSet<>();
		for (Enum<?> constant : constants) {
			names.add(lowerCase ? constant.name().toLowerCase(Locale.ROOT) : constant.name());
		}
		return names;
	}

	private static JsonNode parse() {
		try (InputStream in = OpenApiDocument.class.getResourceAsStream(OpenApiDocument.YAML_RESOURCE)) {
			return new ObjectMapper(new YAMLFactory()).readTree(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
