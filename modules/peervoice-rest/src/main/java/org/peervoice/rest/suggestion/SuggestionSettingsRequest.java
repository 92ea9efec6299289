package org.peervoice.rest.suggestion;

import java.util.List;
import java.util.stream.Collectors;

import org.peervoice.core.suggestion.Category;
import org.peervoice.core.suggestion.Publication;
import org.peervoice.core.suggestion.SuggestionSettings;

/** The body of {@code PUT /sites/{siteId}/suggestion-settings}. */
public final class SuggestionSettingsRequest {

	private Publication publication;
	private List<CategoryRequest> categories;
	private Integer mixingWindowMinutes;
	private Integer digestPeriodMinutes;

	SuggestionSettingsRequest() {
	}

	public Publication getPublication() {
		return publication;
	}

	public List<CategoryRequest> getCategories() {
		return categories;
	}

	public Integer getMixingWindowMinutes() {
		return mixingWindowMinutes;
	}

	public Integer getDigestPeriodMinutes() {
		return digestPeriodMinutes;
	}

	SuggestionSettings toSettings() {
		List<Category> asCategories = categories == null ? null
			: categories.stream()
				.map(category -> category == null ? new Category(null, null) : new Category(category.getKey(), category.getLabel(),
					Boolean.TRUE.equals(category.getRetired())))
				.collect(Collectors.toList());
		return new SuggestionSettings(publication, asCategories, mixingWindowMinutes, digestPeriodMinutes);
	}

	public static final class CategoryRequest {

		private String key;
		private String label;
		private Boolean retired;

		CategoryRequest() {
		}

		public String getKey() {
			return key;
		}

		public String getLabel() {
			return label;
		}

		public Boolean getRetired() {
			return retired;
		}

	}

}
