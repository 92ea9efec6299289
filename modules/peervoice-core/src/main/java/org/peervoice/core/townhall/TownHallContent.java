package org.peervoice.core.townhall;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.kernel.UserText;

/** A {@link TownHallDraft} checked: every field normalized and within its limits, or every fault as a field error. */
final class TownHallContent {

	static final int DEFAULT_FEEDBACK_DAYS = 7;
	static final int MAX_FEEDBACK_DAYS = 90;
	static final int DEFAULT_LIVE_MIXING_SECONDS = 30;
	static final int MIN_LIVE_MIXING_SECONDS = 10;
	static final int MAX_LIVE_MIXING_SECONDS = 60;

	final String title;
	final String description;
	final Instant startsAt;
	final Instant endsAt;
	final String timeZone;
	final String place;
	final String meetingUrl;
	final List<String> topics;
	final boolean anonymousAllowed;
	final boolean preModeration;
	final Instant questionsOpenAt;
	final int feedbackDays;
	final int liveMixingSeconds;

	private TownHallContent(FieldErrors errors, TownHallDraft draft, Predicate<String> isCategory) {
		title = UserText.requireLine(errors, "title", draft.getTitle(), TownHallLimits.TITLE);
		description = blankAsNull(UserText.optional(errors, "description", draft.getDescription(), TownHallLimits.DESCRIPTION));
		startsAt = instant(errors, "startsAt", draft.getStartsAt(), true);
		endsAt = instant(errors, "endsAt", draft.getEndsAt(), true);
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			errors.add("endsAt", "invalid-time", "must be after startsAt");
		}
		timeZone = zone(errors, draft.getTimeZone());
		place = blankAsNull(UserText.optional(errors, "place", draft.getPlace(), TownHallLimits.PLACE));
		meetingUrl = meetingUrl(errors, draft.getMeetingUrl());
		topics = topics(errors, draft.getTopics(), isCategory);
		anonymousAllowed = draft.getAnonymousQuestionsAllowed() == null || draft.getAnonymousQuestionsAllowed();
		preModeration = draft.getPreModeration() == null || draft.getPreModeration();
		questionsOpenAt = instant(errors, "questionsOpenAt", draft.getQuestionsOpenAt(), false);
		feedbackDays = bounded(errors, "feedbackDays", draft.getFeedbackDays(), 0, MAX_FEEDBACK_DAYS, DEFAULT_FEEDBACK_DAYS);
		liveMixingSeconds = bounded(errors, "liveMixingSeconds", draft.getLiveMixingSeconds(), MIN_LIVE_MIXING_SECONDS,
			MAX_LIVE_MIXING_SECONDS, DEFAULT_LIVE_MIXING_SECONDS);
	}

	/** @throws org.peervoice.core.kernel.InvalidInput naming every faulty field */
	static TownHallContent of(TownHallDraft draft, Predicate<String> isCategory) {
		FieldErrors errors = new FieldErrors();
		TownHallContent content = new TownHallContent(errors, draft, isCategory);
		errors.throwIfAny();
		return content;
	}

	private static Instant instant(FieldErrors errors, String field, String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				errors.add(field, "required", "is required");
			}
			return null;
		}
		try {
			return OffsetDateTime.parse(text.trim()).toInstant().truncatedTo(ChronoUnit.SECONDS);
		}
		catch (DateTimeParseException notATime) {
			errors.add(field, "invalid-time", "must be an ISO-8601 time with an offset, e.g. 2027-03-04T15:00:00-06:00");
			return null;
		}
	}

	private static String zone(FieldErrors errors, String text) {
		String zone = UserText.requireLine(errors, "timeZone", text, TownHallLimits.TIME_ZONE);
		if (zone.isEmpty()) {
			return null;
		}
		try {
			return ZoneId.of(zone).getId();
		}
		catch (DateTimeException unknown) {
			errors.add("timeZone", "invalid-time-zone", "must be an IANA time zone such as America/Chicago");
			return null;
		}
	}

	private static String meetingUrl(FieldErrors errors, String text) {
		String url = blankAsNull(UserText.optional(errors, "meetingUrl", text, TownHallLimits.MEETING_URL));
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()
				&& uri.getRawUserInfo() == null) {
				return url;
			}
		}
		catch (URISyntaxException malformed) {
			// answered below like any other address that is not an http or https one
		}
		errors.add("meetingUrl", "invalid-url", "must be an absolute http or https address");
		return null;
	}

	private static List<String> topics(FieldErrors errors, List<String> keys, Predicate<String> isCategory) {
		if (keys == null) {
			return List.of();
		}
		if (keys.size() > TownHallLimits.MAX_TOPICS) {
			errors.add("topics", "invalid-count", "must have at most " + TownHallLimits.MAX_TOPICS + " topics");
			return List.of();
		}
		Set<String> topics = new LinkedHashSet<>();
		for (String key : keys) {
			if (key == null || key.length() > TextLimits.CATEGORY_KEY || !isCategory.test(key)) {
				errors.add("topics", "unknown-category", "must be categories of this site's suggestion box");
				return List.of();
			}
			if (!topics.add(key)) {
				errors.add("topics", "duplicate-key", "must not repeat a topic");
				return List.of();
			}
		}
		return new ArrayList<>(topics);
	}

	static String blankAsNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	private static int bounded(FieldErrors errors, String field, Integer value, int min, int max, int defaultValue) {
		if (value == null) {
			return defaultValue;
		}
		if (value < min || value > max) {
			errors.add(field, "invalid-count", "must be between " + min + " and " + max);
			return defaultValue;
		}
		return value;
	}

}
