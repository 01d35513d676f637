package org.ohsonline.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page links the webjars with their version and every other link as written ({@link WebjarLinks}); both the
 * versioned and the version-less paths serve the file.
 */
@IntegrationTest
class WebjarLinksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void onlyTheWebjarLinksAreLookedUp() {
		// Spring Boot's own filter (every link looked up on the class path) is not registered beside it.
		assertThat(this.context.getBeansOfType(org.springframework.web.servlet.resource.ResourceUrlEncodingFilter.class)
			.values()).singleElement().isInstanceOf(WebjarLinks.class);
		assertThat(this.context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class)
			.values()).noneMatch(r -> r.getFilter() instanceof org.springframework.web.servlet.resource.ResourceUrlEncodingFilter);
	}

	@Test
	void webjarLinksCarryTheirVersionAndOtherLinksStayAsWritten() throws Exception {
		String page = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Matcher tabler = Pattern.compile("href=\"(/webjars/tabler__core/[0-9][^/\"]*/dist/css/tabler\\.min\\.css)\"")
			.matcher(page);
		assertThat(tabler.find()).as("the stylesheet's link carries its version: %s", page).isTrue();
		assertThat(page).contains("href=\"/css/console.css\"");

		this.mvc.perform(get(tabler.group(1))).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/tabler__core/dist/css/tabler.min.css")).andExpect(status().isOk());
	}

}
