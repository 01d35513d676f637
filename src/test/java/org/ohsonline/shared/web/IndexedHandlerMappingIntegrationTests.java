package org.ohsonline.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's controllers are found through {@link IndexedHandlerMapping}, and for every path of every mapping
 * of the application (its variables filled in several ways, each HTTP method, wrong methods, trailing slashes, unknown
 * tails, encoded and matrix segments) the index gives exactly what Spring's scan of every mapping gives: the same
 * method, the same path variables and best pattern, or the same refusal.
 */
@IntegrationTest
class IndexedHandlerMappingIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theApplicationLooksControllersUpThroughTheIndex() {
		assertThat(this.mapping).isInstanceOf(IndexedHandlerMapping.class);
		IndexedHandlerMapping indexed = (IndexedHandlerMapping) this.mapping;
		int all = indexed.getHandlerMethods().size();
		assertThat(all).isGreaterThan(300);
		// a learner's paper: a handful of the API's mappings under /api and /api/v1/training, not all of them
		assertThat(indexed.candidateCount("/api/v1/training/enrolments/17/paper")).isBetween(1, all / 10);
	}

	@Test
	void everyPathOfEveryMappingFindsWhatSpringsFullScanFinds() throws Exception {
		IndexedHandlerMapping indexed = (IndexedHandlerMapping) this.mapping;
		Set<String> paths = new LinkedHashSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : indexed.getHandlerMethods().entrySet()) {
			var patterns = entry.getKey().getPathPatternsCondition();
			if (patterns == null) {
				continue;
			}
			for (PathPattern pattern : patterns.getPatterns()) {
				for (String value : List.of("17")) {
					String path = concrete(pattern.getPatternString(), value);
					paths.add(path);
					paths.add(path + "/");
					paths.add(path + "/unknown");
				}
			}
		}
		paths.add("/api/v1/training/enrolments/1%37/paper");
		paths.add("/api/v1/tr%61ining/enrolments/17/paper");
		paths.add("/risk/employers/a.pdf");
		paths.add("/api/v1/training/enrolments/17;x=1/paper");
		paths.add("/api//v1/training/courses");
		paths.add("/nowhere/at/all");

		List<String> methods = new ArrayList<>();
		for (RequestMethod method : RequestMethod.values()) {
			methods.add(method.name());
		}
		int compared = 0;
		int found = 0;
		for (String path : paths) {
			for (String method : methods) {
				for (String contentType : contentTypes(method)) {
					String viaIndex = outcome(indexed, method, path, contentType, true);
					String viaScan = outcome(indexed, method, path, contentType, false);
					assertThat(viaIndex).as("%s %s (%s)", method, path, contentType).isEqualTo(viaScan);
					compared++;
					if (viaScan.startsWith("handler ")) {
						found++;
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(10_000);
		assertThat(found).isGreaterThan(compared / 10);
	}

	private static List<String> contentTypes(String method) {
		return HttpMethod.valueOf(method) == HttpMethod.GET || HttpMethod.valueOf(method) == HttpMethod.HEAD
				? java.util.Collections.singletonList(null)
				: List.of("application/json", "application/x-www-form-urlencoded");
	}

	/** The handler, path variables and best pattern found, or the class of the refusal. */
	private static String outcome(IndexedHandlerMapping mapping, String method, String path, String contentType,
			boolean indexed) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (contentType != null) {
			request.setContentType(contentType);
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerMethod found = mapping.lookup(request, indexed);
			if (found == null) {
				return "none";
			}
			return "handler " + found + " variables "
					+ Objects.toString(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)) + " pattern "
					+ Objects.toString(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		}
		catch (Exception ex) {
			return "refused " + ex.getClass().getName();
		}
	}

	/** A path the pattern would match with every variable (and wildcard) given the value. */
	private static String concrete(String pattern, String value) {
		return pattern.replaceAll("\\{\\*[^}]*}", value + "/" + value)
			.replaceAll("\\{[^}]*}", value)
			.replace("**", value + "/" + value)
			.replace("*", value)
			.replace("?", "x");
	}

}
