package org.ohsonline.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's controller method among the few mappings that can match its path instead of all of them.
 * <p>
 * Spring MVC looks a path up directly only when a mapping has no variable; for any other path ({@code
 * /api/v1/training/enrolments/17/paper}) it tries every mapping of the application in turn — about 800 here, each
 * checking the method, the consumed and produced types and the pattern. On the learning load of issue 16 that scan
 * was 42 % of the request threads' processor time (decision 0041). This mapping indexes every mapping by the literal
 * beginning of its patterns (the segments before the first variable or wildcard: {@code /api/v1/training/enrolments})
 * and, for a path, tries only the mappings indexed under one of the path's own beginnings ({@code ""}, {@code /api},
 * {@code /api/v1}, …): a pattern whose literal segments differ from the path's cannot match it.
 * <p>
 * Everything else is Spring's own: the same conditions decide whether a mapping matches ({@link #getMatchingMapping}),
 * the same comparator picks the best, mappings without variables are tried first and alone when one of them matches,
 * and two equally good matches are refused as ambiguous. A path the index cannot answer for certain — one with
 * percent-encoding, a matrix variable or an empty segment, a CORS preflight, and any path no indexed mapping matches
 * (so that 404, 405, 406 and 415 are decided exactly as before) — goes to Spring's full scan.
 */
final class IndexedHandlerMapping extends RequestMappingHandlerMapping {

	/** Registers this mapping as Spring Boot's request mapping handler mapping. */
	@Component
	static class Registration implements WebMvcRegistrations {

		@Override
		public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
			return new IndexedHandlerMapping();
		}

	}

	/** A mapping and its handler method: registered (in the index) or matching a request (its matching part). */
	private record Entry(RequestMappingInfo info, HandlerMethod handlerMethod) {
	}

	/** Mappings without variables by their path, and every mapping by the literal beginning of each pattern. */
	private record Index(Map<String, List<Entry>> direct, Map<String, List<Entry>> byBeginning) {
	}

	/** Null until the handler methods are detected, and while a mapping is being registered or removed at run time. */
	private volatile Index index;

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		this.index = index(handlerMethods);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		this.index = null;
		super.registerMapping(mapping, handler, method);
		this.index = index(getHandlerMethods());
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		this.index = null;
		super.unregisterMapping(mapping);
		this.index = index(getHandlerMethods());
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Index index = this.index;
		if (index == null || !indexable(lookupPath) || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<Entry> matches = new ArrayList<>(2);
		List<Entry> direct = index.direct().get(lookupPath);
		if (direct != null) {
			addMatches(direct, matches, request);
		}
		if (matches.isEmpty()) {
			addMatches(candidates(index, lookupPath), matches, request);
		}
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		Entry best = matches.get(0);
		if (matches.size() > 1) {
			Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
			matches.sort((a, b) -> comparator.compare(a.info(), b.info()));
			best = matches.get(0);
			Entry second = matches.get(1);
			if (comparator.compare(best.info(), second.info()) == 0) {
				throw new IllegalStateException("Ambiguous handler methods mapped for '" + request.getRequestURI()
						+ "': {" + best.handlerMethod().getMethod() + ", " + second.handlerMethod().getMethod() + "}");
			}
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handlerMethod());
		handleMatch(best.info(), lookupPath, request);
		return best.handlerMethod();
	}

	/** The request's handler found through the index or by Spring's own scan of every mapping (for the tests). */
	HandlerMethod lookup(HttpServletRequest request, boolean indexed) throws Exception {
		String lookupPath = initLookupPath(request);
		return indexed ? lookupHandlerMethod(lookupPath, request) : super.lookupHandlerMethod(lookupPath, request);
	}

	/** How many mappings the index would try for a path whose mappings without variables do not match. */
	int candidateCount(String lookupPath) {
		Index index = this.index;
		return index == null ? -1 : candidates(index, lookupPath).size();
	}

	private void addMatches(List<Entry> entries, List<Entry> matches, HttpServletRequest request) {
		for (Entry entry : entries) {
			RequestMappingInfo match = getMatchingMapping(entry.info(), request);
			if (match != null) {
				matches.add(new Entry(match, entry.handlerMethod()));
			}
		}
	}

	/** The mappings indexed under each beginning of the path: {@code ""}, the path up to each later {@code /}, all of it. */
	private static List<Entry> candidates(Index index, String path) {
		List<Entry> candidates = new ArrayList<>();
		addCandidates(index, "", candidates);
		for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
			addCandidates(index, path.substring(0, slash), candidates);
		}
		addCandidates(index, path, candidates);
		return candidates;
	}

	private static void addCandidates(Index index, String beginning, List<Entry> candidates) {
		List<Entry> entries = index.byBeginning().get(beginning);
		if (entries != null) {
			for (Entry entry : entries) {
				// a mapping with several patterns may sit under two beginnings of the same path
				if (!containsItself(candidates, entry)) {
					candidates.add(entry);
				}
			}
		}
	}

	/**
	 * Whether the index decides the path: it begins with {@code /}, and no segment is empty, percent-encoded or has a
	 * matrix variable (patterns match decoded segments without their matrix variables).
	 */
	static boolean indexable(String path) {
		return path.startsWith("/") && path.indexOf('%') < 0 && path.indexOf(';') < 0 && !path.contains("//");
	}

	private static Index index(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		Map<String, List<Entry>> direct = new HashMap<>();
		Map<String, List<Entry>> byBeginning = new HashMap<>();
		handlerMethods.forEach((info, handlerMethod) -> {
			Entry entry = new Entry(info, handlerMethod);
			var patterns = info.getPathPatternsCondition();
			if (patterns == null || patterns.getPatterns().isEmpty()) {
				add(byBeginning, "", entry);
				return;
			}
			for (String path : patterns.getDirectPaths()) {
				add(direct, path, entry);
			}
			for (PathPattern pattern : patterns.getPatterns()) {
				add(byBeginning, literalBeginning(pattern.getPatternString()), entry);
			}
		});
		return new Index(direct, byBeginning);
	}

	private static void add(Map<String, List<Entry>> index, String key, Entry entry) {
		List<Entry> entries = index.computeIfAbsent(key, k -> new ArrayList<>());
		if (!containsItself(entries, entry)) {
			entries.add(entry);
		}
	}

	/** Whether the very entry is in the list (identity: comparing mappings by their conditions would cost more). */
	private static boolean containsItself(List<Entry> entries, Entry entry) {
		for (Entry present : entries) {
			if (present == entry) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A pattern's segments before the first one with a variable or a wildcard, with their slashes: {@code
	 * /api/v1/training/enrolments} for {@code /api/v1/training/enrolments/{id}/paper}; the whole pattern when it has
	 * none; {@code ""} (tried for every path) when it does not begin with {@code /}.
	 */
	static String literalBeginning(String pattern) {
		if (!pattern.startsWith("/")) {
			return "";
		}
		int segmentStart = 0;
		while (segmentStart < pattern.length()) {
			int next = pattern.indexOf('/', segmentStart + 1);
			int segmentEnd = next < 0 ? pattern.length() : next;
			for (int i = segmentStart + 1; i < segmentEnd; i++) {
				char c = pattern.charAt(i);
				if (c == '{' || c == '}' || c == '*' || c == '?') {
					return pattern.substring(0, segmentStart);
				}
			}
			if (next < 0) {
				return pattern;
			}
			segmentStart = next;
		}
		return pattern;
	}

}
