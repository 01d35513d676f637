package org.ohsonline.iam;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The generator's accounts: made once, each with a working token of its role's permissions only; system only. */
@IntegrationTest
class SyntheticAccountsIntegrationTests {

	@Autowired
	SyntheticAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static SyntheticAccounts.Account learner(int n) {
		return new SyntheticAccounts.Account("synthetic-test-" + n, "合成学员 " + n, "COUNTY_SUPERVISOR", "330105",
				Scope.region("330105"));
	}

	@Test
	void makesEachAccountOnceWithATokenOfThePermissionsAskedFor() throws Exception {
		Actor system = Actor.system("test");
		List<SyntheticAccounts.Issued> first = this.accounts.withTokens(system, List.of(learner(1), learner(2)),
				List.of("training:course:learn"), 1);
		assertThat(first).extracting(SyntheticAccounts.Issued::username).containsExactly("synthetic-test-1", "synthetic-test-2");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first.get(0).token()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("synthetic-test-1"))
			.andExpect(jsonPath("$.permissions", containsInAnyOrder("training:course:learn")));
		// again: the same account, a new token
		List<SyntheticAccounts.Issued> again = this.accounts.withTokens(system, List.of(learner(1)),
				List.of("training:course:learn"), 1);
		assertThat(again.get(0).userId()).isEqualTo(first.get(0).userId());
		assertThat(again.get(0).token()).isNotEqualTo(first.get(0).token());
		assertThat(this.jdbc.sql("select count(*) from iam.app_user where username = 'synthetic-test-1'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'iam.user.created' and target_id = :id")
			.param("id", String.valueOf(first.get(0).userId()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAPermissionTheRoleLacksAndAnyoneButTheSystem() {
		assertThatThrownBy(() -> this.accounts.withTokens(Actor.system("test"), List.of(learner(3)),
				List.of("iam:role:write"), 1)).isInstanceOf(IllegalArgumentException.class);
		Actor admin = new Actor(1, "admin", "管理员", "33", Scope.region("33"), Set.of("iam:user:write", "iam:token:write"),
				"127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.accounts.withTokens(admin, List.of(learner(4)), List.of("training:course:learn"), 1))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.sql("select count(*) from iam.app_user where username in ('synthetic-test-3', 'synthetic-test-4')")
			.query(Long.class)
			.single()).isZero();
	}

}
