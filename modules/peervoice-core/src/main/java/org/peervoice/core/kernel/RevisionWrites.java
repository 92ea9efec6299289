package org.peervoice.core.kernel;

import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

/**
 * The unit of work of a capability's services that write ({@link SiteRevisions#around}): the entities a unit of work
 * wrote name their sites in their JPA callbacks; once its work has run its changes are flushed (so every callback has
 * run), and each site's row is incremented in the same transaction, in one order of sites (an UPDATE, else the first
 * INSERT, {@link ConflictingWrites#writeOrRunAgain} when two nodes insert it at once). After the commit of the outermost
 * unit of work this node's answers are checked again ({@link UnitOfWork#afterCommit}: never after a rollback, which
 * stored nothing, and afresh for each attempt of work run again), so a write shows at once on the node that made it.
 */
final class RevisionWrites implements UnitOfWork {

	final UnitOfWork delegate;
	final SiteRevisions<?, ?> revisions;
	private final SiteAnswers<?, ?> answers;

	RevisionWrites(UnitOfWork delegate, SiteRevisions<?, ?> revisions) {
		this.delegate = delegate;
		this.revisions = revisions;
		this.answers = revisions.answers(delegate);
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		return delegate.inTransaction(() -> {
			Touched outer = revisions.touched.get();
			Touched written = new Touched();
			revisions.touched.set(written);
			try {
				T result = work.get();
				EntityManager entityManager = delegate.entityManager();
				// the callbacks run when the changes are written: written now, they name every site changed
				entityManager.flush();
				Map<Scope, long[]> sites = written.sites(entityManager, revisions.counters);
				for (Map.Entry<Scope, long[]> site : sites.entrySet()) {
					bump(entityManager, site.getKey(), site.getValue());
				}
				if (!sites.isEmpty()) {
					// once the outermost unit of work has committed: the next read on this node reads the revision again
					delegate.afterCommit(answers::changed);
				}
				return result;
			}
			finally {
				revisions.touched.set(outer);
			}
		});
	}

	private void bump(EntityManager entityManager, Scope site, long[] by) {
		if (statement(entityManager, revisions.bump, site, by).executeUpdate() == 0) {
			ConflictingWrites.writeOrRunAgain(() -> statement(entityManager, revisions.first, site, by).executeUpdate());
		}
	}

	private static javax.persistence.Query statement(EntityManager entityManager, String sql, Scope site, long[] by) {
		javax.persistence.Query query = entityManager.createNativeQuery(sql).setParameter(1, site.companyId())
			.setParameter(2, site.siteId());
		for (int i = 0; i < by.length; i++) {
			query.setParameter(i + 3, by[i]);
		}
		return query;
	}

	@Override
	public EntityManager entityManager() {
		return delegate.entityManager();
	}

	@Override
	public void afterCommit(Runnable action) {
		delegate.afterCommit(action);
	}

	@Override
	public boolean isInTransaction() {
		return delegate.isInTransaction();
	}

	/** What one unit of work wrote: for each counter, the sites (or how to find them once the changes are written). */
	static final class Touched {

		private final List<Map.Entry<Integer, Function<EntityManager, Scope>>> written = new ArrayList<>();

		void add(int counter, Function<EntityManager, Scope> siteOf) {
			written.add(Map.entry(counter, siteOf));
		}

		/** Each site written, in {@link SiteRevisions#ORDER}, with 1 for each counter it was written for. */
		Map<Scope, long[]> sites(EntityManager entityManager, int counters) {
			Map<Scope, long[]> sites = new TreeMap<>(SiteRevisions.ORDER);
			for (Map.Entry<Integer, Function<EntityManager, Scope>> one : written) {
				Scope site = one.getValue().apply(entityManager);
				if (site != null) {
					sites.computeIfAbsent(site, any -> new long[counters])[one.getKey()] = 1;
				}
			}
			return sites;
		}

	}

}
