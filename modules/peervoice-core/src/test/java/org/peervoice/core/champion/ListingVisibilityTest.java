package org.peervoice.core.champion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peervoice.core.fixtures.SiteMember.SITE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.peervoice.core.fixtures.SiteMember;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeerVoiceRole;
import org.peervoice.core.kernel.Permission;

/**
 * For every contact field, every audience its owner may choose and every role: the value appears in no answer of any
 * read path (search, one listing, worksheet, approval queues, the revision, the CSV, PDF and vCard copies) unless the audience admits the role, and
 * the preferred contact method naming it is hidden with it.
 */
class ListingVisibilityTest {

	private enum Field {
		EMAIL(ContactMethod.EMAIL), PHONE(ContactMethod.PHONE), LOCATION(ContactMethod.IN_PERSON), OFFICE_HOURS(null);

		final ContactMethod method;

		Field(ContactMethod method) {
			this.method = method;
		}
	}

	private static final String EMAIL = "hidden.mail@example.org";
	private static final String PHONE = "+12025550188";
	private static final String EXTENSION = "4321";
	private static final String LOCATION = "Secret Annex 9";
	private static final String HOURS = "Whenever-Hours 7";

	@TestFactory
	Stream<DynamicTest> aHiddenFieldNeverAppearsInAnyViewOfAnyRole() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Field field : Field.values()) {
			for (Audience audience : Audience.values()) {
				for (PeerVoiceRole role : PeerVoiceRole.values()) {
					tests.add(DynamicTest.dynamicTest(field + " for " + audience + " seen by " + role, () -> check(field, audience, role)));
				}
			}
		}
		return tests.stream();
	}

	private static void check(Field field, Audience audience, PeerVoiceRole role) {
		ChampionServicesFixture champions = new ChampionServicesFixture();
		SiteMember owner = champions.ana;
		ListingDraft draft = new ListingDraft("Ana Ruiz", "Peer Specialist", ChampionCategory.PEER, "Peer roles.")
			.email(EMAIL, field == Field.EMAIL ? audience : Audience.EVERYONE)
			.phone(PHONE, EXTENSION, field == Field.PHONE ? audience : Audience.EVERYONE)
			.location(LOCATION, field == Field.LOCATION ? audience : Audience.EVERYONE)
			.officeHours(HOURS, field == Field.OFFICE_HOURS ? audience : Audience.EVERYONE)
			.preferredContact(field.method);
		String id = champions.published(owner, draft).getId();
		champions.listings.save(owner, SITE, draft);
		SiteMember viewer = SiteMember.withRole("user-viewer", role);
		boolean admitted = audience == Audience.EVERYONE || audience == Audience.CHAMPIONS_AND_LEADERSHIP
			&& (role.permissions().contains(Permission.MANAGE_OWN_LISTING) || role.permissions().contains(Permission.APPROVE_LISTINGS));

		List<Object> answers = new ArrayList<>();
		answers.add(champions.directory.search(viewer, SITE, DirectoryQuery.everything(), PageRequest.of(1, 20)));
		answers.add(champions.directory.listing(viewer, SITE, id));
		answers.add(champions.directory.worksheet(viewer, SITE, "en"));
		if (role.permissions().contains(Permission.APPROVE_LISTINGS)) {
			for (ChampionApprovals.Queue queue : ChampionApprovals.Queue.values()) {
				answers.add(champions.approvals.queue(viewer, SITE, queue));
			}
		}
		List<String> seen = new ArrayList<>();
		answers.forEach(answer -> collect(answer, seen));
		if (Viewer.isChampionOrLeadership(viewer.actorIn(SITE))) {
			String csv = champions.export.csv(viewer, SITE, "en");
			assertEquals(admitted, csv.contains(value(field)), "CSV: " + field + " (" + audience + ") to " + role);
		}
		String value = value(field);
		assertEquals(admitted, seen.contains(value), field + " (" + audience + ") to " + role);
		if (field == Field.PHONE) {
			assertEquals(admitted, seen.contains(EXTENSION), "the extension goes with the number");
		}
		if (field.method != null) {
			assertEquals(admitted, seen.contains(field.method.name()), "the preferred method names a field shown");
		}
		List<String> ownerSees = new ArrayList<>();
		collect(champions.listings.mine(owner, SITE), ownerSees);
		assertTrue(ownerSees.contains(value), "the owner always sees their own");
		assertFalse(seen.contains(SiteMember.withRole("x", role).userKey().orElse("")), "no user key in any view");
	}

	/** The PDF and vCard copies, with every contact field for one audience: each value is in a copy only if the audience admits the reader. */
	@TestFactory
	Stream<DynamicTest> aHiddenFieldNeverAppearsInTheCopiesOfAnyRole() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Audience audience : Audience.values()) {
			for (PeerVoiceRole role : PeerVoiceRole.values()) {
				tests.add(DynamicTest.dynamicTest(audience + " seen by " + role, () -> checkCopies(audience, role)));
			}
		}
		return tests.stream();
	}

	private static void checkCopies(Audience audience, PeerVoiceRole role) {
		ChampionServicesFixture champions = new ChampionServicesFixture();
		String id = champions.published(champions.ana, new ListingDraft("Ana Ruiz", "Peer Specialist", ChampionCategory.PEER, "Peer roles.")
			.email(EMAIL, audience).phone(PHONE, EXTENSION, audience).location(LOCATION, audience).officeHours(HOURS, audience)
			.preferredContact(ContactMethod.PHONE)).getId();
		SiteMember viewer = SiteMember.withRole("user-viewer", role);
		boolean admitted = audience == Audience.EVERYONE || audience == Audience.CHAMPIONS_AND_LEADERSHIP
			&& (role.permissions().contains(Permission.MANAGE_OWN_LISTING) || role.permissions().contains(Permission.APPROVE_LISTINGS));
		Map<String, String> copies = new LinkedHashMap<>();
		copies.put("PDF", pdfText(champions.export.worksheetPdf(viewer, SITE, role.ordinal() % 2 == 0 ? "en" : "es")));
		if (Viewer.isChampionOrLeadership(viewer.actorIn(SITE))) {
			copies.put("vCards", written(champions.export.vcards(viewer, SITE, "en")));
			copies.put("vCard", written(champions.export.vcard(viewer, SITE, id, "es")));
		}
		copies.forEach((copy, text) -> {
			assertTrue(text.contains("Ana Ruiz"), copy + ": " + text);
			for (String value : List.of(EMAIL, PHONE, EXTENSION, LOCATION, HOURS)) {
				assertEquals(admitted, text.contains(value), copy + ": " + value + " (" + audience + ") to " + role);
			}
		});
		if (copies.containsKey("vCard")) {
			assertEquals(admitted, copies.get("vCard").contains("PREF=1"), "the preferred method names a field shown");
		}
	}

	static String written(ChampionExport.Copy copy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			copy.writeTo(out);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	static String pdfText(ChampionExport.Copy copy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			copy.writeTo(out);
			try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
				return new PDFTextStripper().getText(document);
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static String value(Field field) {
		Function<Field, String> values = f -> f == Field.EMAIL ? EMAIL : f == Field.PHONE ? PHONE : f == Field.LOCATION ? LOCATION : HOURS;
		return values.apply(field);
	}

	/** Every string and enum name reachable through the public getters of the read models. */
	static void collect(Object value, List<String> into) {
		if (value == null) {
			return;
		}
		if (value instanceof String || value instanceof Enum) {
			into.add(value.toString());
			return;
		}
		if (value instanceof Collection) {
			((Collection<?>) value).forEach(item -> collect(item, into));
			return;
		}
		if (!value.getClass().getPackageName().equals(ListingView.class.getPackageName())) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			boolean isGetter = getter.getParameterCount() == 0 && (getter.getName().startsWith("get") || getter.getName().startsWith("is"))
				&& getter.getDeclaringClass() != Object.class;
			if (isGetter) {
				try {
					collect(getter.invoke(value), into);
				}
				catch (IllegalAccessException | InvocationTargetException unreadable) {
					throw new AssertionError(getter.getName(), unreadable);
				}
			}
		}
	}

}
