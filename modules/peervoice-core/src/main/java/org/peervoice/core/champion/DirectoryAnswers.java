package org.peervoice.core.champion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Page;
import org.peervoice.core.kernel.PageRequest;
import org.peervoice.core.kernel.PeopleDirectory;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.SiteAnswers;
import org.peervoice.core.kernel.SiteRevisions;

/**
 * The champion directory's answers kept on each node under its sites' directory revisions ({@link #REVISIONS}, the
 * shared mechanism of {@link SiteRevisions}: docs/architecture.md, "Per-node answers under site revisions"), and what is
 * the directory's own: the key, everything an answer depends on (company and site, the query as {@link DirectoryQuery}
 * normalized it: words, filters, letter, the locale's collation; the page and its size; and the viewer's visibility
 * class: which audiences admit them, a champion or leadership, or everyone else, and whether they see the workflow,
 * leadership). What depends on the individual viewer is never kept: an answer that holds a listing of the viewer's own
 * (shown to its owner with every field) is neither kept nor served from here, and the owners' pictures come from the
 * portal on every answer. A site's state also ends when its first listing goes stale with time alone (no write,
 * {@link SiteAnswers.Site#until}), and an answer at the cut-off it was made under, so a listing leaves the directory at
 * its cut-off as before. Only published listings in the directory are kept, as the viewer's class may see them.
 */
final class DirectoryAnswers {

	/** The sites' directory revisions (V21); the listings' and settings' JPA callbacks name what they wrote. */
	static final SiteRevisions<ChampionSettings, Answer> REVISIONS = new SiteRevisions<>("PV_CHAMPION_DIRECTORY_REVISION", "revision");
	/** Set by the benchmark only, to measure without it (nothing is weaker without the cache, only slower). */
	static final String BENCHMARK_OFF = "peervoice.bench.championAnswersOff";

	private DirectoryAnswers() {
	}

	static boolean isOn() {
		return !Boolean.getBoolean(BENCHMARK_OFF);
	}

	/** A listing or the settings of {@code scope} were written (called by their JPA callbacks). */
	static void touched(Scope scope) {
		REVISIONS.touched(0, scope);
	}

	/** The key of an answer for this viewer's class. */
	static List<Object> key(Scope scope, DirectoryQuery query, long offset, int pageSize, Actor actor) {
		return SiteAnswers.key(scope.companyId(), scope.siteId(), query.text(), query.category(), query.program(), query.language(),
			query.expertise(), query.letter(), query.locale().toLanguageTag(), offset, pageSize, Viewer.isChampionOrLeadership(actor),
			actor.can(Permission.APPROVE_LISTINGS));
	}

	/** {@code answer} if it was made since the site's last listing to reach its cut-off did (none has gone stale since). */
	static Answer unexpired(Answer answer, Instant now) {
		return answer != null && now.isBefore(answer.validUntil) ? answer : null;
	}

	/** One kept answer: the page's listings as the viewer's class sees them (without pictures), counts and A–Z. */
	static final class Answer {

		final long revision;
		/** When the first listing in the directory as it was read reaches its cut-off. */
		final Instant validUntil;
		final List<Item> items;
		final long total;
		final Map<DirectoryFacet, List<FacetCount>> facets;

		Answer(long revision, Instant validUntil, List<Item> items, long total, Map<DirectoryFacet, List<FacetCount>> facets) {
			this.revision = revision;
			this.validUntil = validUntil;
			this.items = items;
			this.total = total;
			this.facets = facets;
		}

		/** The page as served: each listing with its owner's picture, from the portal's directory now. */
		DirectoryPage page(PeopleDirectory people, PageRequest request) {
			List<ListingView> views = items.stream().map(item -> item.view.withPortrait(ListingViews.portraitOf(people, item.companyId,
				item.ownerKey))).collect(Collectors.toList());
			return new DirectoryPage(Page.of(views, request, total), facets.get(DirectoryFacet.CATEGORY), facets.get(DirectoryFacet.PROGRAM),
				facets.get(DirectoryFacet.LANGUAGE), facets.get(DirectoryFacet.EXPERTISE), facets.get(DirectoryFacet.LETTER));
		}

		boolean holdsListingOf(Actor actor) {
			return actor.userKey().map(key -> items.stream().anyMatch(item -> item.ownerKey.equals(key))).orElse(false);
		}

	}

	/** A listing on a kept page: the view, and whose it is (for the owner's picture and the viewer's own listing). */
	static final class Item {

		final ListingView view;
		final long companyId;
		final String ownerKey;

		Item(ListingView view, long companyId, String ownerKey) {
			this.view = view;
			this.companyId = companyId;
			this.ownerKey = ownerKey;
		}

	}

}
