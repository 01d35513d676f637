package org.ohsonline.console;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.demo.DemoSeeding;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The banner that says demo data is still arriving: gone from pages once the data is complete, and
 * the fragment htmx polls says then that a reload shows everything. (The shared context makes its
 * demo data before the tests start, so the arriving state is covered by StandaloneSeedingTests.)
 */
@IntegrationTest
class DemoSeedingBannerIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	DemoSeeding seeding;

	@Test
	void pagesCarryNoBannerOnceTheDemoDataIsCompleteAndThePolledFragmentSaysSo() throws Exception {
		assertThat(this.seeding.progress().state()).isEqualTo(DemoSeeding.State.DONE);
		this.mvc.perform(get("/").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"demo-seeding\""))));
		this.mvc.perform(get("/demo-seeding").with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"demo-seeding\"")))
			.andExpect(content().string(containsString("演示数据已全部生成")))
			.andExpect(content().string(not(containsString("hx-get"))));
	}

}
