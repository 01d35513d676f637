package org.ohsonline.authorization;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads every console page as each role sees it, in both languages, and lists what is not a label:
 * a message key Thymeleaf could not resolve ({@code ??role.X_en??}), an enum constant of the
 * application ({@code UPPER_SNAKE} words that name one), or {@code null}. Pages are the GET routes of
 * the console whose handler renders a view, requested with the matrix's bindings for the role's own
 * objects, plus the tabs and queues those pages link to. Answers that are not HTML (exports,
 * documents) are left to their own tests; error pages count, they are pages too.
 */
final class ConsoleTexts {

	/** Thymeleaf's rendering of a key that no bundle has: {@code ??key_locale??}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[^?\\s<>]{1,200}\\?\\?");

	private static final Pattern NULL = Pattern.compile("(?<![A-Za-z0-9_.])null(?![A-Za-z0-9_])");

	private static final Pattern UPPER_WORD = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_])");

	/**
	 * Enum constants that are also words of the domain, shown as themselves on purpose: units, limit
	 * kinds and the abbreviations of the standards (GBZ 2.1: PC-TWA, PC-STEL, MAC, PE).
	 */
	static final Set<String> WORDS = Set.of("API");

	/** Limit kinds, shown as the standard abbreviates them only where the standard writes them so. */
	private static final Set<String> LIMIT_KINDS = Set.of("TWA", "STEL", "MAC", "PE");

	/** A word of English (letters only, not part of a path, an address, a login or a code). */
	private static final Pattern ENGLISH = Pattern.compile("(?<![A-Za-z0-9_/.:@\\-])[A-Za-z][a-z]{2,}(?![A-Za-z0-9_/.:@\\-])");

	/**
	 * English that zh-CN pages show by design: the language switch (named in the language it switches
	 * to), a file format, the unit symbol of minutes.
	 */
	static final Set<String> ENGLISH_WORDS = Set.of("English", "Excel", "min");

