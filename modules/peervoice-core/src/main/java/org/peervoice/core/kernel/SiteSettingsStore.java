package org.peervoice.core.kernel;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The use cases every capability's site settings share, written once: the holders of a read permission (VIEW for
 * most) read a site's settings (the defaults until the site stores its own), CONFIGURE changes them after the capability's validation. One row per
 * site holds them; two first saves at the same moment meet the row's unique site key and the second is a {@link
 * Conflict}, as is a change that crosses another one (the row's version); {@link ConflictingWrites} tells those from
 * unavailability.
 *
 * @param <S> the settings as the API reads and writes them
 * @param <R> the stored row, kept in {@link SettingsRows} (a capability's repository, or {@link #rowsOf} for an entity
 * with {@code companyId} and {@code siteId} fields)
 */
public final class SiteSettingsStore<S, R extends SiteSettingsStore.Row<S>> {

	/** A stored row of one site's settings. */
	public interface Row<S> {

		S settings();

		void change(S settings);

	}

	/** Where a capability keeps its settings rows: its repository, or {@link #rowsOf} the entity itself. */
	public interface SettingsRows<R> {

		/** The site's row, if it stored one. */
		Optional<R> settingsOf(Scope scope);

		/** Stores a site's first row; a {@link Conflict} when another one was stored meanwhile. */
		void addSettings(R row);

		/** Writes a changed row now, so a crossing change is found inside the use case. */
		void flush();

	}

	private final UnitOfWork unitOfWork;
	private final Permission readPermission;
	private final SettingsRows<R> rows;
	private final BiFunction<Scope, S, R> newRow;
	private final Supplier<S> defaults;
	private final UnaryOperator<S> validation;

	/**
	 * @param validation returns the settings to store (normalized) or throws {@link InvalidInput}; it is given null for
	 *                   a missing body
	 */
	public SiteSettingsStore(UnitOfWork unitOfWork, Permission readPermission, SettingsRows<R> rows, BiFunction<Scope, S, R> newRow,
		Supplier<S> defaults, UnaryOperator<S> validation) {
		this.unitOfWork = unitOfWork;
		this.readPermission = readPermission;
		this.rows = rows;
		this.newRow = newRow;
		this.defaults = defaults;
		this.validation = validation;
	}

	/** The site's settings for the holders of the read permission. */
	public S read(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(readPermission);
			return current(actor.scope());
		});
	}

	/** The site's settings, or the defaults when it never stored any; within the caller's unit of work. */
	public S current(Scope scope) {
		return rows.settingsOf(scope).map(Row::settings).orElseGet(defaults);
	}

	/** Validates and stores the site's settings (CONFIGURE); answers what was stored. */
	public S update(Identity who, long siteId, S settings) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.CONFIGURE);
			S valid = validation.apply(settings);
			if (valid == null) {
				throw new InvalidInput("Settings are required.");
			}
			Optional<R> stored = rows.settingsOf(actor.scope());
			ConflictingWrites.orConflict(() -> {
				if (stored.isPresent()) {
					stored.get().change(valid);
					rows.flush();
				}
				else {
					rows.addSettings(newRow.apply(actor.scope(), valid));
				}
			}, "Someone else changed these settings at the same time; reload and try again.");
			return valid;
		});
	}

	/** The rows of an entity with {@code companyId} and {@code siteId} fields, read and written in the unit of work. */
	public static <R> SettingsRows<R> rowsOf(UnitOfWork unitOfWork, Class<R> rowType) {
		return new SettingsRows<>() {

			@Override
			public Optional<R> settingsOf(Scope scope) {
				return unitOfWork.entityManager()
					.createQuery("SELECT s FROM " + rowType.getSimpleName() + " s WHERE s.companyId = :companyId AND s.siteId = :siteId", rowType)
					.setParameter("companyId", scope.companyId()).setParameter("siteId", scope.siteId())
					.getResultList().stream().findFirst();
			}

			@Override
			public void addSettings(R row) {
				unitOfWork.entityManager().persist(row);
				unitOfWork.entityManager().flush();
			}

			@Override
			public void flush() {
				unitOfWork.entityManager().flush();
			}

		};
	}

}
