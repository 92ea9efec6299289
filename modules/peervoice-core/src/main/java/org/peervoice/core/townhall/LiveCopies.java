package org.peervoice.core.townhall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * This node's copies of the shared part of live views (docs/town-hall.md, "Live updates"): what every attendee of a
 * town hall sees alike, each kept under the value of the town hall's change counter it was read at. The counter is in
 * the database and every change a live view shows increments it in the change's own transaction, so a copy is reused
 * only while no node has changed the town hall since; the first refresh after any change, on any node, reads a new one.
 *
 * <p>A copy is read after the counter, so it holds at least every change the counter counts (perhaps one or two more
 * that committed meanwhile: these raised the counter, and the next refresh reads again). Bounded: the most recently
 * used {@link #CAPACITY} copies; only town halls that are SCHEDULED or LIVE are kept.
 */
final class LiveCopies {

	/** How many copies a node keeps: one per town hall, order and kind of viewer. */
	static final int CAPACITY = 64;

	private final Map<Key, Copy> copies = new LinkedHashMap<>(16, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Copy> eldest) {
			return size() > CAPACITY;
		}

	};

	/** The copy read at exactly this counter value, or null. */
	synchronized Shared get(Key key, long counter) {
		Copy copy = copies.get(key);
		return copy != null && copy.counter == counter ? copy.shared : null;
	}

	/** Keeps the copy unless one read at a later counter value is kept already. */
	synchronized void put(Key key, long counter, Shared shared) {
		Copy kept = copies.get(key);
		if (kept == null || kept.counter <= counter) {
			copies.put(key, new Copy(counter, shared));
		}
	}

	synchronized int size() {
		return copies.size();
	}

	/**
	 * What a copy is kept for: the town hall (its company too, so that nothing is ever handed across companies), the
	 * order, and whether the viewer moderates (a view for moderators may one day hold more; never handed to attendees).
	 */
	static final class Key {

		private final long companyId;
		private final String townHallId;
		private final TownHallQuestions.Sort sort;
		private final boolean moderator;

		Key(long companyId, String townHallId, TownHallQuestions.Sort sort, boolean moderator) {
			this.companyId = companyId;
			this.townHallId = townHallId;
			this.sort = sort;
			this.moderator = moderator;
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof Key)) {
				return false;
			}
			Key key = (Key) other;
			return companyId == key.companyId && townHallId.equals(key.townHallId) && sort == key.sort && moderator == key.moderator;
		}

		@Override
		public int hashCode() {
			return Objects.hash(companyId, townHallId, sort, moderator);
		}

	}

	private static final class Copy {

		final long counter;
		final Shared shared;

		Copy(long counter, Shared shared) {
			this.counter = counter;
			this.shared = shared;
		}

	}

	/**
	 * The shared part of a live view: the highlighted question and the listed open ones with their vote counts, how many
	 * are open, and the polls shown with their results. Never anything of one viewer (their votes, their questions, their
	 * answers): those are added per request. Read-only once made; the entities in it are detached and never changed.
	 */
	static final class Shared {

		final TownHallQuestion highlighted;
		final long highlightedVotes;
		final List<TownHallQuestion> open;
		final Map<String, Long> openVotes;
		final long openCount;
		final List<TownHallPoll> polls;
		final Map<String, TownHallPolls.Tally> tallies;

		Shared(TownHallQuestion highlighted, long highlightedVotes, List<TownHallQuestion> open, Map<String, Long> openVotes, long openCount,
			List<TownHallPoll> polls, Map<String, TownHallPolls.Tally> tallies) {
			this.highlighted = highlighted;
			this.highlightedVotes = highlightedVotes;
			this.open = List.copyOf(open);
			this.openVotes = Map.copyOf(openVotes);
			this.openCount = openCount;
			this.polls = List.copyOf(polls);
			this.tallies = Map.copyOf(tallies);
		}

	}

}
