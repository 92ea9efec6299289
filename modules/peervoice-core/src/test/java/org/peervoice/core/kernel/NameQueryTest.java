package org.peervoice.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peervoice.core.kernel.PeopleDirectory.PersonSummary;

class NameQueryTest {

	@Test
	void findsANameByEveryWordInAnyOrderWithoutCaseOrAccents() {
		assertTrue(NameQuery.of("jose").matches("José Núñez"));
		assertTrue(NameQuery.of("NUNEZ jo").matches("José Núñez"));
		assertTrue(NameQuery.of("  josé\tnúñez ").matches("Jose Nunez"));
		assertFalse(NameQuery.of("jose garcia").matches("José Núñez"), "every word must match");
	}

	@Test
	void blankTextMatchesNobody() {
		assertFalse(NameQuery.of("   ").matches("Ana Ruiz"));
		assertFalse(NameQuery.of(null).matches("Ana Ruiz"));
		assertEquals(List.of(), NameQuery.of(" \u00a0 ").words());
	}

	@Test
	void generatedNamesAreFoundByAnyOfTheirWordsWrittenWithoutAccentsInAnyCase() {
		String[] parts = {"Ána", "José", "Núñez", "Müller", "Çelik", "Zoë", "Ríos", "Peña", "Ørsted", "Léa"};
		Random random = new Random(20261202);
		for (int i = 0; i < 500; i++) {
			String first = parts[random.nextInt(parts.length)];
			String last = parts[random.nextInt(parts.length)];
			String name = first + " " + last;
			String typed = NameQuery.fold(random.nextBoolean() ? last : first);
			typed = random.nextBoolean() ? typed.toUpperCase() : typed;
			int from = random.nextInt(typed.length());
			String fragment = typed.substring(from, from + 1 + random.nextInt(typed.length() - from));
			assertTrue(NameQuery.of(fragment).matches(name), fragment + " in " + name);
		}
	}

	@Test
	void summariesSortByNameAsPeopleReadItNotByCodePoint() {
		List<PersonSummary> people = new ArrayList<>(List.of(new PersonSummary("k3", "Óscar Díaz", ""),
			new PersonSummary("k1", "zoe Lane", ""), new PersonSummary("k2", "Ana Ruiz", ""), new PersonSummary("k4", "Ana Ruiz", "")));
		people.sort(PersonSummary.BY_NAME);
		assertEquals(List.of("k2", "k4", "k3", "k1"), keys(people));
	}

	private static List<String> keys(List<PersonSummary> people) {
		List<String> keys = new ArrayList<>();
		for (PersonSummary person : people) {
			keys.add(person.userKey());
		}
		return keys;
	}

}
