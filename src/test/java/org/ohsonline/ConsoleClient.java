package org.ohsonline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen, for tests against running instances: keeps cookies (which, like a
 * browser's, are the same for every port of 127.0.0.1, so one client can move between instances),
 * logs in through the form with its CSRF token and sends forms and uploads. Redirects are not
 * followed, so tests see where they lead.
 */
public final class ConsoleClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"");

	private final HttpClient http;

	public ConsoleClient() {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Logs in at {@code base} (e.g. {@code http://127.0.0.1:8080}); fails unless sent to the home page. */
	public void logIn(String base, String username, String password) throws IOException, InterruptedException {
		String csrf = csrf(get(base + "/login", Map.of()).body());
		HttpResponse<String> response = postForm(base + "/login",
				Map.of("username", username, "password", password, "_csrf", csrf), Map.of());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode() + " " + location);
		}
	}

	public HttpResponse<String> get(String url, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<String> postForm(String url, Map<String, String> fields, Map<String, String> headers)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart form with one file and text fields, as the upload forms send it. */
	public HttpResponse<String> upload(String url, Map<String, String> fields, String fileField, String filename,
			byte[] content) throws IOException, InterruptedException {
		String boundary = "----ohs" + UUID.randomUUID().toString().replace("-", "");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the first form on a page. */
	public static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

}
