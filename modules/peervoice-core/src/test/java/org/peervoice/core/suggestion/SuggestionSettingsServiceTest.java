package org.peervoice.core.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.NotPermitted;

class SuggestionSettingsServiceTest {

	private final SuggestionServicesFixture box = new SuggestionServicesFixture();

	@Test
	void aSiteWithoutSettingsReadsTheDefaults() {
		assertEquals(SuggestionSettings.defaults().getCategories(), box.settings.settings(box.alex, SiteMember.SITE).getCategories());
	}

	@Test
	void onlyAdministratorsChangeTheSettings() {
		SuggestionSettings immediate = new SuggestionSettings(Publication.IMMEDIATE, List.of(new Category("rota", "Rota")));

		assertThrows(NotPermitted.class, () -> box.settings.updateSettings(box.lee, SiteMember.SITE, immediate));
		box.settings.updateSettings(box.admin, SiteMember.SITE, immediate);
		assertEquals(Publication.IMMEDIATE, box.settings.settings(box.alex, SiteMember.SITE).getPublication());
		box.settings.updateSettings(box.admin, SiteMember.SITE, new SuggestionSettings(Publication.REVIEW_FIRST, List.of(new Category("rota", "Rota"))));
		assertEquals(Publication.REVIEW_FIRST, box.settings.settings(box.alex, SiteMember.SITE).getPublication());
	}

	@Test
	void aSubmissionMustUseOneOfTheSitesCategories() {
		box.settings.updateSettings(box.admin, SiteMember.SITE, new SuggestionSettings(Publication.IMMEDIATE, List.of(new Category("rota", "Rota"))));

		assertThrows(InvalidInput.class, () -> box.named(box.alex, "Uses the default category 'other'"));
		box.board.submit(box.alex, SiteMember.SITE, new SuggestionDraft("Rota swaps", "Words.", "rota", false, false));
	}

}
