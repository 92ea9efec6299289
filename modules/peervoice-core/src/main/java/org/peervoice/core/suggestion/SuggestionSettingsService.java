package org.peervoice.core.suggestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteSettingsStore;
import org.peervoice.core.kernel.TextLimits;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UserText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A site's suggestion-box settings: everyone who may view reads them, CONFIGURE changes them. */
public final class SuggestionSettingsService {

	private static final Logger LOG = LoggerFactory.getLogger(SuggestionSettingsService.class);
	private static final Pattern CATEGORY_KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private final SuggestionRepository suggestions;
	private final SiteSettingsStore<SuggestionSettings, SiteSuggestionSettings> store;

	public SuggestionSettingsService(UnitOfWork unitOfWork) {
		this(unitOfWork, new JpaSuggestionRepository(unitOfWork));
	}

	SuggestionSettingsService(UnitOfWork unitOfWork, SuggestionRepository suggestions) {
		this.suggestions = suggestions;
		this.store = new SiteSettingsStore<>(unitOfWork, Permission.VIEW, suggestions, SiteSuggestionSettings::new, SuggestionSettings::defaults,
			SuggestionSettingsService::validSettings);
	}

	public SuggestionSettings settings(Identity who, long siteId) {
		return store.read(who, siteId);
	}

	/** The site's settings, or the defaults when it never stored any. */
	static SuggestionSettings current(SuggestionRepository suggestions, Scope scope) {
		return suggestions.settingsOf(scope).map(SiteSuggestionSettings::settings).orElseGet(SuggestionSettings::defaults);
	}

	public SuggestionSettings updateSettings(Identity who, long siteId, SuggestionSettings settings) {
		SuggestionSettings stored = store.update(who, siteId, settings);
		LOG.info("Suggestion settings of site {} changed", siteId);
		return stored;
	}

	static SuggestionSettings validSettings(SuggestionSettings settings) {
		FieldErrors errors = new FieldErrors();
		if (settings == null) {
			throw new InvalidInput(Map.of("publication", "is required"));
		}
		if (settings.getPublication() == null) {
			errors.add("publication", "invalid-choice", "must be REVIEW_FIRST or IMMEDIATE");
		}
		List<Category> categories = settings.getCategories();
		List<Category> cleaned = new ArrayList<>();
		if (categories == null || categories.isEmpty() || categories.size() > SuggestionSettings.MAX_CATEGORIES) {
			errors.add("categories", "invalid-count", "must list 1 to " + SuggestionSettings.MAX_CATEGORIES + " categories");
		}
		else {
			Set<String> keys = new HashSet<>();
			for (int i = 0; i < categories.size(); i++) {
				Category category = categories.get(i);
				String key = category == null ? null : category.getKey();
				if (key == null || key.length() > TextLimits.CATEGORY_KEY || !CATEGORY_KEY.matcher(key).matches()) {
					errors.add("categories[" + i + "].key", "invalid-key", "must be 1 to " + TextLimits.CATEGORY_KEY
						+ " lowercase letters, digits and single hyphens");
				}
				else if (!keys.add(key)) {
					errors.add("categories[" + i + "].key", "duplicate-key", "is used twice");
				}
				String label = UserText.requireLine(errors, "categories[" + i + "].label", category == null ? null : category.getLabel(),
					TextLimits.CATEGORY_LABEL);
				cleaned.add(new Category(key, label, category != null && category.isRetired()));
			}
			if (cleaned.stream().allMatch(Category::isRetired)) {
				errors.add("categories", "no-active-category", "must keep at least one category that is not retired");
			}
		}
		Integer window = settings.mixingWindowOrNull();
		if (window != null && (window < SuggestionSettings.MIXING_WINDOW_MIN_MINUTES || window > SuggestionSettings.MIXING_WINDOW_MAX_MINUTES)) {
			errors.add("mixingWindowMinutes", "out-of-range", "must be " + SuggestionSettings.MIXING_WINDOW_MIN_MINUTES + " to "
				+ SuggestionSettings.MIXING_WINDOW_MAX_MINUTES + " minutes");
		}
		Integer digest = settings.digestPeriodOrNull();
		if (digest != null && (digest < SuggestionSettings.DIGEST_PERIOD_MIN_MINUTES || digest > SuggestionSettings.DIGEST_PERIOD_MAX_MINUTES)) {
			errors.add("digestPeriodMinutes", "out-of-range", "must be " + SuggestionSettings.DIGEST_PERIOD_MIN_MINUTES + " to "
				+ SuggestionSettings.DIGEST_PERIOD_MAX_MINUTES + " minutes");
		}
		errors.throwIfAny();
		return new SuggestionSettings(settings.getPublication(), cleaned, settings.getMixingWindowMinutes(), settings.getDigestPeriodMinutes());
	}

}
