package org.peervoice.core.champion;

import java.util.Optional;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.InvalidInput;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;

/** A site's champion directory settings: everyone who may view reads them, CONFIGURE changes them. */
public final class ChampionSettingsService {

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;

	public ChampionSettingsService(UnitOfWork unitOfWork) {
		this(DirectoryAnswers.REVISIONS.around(unitOfWork), new JpaChampionRepository(unitOfWork));
	}

	ChampionSettingsService(UnitOfWork unitOfWork, ChampionRepository champions) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
	}

	public ChampionSettings settings(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			return current(champions, actor.scope());
		});
	}

	static ChampionSettings current(ChampionRepository champions, Scope scope) {
		return champions.settingsOf(scope).map(SiteChampionSettings::settings).orElseGet(ChampionSettings::defaults);
	}

	public ChampionSettings updateSettings(Identity who, long siteId, ChampionSettings settings) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.CONFIGURE);
			ChampionSettings valid = valid(settings);
			Optional<SiteChampionSettings> stored = champions.settingsOf(actor.scope());
			if (stored.isPresent()) {
				stored.get().change(valid);
				champions.flush();
			}
			else {
				champions.addSettings(new SiteChampionSettings(actor.scope(), valid));
			}
			return valid;
		});
	}

	static ChampionSettings valid(ChampionSettings settings) {
		if (settings == null) {
			throw new InvalidInput("Settings are required.");
		}
		FieldErrors errors = new FieldErrors();
		if (settings.getReconfirmDays() < ChampionLimits.RECONFIRM_DAYS_MIN || settings.getReconfirmDays() > ChampionLimits.RECONFIRM_DAYS_MAX) {
			errors.add("reconfirmDays", "out-of-range", "must be " + ChampionLimits.RECONFIRM_DAYS_MIN + " to "
				+ ChampionLimits.RECONFIRM_DAYS_MAX + " days");
		}
		if (settings.getGraceDays() < ChampionLimits.GRACE_DAYS_MIN || settings.getGraceDays() > ChampionLimits.GRACE_DAYS_MAX) {
			errors.add("graceDays", "out-of-range", "must be " + ChampionLimits.GRACE_DAYS_MIN + " to " + ChampionLimits.GRACE_DAYS_MAX
				+ " days");
		}
		if (!ListingRules.isRegion(settings.getPhoneRegion())) {
			errors.add("phoneRegion", "invalid-region", "must be a two-letter region code such as US or ES");
		}
		errors.throwIfAny();
		return settings;
	}

}
