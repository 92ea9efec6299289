package org.peervoice.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A data source that counts what goes to the database through it: connections taken and statements prepared or created
 * on them (each a round trip when run). For tests that a path makes no database work at all.
 */
final class CountingDataSource {

	private final AtomicInteger connections = new AtomicInteger();
	private final AtomicInteger statements = new AtomicInteger();
	private final DataSource counting;

	CountingDataSource(DataSource target) {
		this.counting = proxy(DataSource.class, target, (method, result) -> {
			if (method.getName().equals("getConnection")) {
				connections.incrementAndGet();
				return proxy(Connection.class, result, (connectionMethod, statement) -> {
					String name = connectionMethod.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
						statements.incrementAndGet();
					}
					return statement;
				});
			}
			return result;
		});
	}

	DataSource dataSource() {
		return counting;
	}

	int connections() {
		return connections.get();
	}

	int statements() {
		return statements.get();
	}

	void reset() {
		connections.set(0);
		statements.set(0);
	}

	private interface Wrap {

		Object after(Method method, Object result);

	}

	private static <T> T proxy(Class<T> type, Object target, Wrap wrap) {
		InvocationHandler handler = (proxy, method, arguments) -> {
			try {
				return wrap.after(method, method.invoke(target, arguments));
			}
			catch (InvocationTargetException failed) {
				throw failed.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
	}

}
