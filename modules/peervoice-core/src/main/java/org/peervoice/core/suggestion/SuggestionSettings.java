package org.peervoice.core.suggestion;

import java.util.List;

/** A site's suggestion-box settings: how new items are published and which categories exist. */
public final class SuggestionSettings {

	public static final int MAX_CATEGORIES = 30;

	static final List<Category> DEFAULT_CATEGORIES = List.of(
		new Category("workplace-culture", "Workplace culture"),
		new Category("peer-role-and-scope", "Peer role and scope"),
		new Category("supervision-and-training", "Supervision and training"),
		new Category("services-and-access", "Services and access"),
		new Category("policies-and-procedures", "Policies and procedures"),
		new Category("other", "Other"));

	private final Publication publication;
	private final List<Category> categories;

	public SuggestionSettings(Publication publication, List<Category> categories) {
		this.publication = publication;
		this.categories = categories == null ? null : List.copyOf(categories);
	}

	public static SuggestionSettings defaults() {
		return new SuggestionSettings(Publication.REVIEW_FIRST, DEFAULT_CATEGORIES);
	}

	public Publication getPublication() {
		return publication;
	}

	public List<Category> getCategories() {
		return categories;
	}

	boolean hasCategory(String key) {
		for (Category category : categories) {
			if (category.getKey().equals(key)) {
				return true;
			}
		}
		return false;
	}

}
