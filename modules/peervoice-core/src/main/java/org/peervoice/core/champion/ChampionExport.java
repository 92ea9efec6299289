package org.peervoice.core.champion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.NotPermitted;
import org.peervoice.core.kernel.NotSignedIn;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.SpreadsheetCell;
import org.peervoice.core.kernel.UnitOfWork;

/**
 * Copies of the directory for champions and leadership (MANAGE_OWN_LISTING or APPROVE_LISTINGS): the worksheet as
 * CSV (RFC 4180), built from the same views as every other read, so a copy holds only what each owner showed the
 * caller. A cell a spreadsheet would run as a formula (starting with = + - @, TAB or CR) gets a leading apostrophe.
 */
public final class ChampionExport {

	static final List<String> COLUMNS = List.of("category", "name", "title", "role", "email", "phone", "extension", "location",
		"officeHours", "preferredContact", "programs", "languages", "expertise", "pronouns", "livedExperience");

	private final UnitOfWork unitOfWork;
	private final ChampionDirectory directory;

	public ChampionExport(UnitOfWork unitOfWork, ChampionDirectory directory) {
		this.unitOfWork = unitOfWork;
		this.directory = directory;
	}

	public String csv(Identity who, long siteId, String locale) {
		unitOfWork.run(() -> requireChampionOrLeadership(who.actorIn(siteId)));
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(COLUMNS);
			for (CategoryGroup group : directory.worksheet(who, siteId, locale)) {
				for (ListingView listing : group.getListings()) {
					printer.printRecord(row(listing));
				}
			}
		}
		catch (IOException notWithAStringWriter) {
			throw new UncheckedIOException(notWithAStringWriter);
		}
		return out.toString();
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
