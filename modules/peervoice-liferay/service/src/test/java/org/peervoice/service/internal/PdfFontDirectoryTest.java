package org.peervoice.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PdfFonts;

/** Where the Liferay service finds the administrator's font directory for PDFs: its configuration, the system property, the environment. */
class PdfFontDirectoryTest {

	private static final String NAME = PdfFonts.DIRECTORY_SETTING;

	@Test
	void theConfigurationComesFirstThenTheSystemPropertyThenTheEnvironment() {
		assertEquals("/etc/peervoice/fonts", PeerVoiceRestApplication.pdfFontDirectory(Map.of(NAME, " /etc/peervoice/fonts "),
			name -> "/opt/property", name -> "/opt/variable"));
		assertEquals("/opt/property", PeerVoiceRestApplication.pdfFontDirectory(Map.of(NAME, " "),
			name -> NAME.equals(name) ? "/opt/property" : null, name -> "/opt/variable"));
		assertEquals("/opt/variable", PeerVoiceRestApplication.pdfFontDirectory(Map.of(), name -> null,
			name -> NAME.equals(name) ? "/opt/variable" : null));
		assertNull(PeerVoiceRestApplication.pdfFontDirectory(Map.of(), name -> null, name -> null));
	}

}
