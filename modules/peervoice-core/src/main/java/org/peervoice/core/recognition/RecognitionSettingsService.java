package org.peervoice.core.recognition;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteSettingsStore;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UserText;

/** A site's recognition settings: everyone who may view reads them, CONFIGURE changes them. */
public final class RecognitionSettingsService {

	private final SiteSettingsStore<RecognitionSettings, SiteRecognitionSettings> store;

	public RecognitionSettingsService(UnitOfWork writes) {
		// the settings increment the site's board revision with the rest of the board's writes (FeedAnswers.REVISIONS)
		UnitOfWork unitOfWork = FeedAnswers.REVISIONS.around(writes);
		this.store = new SiteSettingsStore<>(unitOfWork, Permission.VIEW, SiteSettingsStore.rowsOf(unitOfWork, SiteRecognitionSettings.class),
			SiteRecognitionSettings::new, RecognitionSettings::defaults, RecognitionSettingsService::valid);
	}

	public RecognitionSettings settings(Identity who, long siteId) {
		return store.read(who, siteId);
	}

	/** The site's settings, or the defaults when it never stored any; within the caller's unit of work. */
	static RecognitionSettings current(JpaRecognitions recognitions, Scope scope) {
		return recognitions.settingsOf(scope).map(SiteRecognitionSettings::settings).orElseGet(RecognitionSettings::defaults);
	}

	public RecognitionSettings updateSettings(Identity who, long siteId, RecognitionSettings settings) {
		return store.update(who, siteId, settings);
	}

	/** Values are one-line texts of letters, digits, spaces, hyphens and apostrophes (so they are safe in lines and LIKE). */
	static RecognitionSettings valid(RecognitionSettings settings) {
		if (settings == null) {
			throw new InvalidInput("Settings are required.");
		}
		FieldErrors errors = new FieldErrors();
		List<String> values = settings.getValues();
		List<String> normalized = new java.util.ArrayList<>();
		if (values == null || values.isEmpty()) {
			errors.add("values", "required", "must name at least one value");
		}
		else if (values.size() > RecognitionLimits.MAX_SITE_VALUES) {
			errors.add("values", "too-many", "must name at most " + RecognitionLimits.MAX_SITE_VALUES + " values");
		}
		else {
			Set<String> seen = new HashSet<>();
			for (String value : values) {
				String text = UserText.requireLine(errors, "values", value, RecognitionLimits.VALUE);
				if (!text.isEmpty() && !isValueText(text)) {
					errors.add("values", "invalid-value", "may hold only letters, digits, spaces, hyphens and apostrophes");
				}
				else if (!text.isEmpty() && !seen.add(text)) {
					errors.add("values", "duplicate", "must not name a value twice");
				}
				normalized.add(text);
			}
		}
		if (settings.getDailyLimit() < RecognitionLimits.DAILY_LIMIT_MIN || settings.getDailyLimit() > RecognitionLimits.DAILY_LIMIT_MAX) {
			errors.add("dailyLimit", "out-of-range", "must be " + RecognitionLimits.DAILY_LIMIT_MIN + " to " + RecognitionLimits.DAILY_LIMIT_MAX);
		}
		errors.throwIfAny();
		return new RecognitionSettings(List.copyOf(normalized), settings.isPublicByDefault(), settings.getDailyLimit());
	}

	static boolean isValueText(String text) {
		return text.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'' || c == '\u2019'
			|| Character.getType(c) == Character.NON_SPACING_MARK);
	}

}
