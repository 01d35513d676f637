package org.ohsonline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.ListenerThreads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event listeners' transactions commit asynchronously, everything else synchronously ({@link ListenerCommits}).
 * The test database runs with {@code synchronous_commit} off for everyone, so the check turns it on for its own
 * connection first and looks at what each transaction sees.
 */
@IntegrationTest
class ListenerCommitsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	@Qualifier("applicationTaskExecutor")
	AsyncTaskExecutor listeners;

	@Test
	void aListenersTransactionCommitsAsynchronouslyAndNoOtherDoes() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
			JdbcClient jdbc = JdbcClient.create(single);
			TransactionTemplate transactions = new TransactionTemplate(
					new ListenerCommits.AsynchronousListenerCommits(single));
			jdbc.sql("set synchronous_commit = on").update();
			try {
				String outside = transactions.execute(status -> setting(jdbc));
				assertThat(outside).isEqualTo("on");
				String[] seen = new String[1];
				ListenerThreads.mark(() -> seen[0] = transactions.execute(status -> setting(jdbc))).run();
				assertThat(seen[0]).isEqualTo("off");
				// SET LOCAL: the connection goes back to the pool as it was.
				assertThat(setting(jdbc)).isEqualTo("on");
				String after = transactions.execute(status -> setting(jdbc));
				assertThat(after).isEqualTo("on");
			}
			finally {
				jdbc.sql("reset synchronous_commit").update();
			}
		}
	}

	@Test
	void theListenersExecutorMarksItsTasks() throws Exception {
		CompletableFuture<Boolean> marked = this.listeners.submitCompletable(ListenerThreads::current);
		assertThat(marked.get(10, TimeUnit.SECONDS)).isTrue();
		assertThat(ListenerThreads.current()).isFalse();
		assertThat(ListenerThreads.call(ListenerThreads::current)).isTrue();
	}

	private static String setting(JdbcClient jdbc) {
		return jdbc.sql("show synchronous_commit").query(String.class).single();
	}

}
