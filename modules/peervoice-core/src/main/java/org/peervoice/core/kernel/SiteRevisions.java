package org.peervoice.core.kernel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

/**
 * One capability's per-site revisions and each node's answers kept under them (the champion directory's, the recognition
 * feed's): a table of one row per site holding one or more counters, incremented in the same transaction as every write
 * that changes what the answers depend on ({@link #around}: the sites are taken from the entities written, whose JPA
 * callbacks name them, {@link #touched}, never from a service's arguments), and on each node its {@link SiteAnswers},
 * which read a site's counters at most every {@link SiteAnswers#REVISION_READ_EVERY} and drop what they knew at once
 * when a write of the same node has committed. docs/architecture.md, "Per-node answers under site revisions".
 *
 * @param <S> what a node reads of a site besides its revision (the settings, a second counter)
 * @param <A> one kept answer
 */
public final class SiteRevisions<S, A> {

	/** The columns naming a revision row's site, in every revision table. */
	static final String COMPANY = "company_id";
	static final String SITE = "site_id";
	/** Sites in one order, so that two units of work writing the same two sites never wait for each other's row. */
	static final Comparator<Scope> ORDER = Comparator.comparingLong(Scope::companyId).thenComparingLong(Scope::siteId);

	final String bump;
	final String first;
	private final String read;
	final int counters;
	final ThreadLocal<RevisionWrites.Touched> touched = new ThreadLocal<>();
	private final Map<UnitOfWork, SiteAnswers<S, A>> nodes = new WeakHashMap<>();
	/** Rows written outside the capability's services (no revision incremented): no node keeps what it had. */
	private final AtomicLong everywhere = new AtomicLong();

	/** The revisions kept in {@code table}, one row per site, with these counters (each 0 before the site's first write). */
	public SiteRevisions(String table, String... counters) {
		List<String> columns = Arrays.asList(counters);
		this.counters = counters.length;
		StringBuilder set = new StringBuilder();
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < counters.length; i++) {
			set.append(i == 0 ? "" : ", ").append(counters[i]).append(" = ").append(counters[i]).append(" + ?").append(i + 3);
			values.append(", ?").append(i + 3);
		}
		this.bump = "UPDATE " + table + " SET " + set + " WHERE " + COMPANY + " = ?1 AND " + SITE + " = ?2";
		this.first = "INSERT INTO " + table + " (" + COMPANY + ", " + SITE + ", " + String.join(", ", columns) + ") VALUES (?1, ?2"
			+ values + ")";
		this.read = "SELECT " + columns.stream().collect(Collectors.joining(", ")) + " FROM " + table + " WHERE " + COMPANY
			+ " = ?1 AND " + SITE + " = ?2";
	}

	/** The answers of the node whose unit of work this is (one per database a node opens). */
	public synchronized SiteAnswers<S, A> answers(UnitOfWork unitOfWork) {
		return nodes.computeIfAbsent(under(unitOfWork), any -> new SiteAnswers<>(this));
	}

	/** {@code unitOfWork}, incrementing the revisions of the sites its work writes and telling this node once committed. */
	public UnitOfWork around(UnitOfWork unitOfWork) {
		return unitOfWork instanceof RevisionWrites && ((RevisionWrites) unitOfWork).revisions == this ? unitOfWork
			: new RevisionWrites(unitOfWork, this);
	}

	/** The unit of work {@link #around} wrapped, or the one given: for work that writes nothing. */
	public UnitOfWork under(UnitOfWork unitOfWork) {
		return unitOfWork instanceof RevisionWrites && ((RevisionWrites) unitOfWork).revisions == this
			? ((RevisionWrites) unitOfWork).delegate : unitOfWork;
	}

	/** Something of {@code scope} counted by {@code counter} was written (called by the entities' JPA callbacks). */
	public void touched(int counter, Scope scope) {
		touched(counter, entityManager -> scope);
	}

	/**
	 * Something counted by {@code counter} was written, whose site {@code siteOf} looks up once the work's changes are
	 * written (null: none to count).
	 */
	public void touched(int counter, Function<EntityManager, Scope> siteOf) {
		RevisionWrites.Touched written = touched.get();
		if (written != null) {
			written.add(counter, siteOf);
		}
		else {
			// written outside the capability's services: no revision to increment here, but no node's answer is kept
			everywhere.incrementAndGet();
		}
	}

	long everywhere() {
		return everywhere.get();
	}

	/** The site's counters (each 0 before its first write), read in the caller's unit of work. */
	public long[] read(EntityManager entityManager, Scope scope) {
		Object row = entityManager.createNativeQuery(read).setParameter(1, scope.companyId()).setParameter(2, scope.siteId())
			.getResultList().stream().findFirst().orElse(null);
		long[] counts = new long[counters];
		for (int i = 0; row != null && i < counters; i++) {
			counts[i] = ((Number) (row instanceof Object[] ? ((Object[]) row)[i] : row)).longValue();
		}
		return counts;
	}

}
