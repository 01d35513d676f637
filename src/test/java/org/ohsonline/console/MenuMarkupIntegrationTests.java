package org.ohsonline.console;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The menu bar is rendered once per set of entries and language ({@link MenuMarkup}) and reused: each user still sees
 * exactly their entries, in their language, and nothing of another user or session.
 */
@IntegrationTest
class MenuMarkupIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Test
	void eachUserSeesTheirOwnEntriesInTheirLanguageAfterOthersHaveBeenServed() throws Exception {
		// The supervisor's menu first, so that the employer's page comes after a cached menu with the audit entry.
		String county = page("county", "zh_CN");
		String employer = page("employer", "zh_CN");
		String countyAgain = page("county", "zh_CN");
		String countyEnglish = page("county", "en");

		assertThat(menu(county)).contains("href=\"/audit\"").contains(">审计<").contains(">首页<");
		assertThat(menu(employer)).doesNotContain("href=\"/audit\"").contains(">首页<");
		assertThat(menu(countyAgain)).isEqualTo(menu(county));
		assertThat(menu(countyEnglish)).contains(">Audit<").contains(">Home<").doesNotContain(">审计<");
		assertThat(county + employer).doesNotContainIgnoringCase("jsessionid");
	}

	private String page(String username, String language) throws Exception {
		return this.mvc.perform(get("/account").param("lang", language)
			.with(user(this.details.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The menu bar's list of entries. */
	private static String menu(String page) {
		int start = page.indexOf("<ul class=\"navbar-nav flex-wrap\">");
		assertThat(start).as("the page has a menu bar").isNotNegative();
		return page.substring(start, page.indexOf("</ul>", start));
	}

}
