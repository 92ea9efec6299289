package org.peervoice.core.champion;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.peervoice.core.kernel.Actor;
import org.peervoice.core.kernel.Conflict;
import org.peervoice.core.kernel.FieldErrors;
import org.peervoice.core.kernel.Identity;
import org.peervoice.core.kernel.Permission;
import org.peervoice.core.kernel.Scope;
import org.peervoice.core.kernel.UnitOfWork;
import org.peervoice.core.kernel.UnknownItem;
import org.peervoice.core.kernel.UserText;

/**
 * The site's vocabulary of expertise tags, and the free tags champions add that wait for leadership. Once a site has
 * a vocabulary, a tag outside it is pending: shown to its owner and leadership only (not in the directory, search,
 * facets or copies) until leadership accepts it into the vocabulary, or rejects it (then it is dropped from the
 * listings). A site without a vocabulary has nothing to moderate against: its tags are shown as written. A tag once
 * shown on a listing stays shown when its owner edits the listing.
 */
public final class ChampionExpertise {

	private final UnitOfWork unitOfWork;
	private final ChampionRepository champions;
	private final Clock clock;

	public ChampionExpertise(UnitOfWork unitOfWork, Clock clock) {
		this(DirectoryAnswers.REVISIONS.around(unitOfWork), new JpaChampionRepository(unitOfWork), clock);
	}

	ChampionExpertise(UnitOfWork unitOfWork, ChampionRepository champions, Clock clock) {
		this.unitOfWork = unitOfWork;
		this.champions = champions;
		this.clock = clock;
	}

	/** The vocabulary for everyone who views the directory; the tags waiting for leadership only for those who moderate. */
	public ExpertiseVocabulary vocabulary(Identity who, long siteId) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			actor.require(Permission.VIEW);
			return view(actor);
		});
	}

	/** Adds a tag to the vocabulary; free tags that fold alike on listings become shown, spelled as here. */
	public ExpertiseVocabulary addTerm(Identity who, long siteId, String term) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			requireModerator(actor);
			FieldErrors errors = new FieldErrors();
			String text = UserText.requireLine(errors, "term", term, ChampionLimits.EXPERTISE_TAG);
			errors.throwIfAny();
			List<ExpertiseTerm> terms = champions.termsOf(actor.scope());
			if (terms.stream().anyMatch(existing -> existing.foldedTerm().equals(SearchFolding.fold(text)))) {
				throw new Conflict("The vocabulary has this tag already.");
			}
			if (terms.size() >= ChampionLimits.MAX_VOCABULARY_TERMS) {
				errors.add("term", "too-many", "the vocabulary holds at most " + ChampionLimits.MAX_VOCABULARY_TERMS + " tags");
				errors.throwIfAny();
			}
			champions.storeTerm(new ExpertiseTerm(actor.scope(), text, clock.instant()));
			for (ChampionListing listing : champions.withPendingTags(actor.scope())) {
				listing.acceptTag(text, clock.instant());
			}
			champions.flush();
			return view(actor);
		});
	}

	/** Removes a tag from the vocabulary: listings that show it keep it; later free uses of it wait for leadership. */
	public ExpertiseVocabulary removeTerm(Identity who, long siteId, String term) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			requireModerator(actor);
			String folded = SearchFolding.fold(UserText.of(term).text());
			ExpertiseTerm found = champions.termsOf(actor.scope()).stream().filter(existing -> existing.foldedTerm().equals(folded))
				.findFirst().orElseThrow(() -> new UnknownItem("The vocabulary has no such tag."));
			champions.removeTerm(found);
			return view(actor);
		});
	}

	/** Drops a waiting free tag from every listing of the site that has it. */
	public ExpertiseVocabulary rejectPending(Identity who, long siteId, String term) {
		return unitOfWork.inTransaction(() -> {
			Actor actor = who.actorIn(siteId);
			requireModerator(actor);
			boolean found = false;
			for (ChampionListing listing : champions.withPendingTags(actor.scope())) {
				found |= listing.rejectTag(UserText.of(term).text(), clock.instant());
			}
			if (!found) {
				throw new UnknownItem("No listing waits with this tag.");
			}
			champions.flush();
			return view(actor);
		});
	}

	/**
	 * Splits a listing's tags into shown and pending ones: a tag in the vocabulary is shown as the vocabulary spells
	 * it; one already shown on the listing stays shown; with no vocabulary, every tag is shown.
	 */
	static ListingContent moderate(ListingContent content, Collection<ExpertiseTerm> vocabulary, List<String> shownNow) {
		if (vocabulary.isEmpty()) {
			return content.withExpertise(content.allExpertise(), List.of());
		}
		Map<String, String> terms = new LinkedHashMap<>();
		vocabulary.forEach(term -> terms.put(term.foldedTerm(), term.term()));
		Set<String> shownBefore = shownNow.stream().map(SearchFolding::fold).collect(Collectors.toSet());
		List<String> shown = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		for (String tag : content.allExpertise()) {
			String folded = SearchFolding.fold(tag);
			if (terms.containsKey(folded)) {
				shown.add(terms.get(folded));
			}
			else if (shownBefore.contains(folded)) {
				shown.add(tag);
			}
			else {
				pending.add(tag);
			}
		}
		return content.withExpertise(shown, pending);
	}

	static ListingContent moderate(ChampionRepository champions, Scope scope, ListingContent content, Optional<ChampionListing> current) {
		return moderate(content, champions.termsOf(scope), current.map(ChampionListing::expertise).orElse(List.of()));
	}

	private static void requireModerator(Actor actor) {
		if (!actor.can(Permission.APPROVE_LISTINGS)) {
			actor.require(Permission.CONFIGURE);
		}
	}

	private ExpertiseVocabulary view(Actor actor) {
		Collator collator = Collator.getInstance(Locale.ENGLISH);
		List<String> terms = champions.termsOf(actor.scope()).stream().map(ExpertiseTerm::term).sorted(collator)
			.collect(Collectors.toList());
		if (!actor.can(Permission.APPROVE_LISTINGS) && !actor.can(Permission.CONFIGURE)) {
			return new ExpertiseVocabulary(terms, null);
		}
		Map<String, String> spelling = new TreeMap<>();
		Map<String, Long> counts = new TreeMap<>();
		for (ChampionListing listing : champions.withPendingTags(actor.scope())) {
			for (String tag : listing.pendingExpertise()) {
				String folded = SearchFolding.fold(tag);
				spelling.putIfAbsent(folded, tag);
				counts.merge(folded, 1L, Long::sum);
			}
		}
		List<FacetCount> pending = counts.entrySet().stream().map(entry -> new FacetCount(spelling.get(entry.getKey()), entry.getValue()))
			.sorted((a, b) -> collator.compare(a.getValue(), b.getValue())).collect(Collectors.toList());
		return new ExpertiseVocabulary(terms, pending);
	}

}
