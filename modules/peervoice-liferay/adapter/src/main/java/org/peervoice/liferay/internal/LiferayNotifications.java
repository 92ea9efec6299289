package org.peervoice.liferay.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peervoice.core.notification.NotificationType;

/**
 * How PeerVoice's notifications live in Liferay's notification framework (docs/liferay/notifications.md): every event
 * belongs to the suggestion box portlet (Liferay finds a notification's handler, icon and delivery settings by its
 * portlet), each {@link NotificationType} is one of the portlet's notification types, and the payload holds codes,
 * ids and counts only. Liferay-free, so it is tested without a portal.
 */
final class LiferayNotifications {

	/** The suggestion box portlet's {@code javax.portlet.name}. */
	static final String PORTLET_ID = "org_peervoice_portlet_suggestion_box_SuggestionBoxPortlet";

	/** The town-hall portlet's {@code javax.portlet.name} (portlets/portlet-kit SitePages.TOWN_HALL; this bundle does not embed the kit). */
	static final String TOWN_HALL_PORTLET_ID = "org_peervoice_portlet_town_hall_TownHallPortlet";

	/** The recognition board portlet's {@code javax.portlet.name} (portlets/recognition-board RecognitionBoardPortletKeys). */
	static final String RECOGNITION_BOARD_PORTLET_ID = "org_peervoice_portlet_recognition_board_RecognitionBoardPortlet";

	/** The champion directory portlet's {@code javax.portlet.name} (portlets/champion-directory ChampionDirectoryPortletKeys). */
	static final String CHAMPION_DIRECTORY_PORTLET_ID = "org_peervoice_portlet_champion_directory_ChampionDirectoryPortlet";

	static final String TYPE = "peervoiceType";
	static final String SOURCE = "peervoiceSource";
	static final String SITE = "siteId";
	static final String ITEM = "itemId";
	static final String DETAIL = "detail";
	static final String NEW_ITEMS = "newItems";
	static final String WRITER_REPLIES = "writerReplies";

	private LiferayNotifications() {
	}

	/** Liferay's notification type number of a PeerVoice type (1, 2, ...): its place in the enum, which only grows at the end. */
	static int notificationType(NotificationType type) {
		return type.ordinal() + 1;
	}

	/** A fragment of the payload that only this notification's source for this person has, to recognize a retried delivery. */
	static String sourceMarker(String sourceId) {
		return "\"" + SOURCE + "\":\"" + sourceId + "\"";
	}

	/** The lines a notification shows, as language keys with their arguments (the adapter's content/Language*.properties). */
	static List<Text> lines(Map<String, Object> payload) {
		NotificationType type = NotificationType.valueOf(String.valueOf(payload.get(TYPE)));
		List<Text> lines = new ArrayList<>();
		lines.add(new Text(type.languageKey()));
		if (type == NotificationType.REVIEW_DIGEST) {
			int newItems = number(payload.get(NEW_ITEMS));
			int replies = number(payload.get(WRITER_REPLIES));
			if (newItems > 0) {
				lines.add(new Text("x-new-suggestions", newItems));
			}
			if (replies > 0) {
				lines.add(new Text("x-suggestions-with-writer-replies", replies));
			}
		}
		if (type == NotificationType.CHAMPION_NOMINATION_ANSWER && payload.get(DETAIL) != null) {
			lines.add(new Text("champion-nomination-" + String.valueOf(payload.get(DETAIL)).toLowerCase(Locale.ROOT)));
		}
		if (type == NotificationType.RECOGNITION_RECEIVED && "approval".equals(payload.get(DETAIL))) {
			lines.add(new Text("notification-recognition-detail-approval"));
		}
		if (type == NotificationType.TOWN_HALL_QUESTION && payload.get(DETAIL) != null) {
			lines.add(townHallFate(String.valueOf(payload.get(DETAIL))));
		}
		return lines;
	}

	/**
	 * Where a notification leads on its site's page: its suggestion, a digest's review queue, or the champion list's
	 * worksheet tab (pv-location.js).
	 */
	static String fragment(Map<String, Object> payload) {
		String champion = championTab(String.valueOf(payload.get(TYPE)));
		if (champion != null) {
			return "#pvc-tab=" + champion;
		}
		if (NotificationType.CHAMPION_LIST.name().equals(String.valueOf(payload.get(TYPE)))) {
			return "#pvc-tab=worksheet";
		}
		Object item = payload.get(ITEM);
		if (item != null && NotificationType.TOWN_HALL_QUESTION.name().equals(String.valueOf(payload.get(TYPE)))) {
			// a question taken forward leads to its suggestion; every other fate to the town hall's page (pv-town-hall.js)
			return "TAKEN_FORWARD".equals(payload.get(DETAIL)) ? "#pv-suggestion=" + item : "#pvt-id=" + item;
		}
		if (item != null && String.valueOf(payload.get(TYPE)).startsWith("RECOGNITION_")) {
			return "#pv-recognition=" + item;
		}
		return item == null || String.valueOf(item).isEmpty() ? "#pv-tab=queue" : "#pv-suggestion=" + item;
	}

	/**
	 * The widget whose page a notification's link opens (its fragment belongs to that widget's element): the town-hall
	 * widget for a town-hall asker's fate, the suggestion box for a suggestion (a question taken forward included) or
	 * the review queue, the recognition board for a recognition (#pv-recognition=, read only by the board: on the
	 * suggestion box's page a recipient could not approve or hide it), the champion directory for a champion
	 * notification (#pvc-tab=).
	 */
	static String widget(Map<String, Object> payload) {
		String type = String.valueOf(payload.get(TYPE));
		if (NotificationType.TOWN_HALL_QUESTION.name().equals(type)) {
			return "TAKEN_FORWARD".equals(payload.get(DETAIL)) ? PORTLET_ID : TOWN_HALL_PORTLET_ID;
		}
		if (type.startsWith("RECOGNITION_")) {
			return RECOGNITION_BOARD_PORTLET_ID;
		}
		if (type.startsWith("CHAMPION_")) {
			return CHAMPION_DIRECTORY_PORTLET_ID;
		}
		return PORTLET_ID;
	}

	/** The line of a town-hall asker's notification: its detail (ANSWERED, DISMISSED:<reason>, ...) as text. */
	static Text townHallFate(String detail) {
		if (detail.startsWith("DISMISSED:")) {
			String reason = detail.substring("DISMISSED:".length()).toLowerCase(Locale.ROOT).replace('_', '-');
			return new Text("notification-town-hall-question-dismissed-x", new Text("town-hall-reason-" + reason));
		}
		return new Text("notification-town-hall-question-" + detail.toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** The champion directory's tab a champion notification leads to (pv-champion-directory.js), or null for another type. */
	private static String championTab(String type) {
		if (NotificationType.CHAMPION_NOMINATION.name().equals(type)) {
			return "invitation";
		}
		if (NotificationType.CHAMPION_NOMINATION_ANSWER.name().equals(type)) {
			return "nominations";
		}
		if (NotificationType.CHAMPION_CONFIRM_DUE.name().equals(type) || NotificationType.CHAMPION_LISTING_STALE.name().equals(type)) {
			return "mine";
		}
		return null;
	}

	private static int number(Object value) {
		return value instanceof Number ? ((Number) value).intValue() : 0;
	}

	/** A language key with its arguments. */
	static final class Text {

		final String key;
		final Object[] arguments;

		Text(String key, Object... arguments) {
			this.key = key;
			this.arguments = arguments;
		}

	}

}
