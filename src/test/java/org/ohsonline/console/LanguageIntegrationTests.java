package org.ohsonline.console;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * zh-CN and English; any other language asked for, in the link or the cookie, is zh-CN, silently:
 * no error page, nothing in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@ParameterizedTest
	@ValueSource(strings = { "xx!!", "fr", "<script>", "zh_CN_#Hans_x", "", "en-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
	void showsAnyOtherLanguageInChineseWithoutAnError(String lang, CapturedOutput output) throws Exception {
		this.mvc.perform(get("/login").param("lang", lang))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
		this.mvc.perform(get("/").param("lang", lang).with(user(this.details.loadUserByUsername("county"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
		assertThat(output.getAll()).doesNotContainIgnoringCase("locale part").doesNotContainIgnoringCase("invalid locale");
	}

	@Test
	void answersTheApiInChineseForAnyOtherLanguage() throws Exception {
		String token = ApiTokens.issue(this.mvc, user(this.details.loadUserByUsername("county")), "iam:user:read");
		this.mvc.perform(get("/api/v1/users/abc").param("lang", "xx!!").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("应为数字"));
		this.mvc.perform(get("/api/v1/users/abc").param("lang", "en").header("Authorization", "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Must be a number"));
	}

	@Test
	void switchesToEnglishAndBack() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"en\"")));
		this.mvc.perform(get("/login").param("lang", "en_GB"))
			.andExpect(content().string(containsString("lang=\"en\"")));
		this.mvc.perform(get("/login").param("lang", "zh_CN"))
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "%%%", "de", "zh-TW", "!!" })
	void ignoresACookieThatNamesNoSupportedLanguage(String value, CapturedOutput output) throws Exception {
		this.mvc.perform(get("/login").cookie(new Cookie("ohs-lang", value)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"zh-CN\"")));
		assertThat(output.getAll()).doesNotContainIgnoringCase("locale part").doesNotContainIgnoringCase("invalid locale");
	}

}
