package org.ohsonline.authorization;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sends a cell's request as the role: console requests with the login's session principal (and a
 * CSRF token on writes), API requests with the login's bearer token carrying all its permissions.
 * Writes carry only what the bindings give: an empty form, or a JSON object of the bound fields.
 */
final class Requests {

	private final MockMvc mvc;

	private final MatrixWorld world;

	private final Map<MatrixRole, RequestPostProcessor> logins = new EnumMap<>(MatrixRole.class);

	private final PublicFacts facts;

	int sent;

	Requests(MockMvc mvc, MatrixWorld world, Map<MatrixRole, RequestPostProcessor> logins, PublicFacts facts) {
		this.mvc = mvc;
		this.world = world;
		this.facts = facts;
		this.logins.putAll(logins);
	}

	Judge.Answer send(Bindings.Request request, MatrixRole role, String phase, Set<Outcome> expected) {
		Raw raw = perform(request, role, request.path());
		Outcome outcome = Outcome.of(raw.status(), raw.location());
		Integer missing = null;
		if (request.missingPath() != null && !Judge.REFUSED.contains(outcome)) {
			missing = perform(request, role, request.missingPath()).status();
		}
		String excerpt = role.loggedIn() ? Leaks.excerpt(raw.content(), raw.contentType(),
				this.facts.allowed(request.route())) : "";
		return new Judge.Answer(request, role, phase, raw.status(), outcome, expected, excerpt, raw.succeeded(),
				raw.error(), missing);
	}

	/**
	 * An answer as sent. A write was carried out if the API answered 2xx, or the console redirected
	 * (not to log in) without flashing errors: console actions redirect after a refusal too.
	 */
	private record Raw(int status, String location, byte[] content, String contentType, String error,
			boolean succeeded) {
	}

	private Raw perform(Bindings.Request request, MatrixRole role, String path) {
		Route route = request.route();
		boolean multipart = route.consumes() != null && MediaType.MULTIPART_FORM_DATA.includes(route.consumes());
		// A multipart route gets a multipart request without files (its handler refuses it as bad input).
		AbstractMockHttpServletRequestBuilder<?> builder = multipart
				? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(route.requestMethod()), path)
				: MockMvcRequestBuilders.request(HttpMethod.valueOf(route.requestMethod()), path);
		boolean body = !multipart && route.api() && route.write() && (route.readsBody() || route.consumes() != null);
		if (multipart) {
			request.params().forEach(builder::param);
		}
		else if (body && route.consumes() != null && route.consumes().getSubtype().contains("xml")) {
			builder.contentType(MediaType.APPLICATION_XML).content("<HEALTH_EXAM_RECORDS/>");
		}
		else if (body) {
			builder.contentType(MediaType.APPLICATION_JSON).content(json(request.params()));
		}
		else {
			request.params().forEach(builder::param);
			if (route.write()) {
				builder.contentType(MediaType.APPLICATION_FORM_URLENCODED);
			}
		}
		request.headers().forEach(builder::header);
		if (role.loggedIn()) {
			if (route.api()) {
				builder.header("Authorization", "Bearer " + this.world.tokens.get(role));
			}
			else {
				builder.with(this.logins.get(role));
			}
		}
		if (route.write() && !route.api()) {
			builder.with(csrf());
		}
		this.sent++;
		try {
			MvcResult result = this.mvc.perform(builder).andReturn();
			MockHttpServletResponse response = result.getResponse();
			Exception resolved = result.getResolvedException();
			int status = response.getStatus();
			String location = response.getHeader("Location");
			boolean refusedInFlash = result.getFlashMap() != null
					&& result.getFlashMap().keySet().stream().anyMatch(k -> k.contains("rror"));
			boolean succeeded = route.api() ? status / 100 == 2
					: Outcome.of(status, location) == Outcome.PERMITTED && status / 100 == 3 && !refusedInFlash;
			return new Raw(status, location, response.getContentAsByteArray(), response.getContentType(),
					status >= 500 && resolved != null
							? resolved.getClass().getSimpleName() + ": " + firstLine(resolved.getMessage()) : null,
					succeeded);
		}
		catch (Exception ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			return new Raw(500, null, new byte[0], null,
					cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage()), false);
		}
	}

	private static String json(Map<String, String> fields) {
		StringJoiner json = new StringJoiner(",", "{", "}");
		fields.forEach((name, value) -> json.add("\"" + name + "\":" + (value.startsWith("json:") ? value.substring(5)
				: value.matches("\\d{1,15}") ? value
				: value.equals("true") || value.equals("false") ? value : "\"" + value.replace("\"", "\\\"") + "\"")));
		return json.toString();
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

}
