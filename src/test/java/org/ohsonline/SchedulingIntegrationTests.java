package org.ohsonline;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SchedulingIntegrationTests {

	@Autowired
	LockProvider locks;

	@Test
	void grantsAJobLockToOneHolderAtATime() {
		var configuration = new LockConfiguration(Instant.now(), "scheduling-test", Duration.ofMinutes(1), Duration.ZERO);
		var first = this.locks.lock(configuration);
		assertThat(first).isPresent();
		assertThat(this.locks.lock(configuration)).as("a second instance asking for the held lock").isEmpty();
		first.get().unlock();
		var again = this.locks.lock(configuration);
		assertThat(again).as("after release").isPresent();
		again.get().unlock();
	}

}
