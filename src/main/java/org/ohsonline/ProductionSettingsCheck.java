package org.ohsonline;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile half-configured: a production instance must never fall
 * back to the embedded demo database or to a generated key (Keycloak's lesson, see STYLE.md), nor
 * print QR codes that lead to {@code localhost}: documents issued outside a request (by event
 * listeners and jobs) have no request address to fall back on.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

	static final String PUBLIC_BASE_URL = "OHS_PUBLIC_BASE_URL";

	static final List<String> REQUIRED = List.of("OHS_DB_URL", "OHS_DB_USER", "OHS_DB_PASSWORD", "OHS_SECRET_KEY",
			PUBLIC_BASE_URL);

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> missing = new ArrayList<>();
		for (String name : REQUIRED) {
			String value = environment.getProperty(name);
			if (value == null || value.isBlank()) {
				missing.add(name);
			}
		}
		Map<String, String> invalid = new LinkedHashMap<>();
		String base = environment.getProperty(PUBLIC_BASE_URL);
		if (base != null && !base.isBlank()) {
			publicBaseUrlProblem(base.trim()).ifPresent(problem -> invalid.put(PUBLIC_BASE_URL, problem));
		}
		if (!missing.isEmpty() || !invalid.isEmpty()) {
			throw new MissingProductionSettingsException(missing, invalid);
		}
	}

	/**
	 * What is wrong with a public address for QR codes, if anything. It must be absolute, with a host,
	 * over https (http only for a loopback host, as in tests), and at most a path under which the
	 * platform is served: {@code /verify/<code>} is appended to it, so no query, no fragment, no
	 * credentials, no empty path segment. One trailing slash is allowed and dropped.
	 */
	static Optional<String> publicBaseUrlProblem(String value) {
		URI uri;
		try {
			uri = new URI(value);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a URL (" + ex.getReason() + ")");
		}
		if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
			return Optional.of("must be an absolute address with a host, such as https://ohs.example.gov.cn");
		}
		String scheme = uri.getScheme().toLowerCase();
		if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
			return Optional.of("must use https:// (http:// only for localhost)");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("must not carry a user name or password");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			return Optional.of("must not have a query (?…) or fragment (#…): /verify/<code> is appended to it");
		}
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		String kept = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		if (kept.contains("//") || kept.endsWith("/")) {
			return Optional.of("has an empty path segment (//); give the address the platform is served at");
		}
		return Optional.empty();
	}

	private static boolean isLoopback(String host) {
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+\\]")) {
			// A name: resolving it at start-up would make the check depend on DNS.
			return false;
		}
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@Override
	public int getOrder() {
		// After the config data has been loaded, so that profiles set in files are seen.
		return Ordered.LOWEST_PRECEDENCE;
	}

}
