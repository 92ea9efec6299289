package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
		InvalidInput invalid = assertThrows(InvalidInput.class, () -> SuggestionService.validSettings(new SuggestionSettings(
			Publication.IMMEDIATE, List.of(new Category("Bad Key", "x"), new Category("ok", "A"), new Category("ok", "B")))));
		assertTrue(invalid.fieldErrors().containsKey("categories[0].key"));
		assertTrue(invalid.fieldErrors().containsKey("categories[2].key"));
	}

	@Test
	void needsOneToThirtyCategoriesAndAPublication() {
		InvalidInput invalid = assertThrows(InvalidInput.class,
			() -> SuggestionService.validSettings(new SuggestionSettings(null, List.of())));
		assertTrue(invalid.fieldErrors().containsKey("publication"));
		assertTrue(invalid.fieldErrors().containsKey("categories"));
	}

	@Test
	void labelsAreTrimmed() {
		SuggestionSettings valid = SuggestionService.validSettings(
			new SuggestionSettings(Publication.IMMEDIATE, List.of(new Category("staffing", "  Staffing  "))));
		assertEquals("Staffing", valid.getCategories().get(0).getLabel());
	}

}
