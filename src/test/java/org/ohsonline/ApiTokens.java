package org.ohsonline;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Issues API tokens the way a person does: through the console form. */
public final class ApiTokens {

	private ApiTokens() {
	}

	public static String issue(MockMvc mvc, RequestPostProcessor user, String... permissions) throws Exception {
		MockHttpServletRequestBuilder request = post("/account/tokens").with(csrf())
			.with(user)
			.param("name", "test token")
			.param("daysValid", "30");
		for (String permission : permissions) {
			request.param("permissions", permission);
		}
		MvcResult result = mvc.perform(request).andReturn();
		Object secret = result.getFlashMap().get("issuedSecret");
		if (secret == null) {
			throw new IllegalStateException("No token issued: " + result.getResponse().getStatus() + " "
					+ result.getModelAndView());
		}
		return secret.toString();
	}

}
