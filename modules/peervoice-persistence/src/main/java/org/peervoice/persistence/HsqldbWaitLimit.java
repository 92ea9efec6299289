package org.peervoice.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HSQLDB bounds no wait: a statement that meets a row (MVCC mode) or a table (LOCKS mode, HSQLDB's default and the
 * dev portal's) another transaction holds waits until that transaction ends, however long; its JDBC query timeout does
 * not end such a wait; and in MVCC mode HSQLDB can miss waking the waiter at all, so it waits for ever (the recognition
 * race of RecognitionBoardContract did, about once in 25 runs: docs/reliability.md, "HSQLDB"). What HSQLDB does offer
 * is to roll a waiting transaction back when its thread is interrupted ({@code SET DATABASE TRANSACTION ROLLBACK ON
 * INTERRUPT TRUE}). So on HSQLDB every statement runs under a watch that interrupts its thread once it has run
 * {@link #LIMIT}: a waiting statement then fails with SQLState {@code 40001}, which the unit of work runs again like a
 * lost deadlock and answers 503 after its last attempt (JpaUnitOfWork). A statement that is working rather than waiting
 * is not stopped (HSQLDB reads interrupts only while it waits), and the interrupt is cleared when the statement returns.
 * This relies on HSQLDB writing PeerVoice's files with streams an interrupt does not close: its tables are MEMORY tables
 * (HSQLDB's default; none is CACHED) without LOB columns, so no statement touches an interruptible NIO channel. A
 * migration that adds a CACHED table or a LOB column must revisit this.
 * Other databases are left alone: PostgreSQL and MariaDB are bounded by the host's settings (docs/reliability.md).
 */
final class HsqldbWaitLimit {

	/** The longest a statement waits on HSQLDB for another transaction before its own is rolled back. */
	static final Duration LIMIT = Duration.ofSeconds(2);

	private static final Logger LOG = LoggerFactory.getLogger(HsqldbWaitLimit.class);
	private static final ScheduledThreadPoolExecutor WATCHES = watches();

	private HsqldbWaitLimit() {
	}

	/** {@code dataSource} itself unless it serves HSQLDB; there, the same under the watch. */
	static DataSource bounding(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("HSQL")) {
				return dataSource;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET DATABASE TRANSACTION ROLLBACK ON INTERRUPT TRUE");
			}
		}
		catch (SQLException refused) {
			// not reachable (open() reports that) or not an administrator of the database: interrupts would do nothing
			LOG.warn("HSQLDB's waits stay unbounded: could not set ROLLBACK ON INTERRUPT ({})", refused.getSQLState());
			return dataSource;
		}
		return proxy(DataSource.class, dataSource, (method, result) -> result instanceof Connection ? watched((Connection) result) : result);
	}

	private static Connection watched(Connection connection) {
		return proxy(Connection.class, connection, (method, result) -> {
			if (result instanceof CallableStatement) {
				return statement(CallableStatement.class, (CallableStatement) result);
			}
			if (result instanceof PreparedStatement) {
				return statement(PreparedStatement.class, (PreparedStatement) result);
			}
			if (result instanceof Statement) {
				return statement(Statement.class, (Statement) result);
			}
			return result;
		});
	}

	private static <S extends Statement> S statement(Class<S> type, S statement) {
		Object handler = (InvocationHandler) (proxy, method, arguments) -> {
			if (!method.getName().startsWith("execute")) {
				return invoke(method, statement, arguments);
			}
			Watch watch = new Watch(Thread.currentThread());
			ScheduledFuture<?> alarm = WATCHES.schedule(watch::expire, LIMIT.toMillis(), TimeUnit.MILLISECONDS);
			try {
				return invoke(method, statement, arguments);
			}
			finally {
				alarm.cancel(false);
				watch.end();
			}
		};
		return type.cast(Proxy.newProxyInstance(HsqldbWaitLimit.class.getClassLoader(), new Class<?>[] {type}, (InvocationHandler) handler));
	}

	/** One statement's run: interrupts its thread at the limit unless the statement ended before. */
	private static final class Watch {

		private final Thread thread;
		private boolean ended;
		private boolean interrupted;

		Watch(Thread thread) {
			this.thread = thread;
		}

		synchronized void expire() {
			if (!ended) {
				interrupted = true;
				thread.interrupt();
			}
		}

		/** On the statement's thread: no interrupt comes after this, and one that came is cleared. */
		synchronized void end() {
			ended = true;
			if (interrupted) {
				Thread.interrupted();
			}
		}

	}

	private interface Wrapping {
		Object apply(Method method, Object result) throws SQLException;
	}

	private static <T> T proxy(Class<T> type, T target, Wrapping wrapping) {
		return type.cast(Proxy.newProxyInstance(HsqldbWaitLimit.class.getClassLoader(), new Class<?>[] {type},
			(proxy, method, arguments) -> wrapping.apply(method, invoke(method, target, arguments))));
	}

	private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException thrown) {
			throw thrown.getCause();
		}
	}

	private static ScheduledThreadPoolExecutor watches() {
		ScheduledThreadPoolExecutor watches = new ScheduledThreadPoolExecutor(1, work -> {
			Thread thread = new Thread(work, "peervoice-hsqldb-wait-limit");
			thread.setDaemon(true);
			return thread;
		});
		watches.setRemoveOnCancelPolicy(true);
		return watches;
	}

}
