package org.ohsonline.iam.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which changes to an account end its sessions (they move the security version) and which also end
 * its API tokens (they change the grant), and when a session's standing admits it.
 */
class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	private final UserAccount user = UserAccount.create("county-a", "County A", "{noop}x", "330105",
			Scope.region("330105"), "13800000000", Set.of("COUNTY_SUPERVISOR"), false, NOW);

	@Test
	void aNewNameOrMobileLeavesSessionsAndTokensAlone() {
		boolean grantChanged = this.user.change("County A（更名）", "330105", Scope.region("330105"), "13900000000",
				Set.of("COUNTY_SUPERVISOR"), true);
		assertThat(grantChanged).isFalse();
		assertThat(this.user.securityVersion()).isZero();
	}

	@Test
	void otherRolesChangeTheGrantAndEndSessions() {
		assertThat(this.user.change("County A", "330105", Scope.region("330105"), null, Set.of("INSPECTOR"), true))
			.isTrue();
		assertThat(this.user.securityVersion()).isEqualTo(1);
	}

	@Test
	void anotherJurisdictionChangesTheGrantAndEndsSessions() {
		assertThat(this.user.change("County A", "330106", Scope.region("330106"), null, Set.of("COUNTY_SUPERVISOR"),
				true))
			.isTrue();
		assertThat(this.user.securityVersion()).isEqualTo(1);
	}

	@Test
	void disablingEndsSessionsButLeavesTheGrant() {
		assertThat(this.user.change("County A", "330105", Scope.region("330105"), null, Set.of("COUNTY_SUPERVISOR"),
				false))
			.isFalse();
		assertThat(this.user.securityVersion()).isEqualTo(1);
	}

	@Test
	void anAdministratorsLockAndANewPasswordEndSessions() {
		this.user.lock(NOW.plus(Duration.ofDays(36500)));
		assertThat(this.user.securityVersion()).isEqualTo(1);
		this.user.unlock();
		assertThat(this.user.securityVersion()).as("unlocking ends nothing").isEqualTo(1);
		this.user.changePassword("{noop}y", false, NOW);
		assertThat(this.user.securityVersion()).isEqualTo(2);
	}

	@Test
	void aLockoutAfterFailedLoginsLeavesTheVersionToTheLockCheck() {
		for (int attempt = 0; attempt < 5; attempt++) {
			this.user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
		}
		assertThat(this.user.isLocked(NOW)).isTrue();
		assertThat(this.user.securityVersion()).isZero();
	}

	@Test
	void aSessionGoesOnOnlyWhileTheAccountIsEnabledUnlockedAndAtItsVersion() {
		assertThat(new AccountStanding(true, null, 3).admits(3, NOW)).isTrue();
		assertThat(new AccountStanding(true, NOW.minusSeconds(1), 3).admits(3, NOW)).as("a lock that has run out")
			.isTrue();
		assertThat(new AccountStanding(true, NOW.plusSeconds(60), 3).admits(3, NOW)).as("locked").isFalse();
		assertThat(new AccountStanding(false, null, 3).admits(3, NOW)).as("disabled").isFalse();
		assertThat(new AccountStanding(true, null, 4).admits(3, NOW)).as("changed since the login").isFalse();
	}

}
