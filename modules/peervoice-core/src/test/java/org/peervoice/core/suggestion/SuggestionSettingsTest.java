package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.InvalidInput;

class SuggestionSettingsTest {

	@Test
	void defaultsReviewFirstWithTheSixCategories() {
		SuggestionSettings defaults = SuggestionSettings.defaults();
		assertEquals(Publication.REVIEW_FIRST, defaults.getPublication());
		assertEquals(List.of("workplace-culture", "peer-role-and-scope", "supervision-and-training", "services-and-access",
			"policies-and-procedures", "other"), defaults.getCategories().stream().map(Category::getKey).collect(java.util.stream.Collectors.toList()));
	}

	@Test
	void keysMustBeLowercaseHyphenatedAndUnique() {
		InvalidInput invalid = assertThrows(InvalidInput.class, () -> SuggestionSettingsService.validSettings(new SuggestionSettings(
			Publication.IMMEDIATE, List.of(new Category("Bad Key", "x"), new Category("ok", "A"), new Category("ok", "B")))));
		assertTrue(invalid.fieldErrors().containsKey("categories[0].key"));
		assertTrue(invalid.fieldErrors().containsKey("categories[2].key"));
	}

	@Test
	void needsOneToThirtyCategoriesAndAPublication() {
		InvalidInput invalid = assertThrows(InvalidInput.class,
			() -> SuggestionSettingsService.validSettings(new SuggestionSettings(null, List.of())));
		assertTrue(invalid.fieldErrors().containsKey("publication"));
		assertTrue(invalid.fieldErrors().containsKey("categories"));
	}

	@Test
	void theMixingWindowIsFiveToSixtyMinutesAndSixtyWhenNotGiven() {
		List<Category> categories = List.of(new Category("other", "Other"));
		assertEquals(60, SuggestionSettings.defaults().getMixingWindowMinutes());
		assertEquals(60, SuggestionSettingsService.validSettings(new SuggestionSettings(Publication.IMMEDIATE, categories)).getMixingWindowMinutes());
		for (int minutes = -1; minutes <= 70; minutes++) {
			int window = minutes;
			if (window >= 5 && window <= 60) {
				assertEquals(window, SuggestionSettingsService.validSettings(new SuggestionSettings(Publication.IMMEDIATE, categories, window))
					.getMixingWindowMinutes());
			}
			else {
				InvalidInput invalid = assertThrows(InvalidInput.class,
					() -> SuggestionSettingsService.validSettings(new SuggestionSettings(Publication.IMMEDIATE, categories, window)));
				assertTrue(invalid.fieldErrors().containsKey("mixingWindowMinutes"), "refused: " + window);
			}
		}
	}

	@Test
	void labelsAreTrimmed() {
		SuggestionSettings valid = SuggestionSettingsService.validSettings(
			new SuggestionSettings(Publication.IMMEDIATE, List.of(new Category("staffing", "  Staffing  "))));
		assertEquals("Staffing", valid.getCategories().get(0).getLabel());
	}

	@Test
	void aRetiredCategoryKeepsItsLabelButTakesNoNewSuggestions() {
		SuggestionSettings settings = SuggestionSettingsService.validSettings(new SuggestionSettings(Publication.IMMEDIATE,
			List.of(new Category("staffing", "Staffing", true), new Category("other", "Other"))));
		assertEquals(new Category("staffing", "Staffing", true), settings.getCategories().get(0));
		assertFalse(settings.hasCategory("staffing"));
		assertTrue(settings.hasCategory("other"));
	}

	@Test
	void atLeastOneCategoryStaysOpen() {
		InvalidInput invalid = assertThrows(InvalidInput.class, () -> SuggestionSettingsService.validSettings(
			new SuggestionSettings(Publication.IMMEDIATE, List.of(new Category("other", "Other", true)))));
		assertEquals("no-active-category", invalid.fieldCodes().get("categories"));
	}

	@Test
	void storedSettingsKeepOrderLabelsAndRetirement() {
		for (int retiredAt = -1; retiredAt < 3; retiredAt++) {
			List<Category> categories = new java.util.ArrayList<>();
			for (int index = 0; index < 3; index++) {
				categories.add(new Category("key-" + index, "Label " + index + " \u00e1", index == retiredAt));
			}
			SuggestionSettings settings = new SuggestionSettings(Publication.REVIEW_FIRST, categories, 15);
			SuggestionSettings stored = new SiteSuggestionSettings(new org.peervoice.core.kernel.Scope(1, 2), settings).settings();
			assertEquals(categories, stored.getCategories());
			assertEquals(15, stored.getMixingWindowMinutes());
		}
	}

}
