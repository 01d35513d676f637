package org.ohsonline.console;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every request body is capped by its kind (JSON and forms 4 MB, XML documents 20 MB), and a larger
 * one is answered 413 before it is read: a problem detail for the API, the console's error page in
 * the reader's language for pages.
 */
@IntegrationTest
class RequestSizeLimitsIntegrationTests {

	private static final int MB = 1024 * 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	private static byte[] filled(int size, String start, String end) {
		byte[] body = new byte[size];
		Arrays.fill(body, (byte) 'x');
		byte[] head = start.getBytes(StandardCharsets.UTF_8);
		byte[] tail = end.getBytes(StandardCharsets.UTF_8);
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, size - tail.length, tail.length);
		return body;
	}

	@Test
	void answersAnOversizeJsonBodyWithAProblem() throws Exception {
		this.mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
				.content(filled(4 * MB + 1, "{\"username\":\"", "\"}")))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.type").value("https://ohs-online.org/problems/payload-too-large"))
			.andExpect(jsonPath("$.detail").value("请求内容过大：最多 4 MB"));
	}

	@Test
	void takesXmlDocumentsUpTo20MegabytesAndAnswersLargerOnesWithAProblem() throws Exception {
		String path = "/api/v1/surveillance/exams/import.xml";
		// Over the JSON limit but a document: read on (and refused for want of a token).
		this.mvc.perform(post(path).contentType(MediaType.APPLICATION_XML).content(filled(5 * MB, "<x>", "</x>")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post(path + "?lang=en").contentType(MediaType.APPLICATION_XML)
				.content(filled(20 * MB + 1, "<x>", "</x>")))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("The request is too large: at most 20 MB"));
	}

	@Test
	void answersAnOversizeFormWithTheConsolesErrorPage() throws Exception {
		byte[] form = filled(4 * MB + 1, "name=", "&daysValid=30");
		this.mvc.perform(post("/account/tokens").with(csrf())
				.with(user(this.details.loadUserByUsername("admin")))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("lang=\"zh-CN\""), containsString("提交的内容过大"),
					containsString("请求内容过大：最多 4 MB"), not(containsString("Apache Tomcat")))));
		this.mvc.perform(post("/account/tokens?lang=en").with(csrf())
				.with(user(this.details.loadUserByUsername("admin")))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(allOf(containsString("lang=\"en\""),
					containsString("The request is too large: at most 4 MB"))));
	}

}
