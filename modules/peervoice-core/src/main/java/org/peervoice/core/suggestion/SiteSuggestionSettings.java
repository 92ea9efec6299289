package org.peervoice.core.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.persistence.Access;
import javax.persistence.AccessType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQueries;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import javax.persistence.Version;

import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteSettingsStore;

/** The stored settings of one site's suggestion box; a site without a row uses the defaults. */
@Entity
@Access(AccessType.FIELD)
@Table(name = "PV_SUGGESTION_SETTINGS")
@NamedQueries({
	@NamedQuery(name = "SiteSuggestionSettings.findByScope",
		query = "SELECT s FROM SiteSuggestionSettings s WHERE s.companyId = :companyId AND s.siteId = :siteId")
})
public class SiteSuggestionSettings implements SiteSettingsStore.Row<SuggestionSettings> {

	// Keys are lowercase-hyphenated and labels have no control characters, so lines of key TAB label [TAB retired]
	// are unambiguous; rows written before categories could retire have no third field.
	private static final String LINE = "\n";
	private static final String SEPARATOR = "\t";
	private static final String RETIRED = "retired";

	@Id
	@Column(name = "id", length = 36)
	private String id;

	@Column(name = "company_id", nullable = false)
	private long companyId;

	@Column(name = "site_id", nullable = false)
	private long siteId;

	@Enumerated(EnumType.STRING)
	@Column(name = "publication", nullable = false, length = 20)
	private Publication publication;

	@Column(name = "categories", nullable = false, length = 8000)
	private String categories;

	@Column(name = "mixing_window_minutes", nullable = false)
	private int mixingWindowMinutes;

	@Column(name = "digest_period_minutes", nullable = false)
	private int digestPeriodMinutes;

	@Version
	@Column(name = "version", nullable = false)
	private int version;

	protected SiteSuggestionSettings() {
	}

	SiteSuggestionSettings(Scope scope, SuggestionSettings settings) {
		this.id = UUID.randomUUID().toString();
		this.companyId = scope.companyId();
		this.siteId = scope.siteId();
		change(settings);
	}

	@Override
	public void change(SuggestionSettings settings) {
		this.publication = settings.getPublication();
		StringBuilder lines = new StringBuilder();
		for (Category category : settings.getCategories()) {
			if (lines.length() > 0) {
				lines.append(LINE);
			}
			lines.append(category.getKey()).append(SEPARATOR).append(category.getLabel());
			if (category.isRetired()) {
				lines.append(SEPARATOR).append(RETIRED);
			}
		}
		this.categories = lines.toString();
		this.mixingWindowMinutes = settings.getMixingWindowMinutes();
		this.digestPeriodMinutes = settings.getDigestPeriodMinutes();
	}

	Scope scope() {
		return new Scope(companyId, siteId);
	}

	@Override
	public SuggestionSettings settings() {
		List<Category> list = new ArrayList<>();
		for (String line : categories.split(LINE)) {
			String[] fields = line.split(SEPARATOR, -1);
			if (fields.length >= 2 && !fields[0].isEmpty()) {
				list.add(new Category(fields[0], fields[1], fields.length > 2 && RETIRED.equals(fields[2])));
			}
		}
		return new SuggestionSettings(publication, list, mixingWindowMinutes, digestPeriodMinutes);
	}

}