	/**
	 * Not read: scripts, styles, comments, and what the page shows verbatim on purpose — {@code <code>}
	 * (identifiers people type elsewhere: a role's code, an action's code for searching the trail), an
	 * audit entry's recorded state ({@code pre.state}), which must be shown as it was hash-chained, and
	 * elements marked {@code translate="no"} (HTML's own mark for what no translation may touch: a login,
	 * a certificate's subject, a name a user gave).
	 */
	private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style|code)\\b.*?</\\1\\s*>|<!--.*?-->"
			+ "|<pre class=\"state\".*?</pre>|<(\\w+)\\b[^>]*\\btranslate=\"no\"[^>]*>.*?</\\2\\s*>");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("(?i)\\s(?:title|placeholder|aria-label|alt|data-confirm)\\s*=\\s*\"([^\"]*)\"");

	private static final Pattern BUTTON_VALUE = Pattern
		.compile("(?i)<input\\b[^>]*type=\"(?:submit|button)\"[^>]*value=\"([^\"]*)\"");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

	private static final Pattern FOLLOWED = Pattern.compile("href=\"([^\"#]*[?&](?:tab|queue)=[^\"]*)\"");

	private final MockMvc mvc;

	private final Map<MatrixRole, RequestPostProcessor> logins;

	private final Set<String> enumNames;

	/** Kind, token and route → an example and where it was seen. */
	final Map<String, Finding> findings = new TreeMap<>();

	/** Pages of a role whose handler takes {@code region} but that show no region picker (or a free-text one). */
	final List<String> regionFilters = new ArrayList<>();

	int pages;

	/** Time spent per route, to keep the test fast. */
	private final Map<String, Long> millis = new java.util.HashMap<>();

	int requests;

	ConsoleTexts(MockMvc mvc, Map<MatrixRole, RequestPostProcessor> logins) {
		this.mvc = mvc;
		this.logins = logins;
		this.enumNames = enumNames();
	}

	/**
	 * Every view route for every role and language. A role the matrix expects to be refused a route
	 * (403, 404) is not asked: it would see the error page, which is read once per language instead.
	 */
	void readAll(List<Route> routes, Bindings bindings, Expectations expectations, MatrixWorld world) throws Exception {
		for (Route route : routes) {
			if (!route.method().equals("GET") || route.api() || !rendersView(route) || !bindings.unbound(route).isEmpty()) {
				continue;
			}
			Expectations.Row row = expectations.row(route);
			for (MatrixRole role : MatrixRole.values()) {
				if (!role.loggedIn() || row != null && !row.publicRoute()
						&& !row.expected().getOrDefault(role, java.util.Set.of()).contains(Outcome.PERMITTED)) {
					continue;
				}
				Bindings.Request request = bindings.requests(route, role, world).get(0);
				for (String language : List.of("zh-CN", "en")) {
					String html = read(route, role, language, request.path(), request.params(), request.headers());
					if (html == null) {
						continue;
					}
					if (language.equals("zh-CN") && route.takes().contains("region") && request.headers().isEmpty()) {
						checkRegionFilter(route, role, html);
					}
					Set<String> followed = new LinkedHashSet<>();
					Matcher link = FOLLOWED.matcher(html);
					while (link.find()) {
						String href = HtmlUtils.htmlUnescape(link.group(1));
						if (href.startsWith(request.path() + "?") && followed.add(href)) {
							read(route, role, language, href, Map.of(), request.headers());
						}
					}
				}
			}
		}
	}

	/** The error pages (not found, forbidden) as a county supervisor sees them, in both languages. */
	void readErrorPages(MatrixWorld world) throws Exception {
		Route route = new Route("GET", "/employers/{id}", null, null);
		for (String language : List.of("zh-CN", "en")) {
			read(route, MatrixRole.COUNTY, language, "/employers/" + Bindings.MISSING, Map.of(), Map.of());
			read(route, MatrixRole.WORKER, language, "/users", Map.of(), Map.of());
		}
	}

	private void checkRegionFilter(Route route, MatrixRole role, String html) {
		boolean picker = html.contains("data-region-picker");
		boolean freeText = Pattern.compile("<input\\b[^>]*name=\"region\"[^>]*>").matcher(html).results()
			.anyMatch(m -> !m.group().contains("type=\"hidden\""));
		boolean regionScope = role.scopeKind == org.ohsonline.shared.Scope.Kind.REGION;
		if (freeText || regionScope && html.contains("<form") && !picker && html.contains("method=\"get\"")) {
			this.regionFilters.add(route.key() + " as " + role.column + (freeText ? ": free-text region" : ": no picker"));
		}
	}

	private String read(Route route, MatrixRole role, String language, String path, Map<String, String> params,
			Map<String, String> headers) throws Exception {
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.get(path);
		params.forEach(builder::param);
		headers.forEach(builder::header);
		builder.cookie(new Cookie("ohs-lang", language.equals("en") ? "en" : "zh-CN"));
		builder.with(this.logins.get(role));
		this.requests++;
		long started = System.nanoTime();
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(builder).andReturn().getResponse();
		}
		catch (Exception ex) {
			// A page that fails to render is a finding too, not the end of the reading.
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			String message = String.valueOf(cause.getMessage());
			this.findings.computeIfAbsent("error " + route.key(), k -> new Finding("error",
					message.substring(0, Math.min(300, message.length())), new LinkedHashSet<>()))
				.seen()
				.add(role.column + " · " + language);
			return null;
		}
		this.millis.merge(route.key(), (System.nanoTime() - started) / 1_000_000, Long::sum);
		String type = response.getContentType();
		if (type == null || !type.startsWith("text/html")) {
			return null;
		}
		this.pages++;
		String html = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		String where = (path.contains("?") ? path.substring(path.indexOf('?')) + " " : "") + role.column + " · "
				+ language + " · " + response.getStatus();
		check(visibleText(html), route.key(), where, language.equals("zh-CN"));
		return html;
	}

	/** The findings of one page's text; {@code where} is route · role · language · status. */
	void check(String text, String route, String where, boolean chinese) {
		Matcher key = MESSAGE_KEY.matcher(text);
		while (key.find()) {
			add("message key", key.group(), route, where, text, key);
		}
		Matcher nulls = NULL.matcher(text);
		while (nulls.find()) {
			add("null", "null", route, where, text, nulls);
		}
		Matcher word = UPPER_WORD.matcher(text);
		while (word.find()) {
			if (this.enumNames.contains(word.group()) && !WORDS.contains(word.group()) && !standardTerm(text, word)) {
				add("enum constant", word.group(), route, where, text, word);
			}
		}
		if (chinese) {
			Matcher english = ENGLISH.matcher(text);
			while (english.find()) {
				if (!ENGLISH_WORDS.contains(english.group())) {
					add("English in zh-CN", english.group(), route, where, text, english);
				}
			}
		}
	}

	/** The abbreviations of GBZ 2.1 as the standard writes them: PC-TWA, C_STEL, 15-minute TWA, (MAC). */
	private static boolean standardTerm(String text, Matcher word) {
		String before = text.substring(Math.max(0, word.start() - 7), word.start());
		String after = text.substring(word.end(), Math.min(text.length(), word.end() + 1));
		return LIMIT_KINDS.contains(word.group()) && (before.endsWith("PC-") || before.endsWith("C_")
				|| before.endsWith("minute ") || before.endsWith("hour ") || before.endsWith("(") && after.equals(")")
				|| before.endsWith("（") && after.equals("）"));
	}

	private void add(String kind, String token, String route, String where, String text, Matcher at) {
		Finding finding = this.findings.computeIfAbsent(kind + " " + token + " @ " + route,
				k -> new Finding(kind, around(text, at.start(), at.end()), new LinkedHashSet<>()));
		if (finding.seen().size() < 4) {
			finding.seen().add(where);
		}
	}

	/** One thing not a label on one route: an example of its context and where it was seen. */
	record Finding(String kind, String example, Set<String> seen) {
	}

	private static String around(String text, int start, int end) {
		return text.substring(Math.max(0, start - 25), Math.min(text.length(), end + 25)).replaceAll("\\s+", " ").trim();
	}

	/** What a reader sees: the text of the page, its title, tooltips, placeholders, labels and confirmations. */
	static String visibleText(String html) {
		String body = SCRIPT.matcher(html).replaceAll(" ");
		StringBuilder text = new StringBuilder();
		Matcher attribute = ATTRIBUTE.matcher(body);
		while (attribute.find()) {
			text.append(attribute.group(1)).append('\n');
		}
		Matcher button = BUTTON_VALUE.matcher(body);
		while (button.find()) {
			text.append(button.group(1)).append('\n');
		}
		text.append(TAG.matcher(body).replaceAll("\n"));
		return HtmlUtils.htmlUnescape(text.toString());
	}

	/** Handlers that render a page: they return a view name or a {@code ModelAndView}, not a body. */
	private static boolean rendersView(Route route) {
		Class<?> returned = route.handler().getMethod().getReturnType();
		boolean body = route.handler().hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
				|| org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(route.handler().getBeanType(),
						org.springframework.web.bind.annotation.ResponseBody.class);
		return !body && (returned == String.class || ModelAndView.class.isAssignableFrom(returned));
	}

	/** The constants of the application's enums that look like codes (two letters or more). */
	private static Set<String> enumNames() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> names = new LinkedHashSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.ohsonline")) {
			try {
				Class<?> type = Class.forName(definition.getBeanClassName());
				if (type.isEnum() && !type.getPackageName().startsWith("org.ohsonline.authorization")) {
					for (Object constant : type.getEnumConstants()) {
						String name = ((Enum<?>) constant).name();
						if (name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
							names.add(name);
						}
					}
				}
			}
			catch (ClassNotFoundException | NoClassDefFoundError ex) {
				throw new IllegalStateException(ex);
			}
		}
		return names;
	}

	/** The report: pages read, each finding with an example and where it was seen. */
	String report(long millis) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("Console texts: %d requests, %d pages read in %.1f s; %d findings (kind, token, route)%n",
				this.requests, this.pages, millis / 1000.0, this.findings.size()));
		text.append("  slowest routes (ms, all roles and languages): ");
		this.millis.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(8)
			.forEach(e -> text.append(e.getKey()).append(' ').append(e.getValue()).append("; "));
		text.append('\n');
		Map<String, Integer> kinds = new TreeMap<>();
		this.findings.values().forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
		kinds.forEach((kind, count) -> text.append(String.format("  %-18s %d%n", kind, count)));
		this.findings.forEach((key, finding) -> text.append("- ")
			.append(key)
			.append("\n    «")
			.append(finding.example())
			.append("» ")
			.append(String.join("; ", finding.seen()))
			.append('\n'));
		if (!this.regionFilters.isEmpty()) {
			text.append("Region filters that are not the picker:\n");
			this.regionFilters.forEach(r -> text.append("- ").append(r).append('\n'));
		}
		return text.toString();
	}

}
