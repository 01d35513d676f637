package org.ohsonline.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a route shows every user by design, even of another province ({@code authorization/public.csv}):
 * rows {@code <METHOD pattern>,<regular expression over the answer's text>,<why>}. The leak detector
 * ignores exactly those matches, so the file names each such decision and nothing else gets past.
 */
final class PublicFacts {

	private final Map<String, List<Pattern>> allowed = new HashMap<>();

	private PublicFacts() {
	}

	static PublicFacts load(String resource) throws IOException {
		PublicFacts facts = new PublicFacts();
		try (InputStream in = PublicFacts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("route,")) {
					continue;
				}
				String[] f = line.split(",", 3);
				facts.allowed.computeIfAbsent(f[0].trim(), k -> new ArrayList<>())
					.add(Pattern.compile(f[1].replace("@marker", Pattern.quote(MatrixWorld.MARKER))));
			}
		}
		return facts;
	}

	List<Pattern> allowed(Route route) {
		return this.allowed.getOrDefault(route.key(), List.of());
	}

	/** Rows for routes the application no longer serves. */
	List<String> stale(List<Route> routes) {
		List<String> keys = new ArrayList<>(this.allowed.keySet());
		routes.forEach(r -> keys.remove(r.key()));
		return keys;
	}

}
