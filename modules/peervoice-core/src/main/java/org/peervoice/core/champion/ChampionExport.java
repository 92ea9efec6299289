package org.peervoice.core.champion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.SpreadsheetCell;
import org.peervoice.core.kernel.UnitOfWork;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;

/**
 * Copies of the directory, all built from the same views as every other read, so a copy holds only what each owner
 * showed the caller: the worksheet as a PDF for everyone in the site (VIEW); CSV (RFC 4180) and vCard 4.0 for
 * champions and leadership (MANAGE_OWN_LISTING or APPROVE_LISTINGS). In CSV a cell a spreadsheet would run as a formula
 * (starting with = + - @, TAB or CR) gets a leading apostrophe; in vCard the library escapes line breaks and separators.
 * Every copy is checked before its first byte and then written a part of the worksheet at a time.
 */
public final class ChampionExport {

	static final List<String> COLUMNS = List.of("category", "name", "title", "role", "email", "phone", "extension", "location",
		"officeHours", "preferredContact", "programs", "languages", "expertise", "pronouns", "livedExperience");

	private final UnitOfWork unitOfWork;
	private final ChampionDirectory directory;
	private final Clock clock;

	/** A copy whose reader has been checked, written when the host is ready to send it. */
	@FunctionalInterface
	public interface Copy {

		void writeTo(OutputStream out) throws IOException;

	}

	public ChampionExport(UnitOfWork unitOfWork, ChampionDirectory directory, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.directory = directory;
		this.clock = clock;
	}

	public String csv(Identity who, long siteId, String locale) {
		StringWriter out = new StringWriter();
		writeCsv(who, siteId, locale, out);
		return out.toString();
	}

	/** The worksheet as CSV, in UTF-8. */
	public Copy csvCopy(Identity who, long siteId, String locale) {
		unitOfWork.run(() -> requireChampionOrLeadership(who.actorIn(siteId)));
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writeCsv(who, siteId, locale, writer);
			writer.flush();
		};
	}

	private void writeCsv(Identity who, long siteId, String locale, Writer out) {
		unitOfWork.run(() -> requireChampionOrLeadership(who.actorIn(siteId)));
		try {
			CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
			printer.printRecord(COLUMNS);
			directory.readWorksheet(who, siteId, localeOf(locale), eachListing(listing -> {
				try {
					printer.printRecord(row(listing));
				}
				catch (IOException failed) {
					throw new UncheckedIOException(failed);
				}
			}));
			printer.flush();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The worksheet as a printable PDF, grouped by the eight categories, for anyone in the site. */
	public Copy worksheetPdf(Identity who, long siteId, String locale) {
		unitOfWork.run(() -> who.actorIn(siteId).require(Permission.VIEW));
		Locale language = localeOf(locale);
		return out -> {
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).withZone(ZoneOffset.UTC)
				.format(clock.instant());
			try (WorksheetPdf pdf = new WorksheetPdf(texts(language), date)) {
				directory.readWorksheet(who, siteId, language, pdf);
				pdf.writeTo(out);
			}
		};
	}

	/** Every listing of the worksheet as one vCard 4.0 file. */
	public Copy vcards(Identity who, long siteId, String locale) {
		unitOfWork.run(() -> requireChampionOrLeadership(who.actorIn(siteId)));
		Locale language = localeOf(locale);
		return out -> {
			VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0);
			ResourceBundle texts = texts(language);
			directory.readWorksheet(who, siteId, language, eachListing(listing -> write(writer, ChampionCards.card(listing, texts))));
			writer.flush();
		};
	}

	/** One listing as a vCard 4.0, as the caller sees it. */
	public Copy vcard(Identity who, long siteId, String listingId, String locale) {
		unitOfWork.run(() -> requireChampionOrLeadership(who.actorIn(siteId)));
		ListingView listing = directory.listing(who, siteId, listingId);
		VCard card = ChampionCards.card(listing, texts(localeOf(locale)));
		return out -> {
			VCardWriter writer = new VCardWriter(out, VCardVersion.V4_0);
			writer.write(card);
			writer.flush();
		};
	}

	private static void write(VCardWriter writer, VCard card) {
		try {
			writer.write(card);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static Locale localeOf(String locale) {
		return new DirectoryQuery(null, null, null, null, null, null, locale).locale();
	}

	static ResourceBundle texts(Locale locale) {
		return ResourceBundle.getBundle("org.peervoice.core.champion.ChampionCopies", locale, ChampionExport.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	private static ChampionDirectory.WorksheetReader eachListing(Consumer<ListingView> action) {
		return new ChampionDirectory.WorksheetReader() {

			@Override
			public void category(ChampionCategory category) {
			}

			@Override
			public void listing(ListingView listing) {
				action.accept(listing);
			}

		};
	}

	private static List<String> row(ListingView listing) {
		return List.of(listing.getCategory().name(), cell(listing.getDisplayName()), cell(listing.getTitle()), cell(listing.getRole()),
			cell(listing.getEmail()), cell(listing.getPhone()), cell(listing.getPhoneExtension()), cell(listing.getLocation()),
			cell(listing.getOfficeHours()), listing.getPreferredContact() == null ? "" : listing.getPreferredContact().name(),
			cell(String.join("; ", listing.getPrograms())), cell(String.join("; ", listing.getLanguages())),
			cell(String.join("; ", listing.getExpertise())), cell(listing.getPronouns()), listing.isLivedExperience() ? "yes" : "");
	}

	/** The value as a spreadsheet shows it but never evaluates it. */
	static String cell(String value) {
		return SpreadsheetCell.of(value);
	}

	private static void requireChampionOrLeadership(Actor actor) {
		if (!Viewer.isChampionOrLeadership(actor)) {
			if (actor.isGuest()) {
				throw new NotSignedIn();
			}
			throw new NotPermitted(Permission.MANAGE_OWN_LISTING);
		}
	}

}
