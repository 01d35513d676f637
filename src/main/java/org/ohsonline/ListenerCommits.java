package org.ohsonline;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.ohsonline.shared.ListenerThreads;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The event listeners' transactions commit without waiting for the write-ahead log to reach the disk
 * ({@code SET LOCAL synchronous_commit = off}); every other transaction — each request's, each job's — still waits
 * for it (decision 0039).
 * <p>
 * A listener derives what it writes from an event that its publisher's transaction stored durably in the event
 * publication registry. If the machine fails, PostgreSQL loses at most the last few hundred milliseconds of these
 * asynchronous commits, and only as a whole suffix of the log: a listener's work together with its completion, or
 * its completion alone. Either way the publication stays incomplete and is delivered again at the next start — the
 * same state a crash in the middle of the listener leaves, which the listeners are built to survive
 * ({@code FaultsIntegrationTests}). Nothing a user was told is saved can be lost. What it saves: the registry marks a
 * publication processing, the listener commits, the registry marks it completed — three waits for the disk for
 * each listener of each event, which at 200 register events a second were what held the listeners back
 * (docs/benchmarks.md, risk classification).
 * <p>
 * The listeners run on Spring Boot's task executor (no other work is submitted to it: no {@code @Async} method, no
 * asynchronous MVC request), and the risk portraits' refresh worker does events' work too; {@link ListenerThreads}
 * marks their tasks, and the transaction manager looks at the mark when a transaction begins.
 */
@Configuration(proxyBeanMethods = false)
class ListenerCommits {

	/** Applied by Spring Boot to its task executor, on which the application module listeners run. */
	@Bean
	TaskDecorator listenerThreads() {
		return ListenerThreads::mark;
	}

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		JdbcTransactionManager manager = new AsynchronousListenerCommits(dataSource);
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}

	/** Spring's JDBC transaction manager, with the listeners' commits asynchronous. */
	static class AsynchronousListenerCommits extends JdbcTransactionManager {

		AsynchronousListenerCommits(DataSource dataSource) {
			super(dataSource);
		}

		@Override
		protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
				throws SQLException {
			super.prepareTransactionalConnection(connection, definition);
			if (ListenerThreads.current()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set local synchronous_commit = off");
				}
			}
		}

	}

}
