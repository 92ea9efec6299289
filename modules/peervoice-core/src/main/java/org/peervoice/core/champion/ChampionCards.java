package org.peervoice.core.champion;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import ezvcard.VCard;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.util.TelUri;

/**
 * A listing as a vCard 4.0 card (ez-vcard): only what its {@link ListingView} holds, each value as a property value
 * the library escapes (line breaks, commas, semicolons, backslashes), never as text of ours. The preferred contact
 * gets PREF=1; what vCard has no property for (role, office hours, programs, languages, pronouns) is in NOTE.
 */
final class ChampionCards {

	private ChampionCards() {
	}

	static VCard card(ListingView listing, ResourceBundle texts) {
		VCard card = new VCard();
		card.setUid(new Uid("urn:uuid:" + listing.getId()));
		card.setFormattedName(listing.getDisplayName());
		if (!empty(listing.getTitle())) {
			card.addTitle(listing.getTitle());
		}
		card.setCategories(texts.getString("category-" + listing.getCategory().name()));
		if (listing.getEmail() != null) {
			Email email = card.addEmail(listing.getEmail(), EmailType.WORK);
			if (listing.getPreferredContact() == ContactMethod.EMAIL) {
				email.setPref(1);
			}
		}
		if (listing.getPhone() != null) {
			Telephone phone = telephone(listing.getPhone(), listing.getPhoneExtension());
			phone.getTypes().add(TelephoneType.WORK);
			phone.getTypes().add(TelephoneType.VOICE);
			if (listing.getPreferredContact() == ContactMethod.PHONE) {
				phone.setPref(1);
			}
			card.addTelephoneNumber(phone);
		}
		if (listing.getLocation() != null) {
			Address address = new Address();
			address.getExtendedAddresses().add(listing.getLocation());
			address.getTypes().add(AddressType.WORK);
			if (listing.getPreferredContact() == ContactMethod.IN_PERSON) {
				address.setPref(1);
			}
			card.addAddress(address);
		}
		listing.getExpertise().forEach(card::addExpertise);
		List<String> note = new ArrayList<>();
		noteLine(note, texts, "role", listing.getRole());
		noteLine(note, texts, "office-hours", listing.getOfficeHours());
		noteLine(note, texts, "programs", String.join(", ", listing.getPrograms()));
		noteLine(note, texts, "languages", String.join(", ", listing.getLanguages()));
		noteLine(note, texts, "pronouns", listing.getPronouns());
		if (listing.isLivedExperience()) {
			note.add(texts.getString("lived-experience"));
		}
		if (!note.isEmpty()) {
			card.addNote(String.join("\n", note));
		}
		return card;
	}

	/** A tel: URI for an E.164 number (as every number is stored), else the number as text. */
	private static Telephone telephone(String number, String extension) {
		try {
			TelUri.Builder uri = new TelUri.Builder(number);
			if (extension != null) {
				uri.extension(extension);
			}
			return new Telephone(uri.build());
		}
		catch (IllegalArgumentException notE164) {
			return new Telephone(extension == null ? number : number + " ext. " + extension);
		}
	}

	private static void noteLine(List<String> note, ResourceBundle texts, String label, String value) {
		if (!empty(value)) {
			note.add(texts.getString(label) + ": " + value);
		}
	}

	private static boolean empty(String value) {
		return value == null || value.isEmpty();
	}

}
