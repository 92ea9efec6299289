package org.peervoice.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PrivacyScreenTest {

	private final PrivacyScreen screen = new PrivacyScreen();

	private List<String> codes(String text) {
		return screen.screen("body", text).stream().map(PrivacyWarning::getCode).collect(Collectors.toList());
	}

	@Test
	void findsEmailAddresses() {
		assertEquals(List.of("email"), codes("Write to alex.rivera@clinic.example.org about it"));
	}

	@Test
	void findsPhoneNumbers() {
		assertEquals(List.of("phone"), codes("call me at (555) 123-4567 please"));
		assertEquals(List.of("phone"), codes("cell 555.123.4567"));
		assertEquals(List.of("phone"), codes("+1 555 123 4567"));
	}

	@Test
	void findsSocialSecurityNumbers() {
		assertEquals(List.of("ssn"), codes("his number is 123-45-6789"));
		assertEquals(List.of("ssn"), codes("SSN: 123456789"));
	}

	@Test
	void findsRecordNumbers() {
		assertEquals(List.of("record-number"), codes("MRN 00123456 was mixed up"));
		assertEquals(List.of("record-number"), codes("see record #4471"));
		assertEquals(List.of("record-number"), codes("chart # 99812"));
		assertEquals(List.of("record-number"), codes("case #2024-118 is stuck"));
	}

	@Test
	void findsDatesOfBirth() {
		assertEquals(List.of("date-of-birth"), codes("client DOB 04/12/1987"));
		assertEquals(List.of("date-of-birth"), codes("she was born on March 3, 1990"));
		assertEquals(List.of("date-of-birth"), codes("date of birth: 1990-03-03"));
	}

	@Test
	void findsStreetAddresses() {
		assertEquals(List.of("street-address"), codes("he lives at 1234 Elm Street near the bus stop"));
		assertEquals(List.of("street-address"), codes("meet at 42 North Main St."));
		assertEquals(List.of("street-address"), codes("moved to 77 oak avenue"));
	}

	@Test
	void ordinaryTextPassesUnflagged() {
		assertTrue(codes("We need more time for supervision. 3 peers asked for training in 2025; shifts run 7 to 3.").isEmpty());
		assertTrue(codes("Please add 2 more staff on the weekend and 10 minutes between groups.").isEmpty());
		assertTrue(codes("The case for peer support is strong; our record speaks for itself.").isEmpty());
		assertTrue(codes("we had 3 cars on the road").isEmpty());
	}

	@Test
	void findsWhatItLooksForInAnyLetterCase() {
		assertEquals(List.of("record-number"), codes("CHART # 99812"));
		assertEquals(List.of("date-of-birth"), codes("BORN ON MARCH 3, 1990"));
		assertEquals(List.of("ssn"), codes("Social Security No. 123 45 6789"));
		assertEquals(List.of("street-address"), codes("he lives at 12 ELM STREET"));
		assertEquals(List.of("email"), codes("no digits here: Jo.Doe@Example.ORG"));
		assertTrue(codes("12 Elm Streets and 12 Elm St5").isEmpty());
		assertEquals(List.of("street-address"), codes("unit-12 Elm Street"));
		assertEquals(List.of("phone"), codes("x(555) 123-4567"));
		assertEquals(List.of("email a…@…", "phone +1 5…"), describe(screen.screen("body", "+1 555 123 4567, a.b-c@d.org")));
	}

	@Test
	void skippingPatternsThatCannotMatchChangesNothing() {
		String[] fragments = {"mrn", "medical record", "record", "chart", "case", "client id", "patient id", "#", "no.", "number", "id",
			"dob", "d.o.b.", "date of birth", "birthdate", "birth date", "birthday", "born on", "is", "was", ":", "-", "ssn",
			"social security number", "social security no.", "(555)", "555", "123", "45", "4567", "6789", "1", "+1", "12", "04/12/1987",
			"1990-03-03", "March", "sept.", "3rd", "of", "2024", "Elm", "North", "Main", "street", "St", "St.", "Ave", "avenue", "Way",
			"Blvd", "lane", "on", "the", "at", "alex.rivera@clinic.example.org", "jo@x.io", "@", ".", "12-34-5678", "123-45-6789", "and",
			"peer", "staff", "1234", "77", "oak", "road", "Rd", "Pkwy", "highway", "99812", "2024-118", "Straße", "é", "_", "x", "İ", "K",
			"+", "(", "%", "jo.doe", "@example.org", "unit-12", "a1", "+1 555 123 4567", "(555) 123-4567", "555.123.4567", "SSN: 123456789",
			"DOB 04/12/1987", "born on March 3, 1990", "12 Elm Street", "42 North Main St.", "MRN 00123456", "case #2024-118"};
		String[] separators = {" ", " ", " ", "  ", "", "-", ".", ", ", "\n", "/", "(", ")", "\t"};
		Random random = new Random(20121);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder text = new StringBuilder();
			int parts = 1 + random.nextInt(14);
			for (int part = 0; part < parts; part++) {
				String fragment = fragments[random.nextInt(fragments.length)];
				int letterCase = random.nextInt(10);
				if (letterCase == 0) {
					fragment = fragment.toUpperCase(Locale.ROOT);
				}
				else if (letterCase == 1) {
					fragment = Character.toUpperCase(fragment.charAt(0)) + fragment.substring(1);
				}
				text.append(fragment).append(separators[random.nextInt(separators.length)]);
			}
			String body = text.toString();
			assertEquals(describe(screen.screenWithEveryPattern("body", body)), describe(screen.screen("body", body)), body);
		}
	}

	@Test
	void findsSpanishRecordNumbersDatesOfBirthAndAddresses() {
		assertEquals(List.of("record-number"), codes("el expediente 44712 se perdió"));
		assertEquals(List.of("record-number"), codes("Historia clínica nº 99812"));
		assertEquals(List.of("record-number"), codes("número de caso 2024-118"));
		assertEquals(List.of("record-number"), codes("n.º de cliente: 5531"));
		assertEquals(List.of("record-number"), codes("N° de expediente 12"));
		assertEquals(List.of("date-of-birth"), codes("fecha de nacimiento 04/12/1987"));
		assertEquals(List.of("date-of-birth"), codes("Fecha de nacimiento: 4 de diciembre de 1987"));
		assertEquals(List.of("date-of-birth"), codes("nacida el 4 de diciembre de 1987"));
		assertEquals(List.of("date-of-birth"), codes("nacido el 1º de mayo de 1990"));
		assertEquals(List.of("date-of-birth"), codes("f. nac. 04-12-1987"));
		assertEquals(List.of("date-of-birth"), codes("F. NAC.: 4 dic. 1987"));
		assertEquals(List.of("street-address"), codes("vive en Calle Mayor 12, segundo piso"));
		assertEquals(List.of("street-address"), codes("Av. Reforma 123"));
		assertEquals(List.of("street-address"), codes("en la avenida de la Constitución, 45"));
		assertEquals(List.of("street-address"), codes("Paseo de Gracia 92"));
		assertEquals(List.of("street-address"), codes("plaza Mayor nº 3"));
		assertEquals(List.of("street-address"), codes("C/ Alcalá 20"));
		assertEquals(List.of("street-address"), codes("carretera de Valencia 7"));
		assertEquals(List.of("street-address"), codes("camino Real 10"));
	}

	@Test
	void findsSpanishAndMexicanPhoneNumbersAndSpanishIds() {
		assertEquals(List.of("phone"), codes("llámame al 612 345 678"));
		assertEquals(List.of("phone"), codes("móvil 612 34 56 78"));
		assertEquals(List.of("phone"), codes("fijo 91 123 45 67"));
		assertEquals(List.of("phone"), codes("+34 612 345 678"));
		assertEquals(List.of("phone"), codes("0034 612345678"));
		assertEquals(List.of("phone"), codes("cel. 55 1234 5678"));
		assertEquals(List.of("phone"), codes("+52 1 55 1234 5678"));
		assertEquals(List.of("phone"), codes("+44 20 7946 0958"));
		assertEquals(List.of("national-id"), codes("DNI 12345678Z"));
		assertEquals(List.of("national-id"), codes("su NIE es X1234567L"));
		assertEquals(List.of("national-id"), codes("dni: 12345678"));
	}

	@Test
	void readsAccentsFullWidthDigitsAndOddSpacesAsThePlainForms() {
		assertEquals(List.of("record-number"), codes("NÚMERO DE CASO 77"));
		assertEquals(List.of("record-number"), codes("numero de caso 77"));
		assertEquals(List.of("date-of-birth"), codes("FECHA DE NACIMIENTO 04/12/1987"));
		assertEquals(List.of("phone"), codes("call \uFF15\uFF15\uFF15-123-4567"));
		assertEquals(List.of("phone"), codes("call 555\u2011123\u20114567"));
		assertEquals(List.of("street-address"), codes("Calle\u00A0Mayor\u00A012"));
		assertEquals(List.of("email"), codes("jo\uFF20example.org"));
	}

	@Test
	void charactersNothingDrawsDoNotHideWhatAReaderSees() {
		String[] invisible = {"\u200B", "\u00AD", "\u2060", "\u200D", "\uFEFF", "\u200E"};
		for (String mark : invisible) {
			String email = "escribe a ana@" + mark + "ejemplo.es";
			List<PrivacyWarning> found = screen.screen("body", email);
			assertEquals(List.of("email"), codes(email), email);
			assertEquals("ana@" + mark + "ejemplo.es", email.substring(found.get(0).getStart(), found.get(0).getEnd()));
			String phone = "call 555" + mark + "-123" + mark + "-45" + mark + "67 now";
			found = screen.screen("body", phone);
			assertEquals(List.of("phone"), codes(phone), phone);
			assertEquals("555" + mark + "-123" + mark + "-45" + mark + "67", phone.substring(found.get(0).getStart(), found.get(0).getEnd()));
		}
		assertTrue(codes("zero\u200Bwidth spaces\u00AD in ordinary words").isEmpty());
	}

	@Test
	void findsPhoneNumbersSpelledOutDigitByDigit() {
		assertEquals(List.of("phone"), codes("my number is 5 5 5 1 2 3 4 5 6 7"));
		assertEquals(List.of("phone"), codes("mi móvil: 6 1 2 3 4 5 6 7 8"));
		assertEquals(List.of("phone"), codes("6.1.2.3.4.5.6.7.8"));
		assertTrue(codes("we scored it 1 2 3 out of 5").isEmpty());
	}

	@Test
	void ordinarySpanishTextPassesUnflagged() {
		assertTrue(codes("La calle tiene 3 baches y la plaza está vacía desde 2020.").isEmpty());
		assertTrue(codes("Necesitamos 2 personas más en el turno de noche y 10 minutos entre grupos.").isEmpty());
		assertTrue(codes("El paseo largo de 2 horas fue bueno; el caso de Ana mejoró mucho.").isEmpty());
		assertTrue(codes("Nos reunimos el 4 de diciembre de 2024 para planear el año.").isEmpty());
		assertTrue(codes("No hay suficiente personal: 3 de 5 puestos vacantes.").isEmpty());
	}

	@Test
	void warningsSayWhereTheyAreInTheTextAsStored() {
		String text = "Écrivez à ána@example.org ou au 612 345 678";
		List<PrivacyWarning> warnings = screen.screen("body", text);
		assertEquals(2, warnings.size());
		assertEquals("ána@example.org", text.substring(warnings.get(0).getStart(), warnings.get(0).getEnd()));
		assertEquals("612 345 678", text.substring(warnings.get(1).getStart(), warnings.get(1).getEnd()));
	}

	@Test
	void skippingPatternsThatCannotMatchChangesNothingInSpanishEither() {
		String[] fragments = {"expediente", "historia clínica", "número de caso", "n.º de cliente", "nº", "N°", "caso", "cliente", "de", "del",
			"la", "el", "fecha de nacimiento", "nacido el", "nacida", "f. nac.", "4 de diciembre de 1987", "04/12/1987", "1º", "mayo", "dic.",
			"Calle", "Mayor", "Av.", "Reforma", "avenida", "carretera", "camino", "paseo", "plaza", "C/", "12", "123", "3", ",", "tiene",
			"horas", "612 345 678", "91 123 45 67", "+34", "55 1234 5678", "DNI", "12345678Z", "X1234567L", "nie", "Á", "ñ", "\u00A0",
			"\uFF11", "+", "(", "-", "#", ":", "2024-118", "5531"};
		String[] separators = {" ", " ", " ", "", "-", ".", ", ", "\n", "/", "\t"};
		Random random = new Random(6_13);
		for (int i = 0; i < 10_000; i++) {
			StringBuilder text = new StringBuilder();
			int parts = 1 + random.nextInt(10);
			for (int part = 0; part < parts; part++) {
				String fragment = fragments[random.nextInt(fragments.length)];
				if (random.nextInt(8) == 0) {
					fragment = fragment.toUpperCase(Locale.ROOT);
				}
				text.append(fragment).append(separators[random.nextInt(separators.length)]);
			}
			String body = text.toString();
			assertEquals(describe(screen.screenWithEveryPattern("body", body)), describe(screen.screen("body", body)), body);
		}
	}

	private static List<String> describe(List<PrivacyWarning> warnings) {
		return warnings.stream().map(warning -> warning.getCode() + " " + warning.getExcerpt()).collect(Collectors.toList());
	}

	@Test
	void warningsNameTheFieldAndMaskTheExcerpt() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Email alex@example.org");
		fields.put("body", "call 555-123-4567");
		List<PrivacyWarning> warnings = screen.screen(fields);
		assertEquals(2, warnings.size());
		assertEquals("title", warnings.get(0).getField());
		assertEquals("a…@…", warnings.get(0).getExcerpt());
		assertEquals("body", warnings.get(1).getField());
		assertFalse(warnings.get(1).getExcerpt().contains("4567"));
		assertFalse(warnings.get(0).getMessage().isEmpty());
	}

	@Test
	void unconfirmedWarningsAreAProblemAndConfirmedOnesAreNot() {
		Map<String, String> fields = Map.of("body", "DOB 01/02/1980");
		PrivacyWarningsFound found = assertThrows(PrivacyWarningsFound.class, () -> screen.requireConfirmedOrClean(fields, false));
		assertEquals("privacy-warnings", found.type());
		assertEquals("date-of-birth", found.getWarnings().get(0).getCode());
		screen.requireConfirmedOrClean(fields, true);
	}

}
