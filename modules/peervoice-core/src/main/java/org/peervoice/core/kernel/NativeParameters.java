package org.peervoice.core.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * The numbered parameters of one native query whose {@code IN} lists vary in length: each list becomes
 * {@code ?n, ?n+1, ...} after the parameters added before it, and {@link #query} binds them all in that order. Values
 * are always bound, never written into the SQL.
 */
public final class NativeParameters {

	private final List<Object> values = new ArrayList<>();

	/** The placeholders of an {@code IN (...)} list of these values (at least one), numbered after the earlier ones. */
	public String in(Collection<?> list) {
		if (list.isEmpty()) {
			throw new IllegalArgumentException("an IN list needs at least one value");
		}
		StringBuilder in = new StringBuilder();
		for (Object value : list) {
			values.add(value);
			in.append(in.length() == 0 ? "?" : ", ?").append(values.size());
		}
		return in.toString();
	}

	/** The placeholder of one value, numbered after the earlier ones. */
	public String value(Object value) {
		values.add(value);
		return "?" + values.size();
	}

	/** A native query of {@code sql} with every value added so far bound to its number. */
	public Query query(EntityManager entityManager, String sql) {
		Query query = entityManager.createNativeQuery(sql);
		for (int i = 0; i < values.size(); i++) {
			query.setParameter(i + 1, values.get(i));
		}
		return query;
	}

}
