package org.peervoice.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peervoice.core.suggestion.Suggestion;

/**
 * READ COMMITTED is set on each connection taken from the pool only where the pool hands out another level: setting it
 * costs a round trip per statement read outside a transaction. The pool here is HSQLDB's (at READ COMMITTED) behind a
 * proxy that may claim another level, and counts what EclipseLink sets.
 */
class ReadCommittedTest {

	@ParameterizedTest
	@ValueSource(ints = { Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_REPEATABLE_READ })
	void theLevelIsSetOnEachConnectionOnlyWhereThePoolIsAtAnother(int poolLevel) throws Exception {
		AtomicInteger sets = new AtomicInteger();
		JDBCDataSource hsqldb = new JDBCDataSource();
		hsqldb.setUrl("jdbc:hsqldb:mem:pv" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc");
		hsqldb.setUser("SA");
		DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
			(source, method, arguments) -> {
				Object result = invoke(method, hsqldb, arguments);
				return "getConnection".equals(method.getName()) ? claiming((Connection) result, poolLevel, sets) : result;
			});
		try (PeerVoiceDatabase database = PeerVoiceDatabase.open(pool)) {
			int before = sets.get();
			for (int read = 0; read < 5; read++) {
				database.unitOfWork().inTransaction(() -> database.unitOfWork().find(Suggestion.class, "none"));
			}
			int perRead = sets.get() - before;
			if (poolLevel == Connection.TRANSACTION_READ_COMMITTED) {
				assertEquals(0, sets.get(), "nothing is set on a pool at READ COMMITTED");
			}
			else {
				assertTrue(perRead >= 5, "READ COMMITTED is set on each connection taken: " + perRead);
			}
		}
		finally {
			try (Connection connection = hsqldb.getConnection(); java.sql.Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
		}
	}

	private Connection claiming(Connection real, int level, AtomicInteger sets) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
			(proxy, method, arguments) -> {
				if ("getTransactionIsolation".equals(method.getName())) {
					return level;
				}
				if ("setTransactionIsolation".equals(method.getName())) {
					sets.incrementAndGet();
				}
				return invoke(method, real, arguments);
			});
	}

	private static Object invoke(java.lang.reflect.Method method, Object target, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException thrown) {
			throw thrown.getCause();
		}
	}

}
