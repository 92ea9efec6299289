package org.peervoice.core.suggestion;

import java.util.List;

/**
 * A site's suggestion-box settings: how new items are published, which categories exist, and how
 * long anonymous writes gather before they are mixed and reach reviewers (docs/privacy.md), and how
 * often reviewers get a digest of their queue (docs/notifications.md).
 */
public final class SuggestionSettings {

	public static final int MAX_CATEGORIES = 30;

	static final List<Category> DEFAULT_CATEGORIES = List.of(
		new Category("workplace-culture", "Workplace culture"),
		new Category("peer-role-and-scope", "Peer role and scope"),
		new Category("supervision-and-training", "Supervision and training"),
		new Category("services-and-access", "Services and access"),
		new Category("policies-and-procedures", "Policies and procedures"),
		new Category("other", "Other"));

	public static final int MIXING_WINDOW_DEFAULT_MINUTES = 60;
	public static final int MIXING_WINDOW_MIN_MINUTES = 5;
	public static final int MIXING_WINDOW_MAX_MINUTES = 60;

	public static final int DIGEST_PERIOD_DEFAULT_MINUTES = 1440;
	public static final int DIGEST_PERIOD_MIN_MINUTES = 60;
	public static final int DIGEST_PERIOD_MAX_MINUTES = 10080;

	private final Publication publication;
	private final List<Category> categories;
	private final Integer mixingWindowMinutes;
	private final Integer digestPeriodMinutes;

	/** Settings with the default mixing window. */
	public SuggestionSettings(Publication publication, List<Category> categories) {
		this(publication, categories, null);
	}

	/** @param mixingWindowMinutes {@code null} for the default */
	public SuggestionSettings(Publication publication, List<Category> categories, Integer mixingWindowMinutes) {
		this(publication, categories, mixingWindowMinutes, null);
	}

	/** @param mixingWindowMinutes {@code null} for the default; so is {@code digestPeriodMinutes} */
	public SuggestionSettings(Publication publication, List<Category> categories, Integer mixingWindowMinutes, Integer digestPeriodMinutes) {
		this.digestPeriodMinutes = digestPeriodMinutes;
		this.publication = publication;
		this.categories = categories == null ? null : List.copyOf(categories);
		this.mixingWindowMinutes = mixingWindowMinutes;
	}

	public static SuggestionSettings defaults() {
		return new SuggestionSettings(Publication.REVIEW_FIRST, DEFAULT_CATEGORIES, MIXING_WINDOW_DEFAULT_MINUTES, DIGEST_PERIOD_DEFAULT_MINUTES);
	}

	public Publication getPublication() {
		return publication;
	}

	public List<Category> getCategories() {
		return categories;
	}

	/** Minutes between two mixings of the site's anonymous writes. */
	public int getMixingWindowMinutes() {
		return mixingWindowMinutes == null ? MIXING_WINDOW_DEFAULT_MINUTES : mixingWindowMinutes;
	}

	/** Minutes between two digests of the review queue sent to the site's reviewers. */
	public int getDigestPeriodMinutes() {
		return digestPeriodMinutes == null ? DIGEST_PERIOD_DEFAULT_MINUTES : digestPeriodMinutes;
	}

	Integer digestPeriodOrNull() {
		return digestPeriodMinutes;
	}

	Integer mixingWindowOrNull() {
		return mixingWindowMinutes;
	}

	/** Whether new suggestions may be filed under the key: a category of the site that is not retired. */
	boolean hasCategory(String key) {
		for (Category category : categories) {
			if (category.getKey().equals(key) && !category.isRetired()) {
				return true;
			}
		}
		return false;
	}

}
