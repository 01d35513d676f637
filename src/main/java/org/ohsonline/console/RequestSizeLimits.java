package org.ohsonline.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.web.PayloadTooLargeException;
import org.ohsonline.shared.web.Problems;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Caps every request body by its kind: JSON and forms ({@code ohs.web.max-body}), XML documents
 * ({@code ohs.web.max-document}) and uploads ({@code spring.servlet.multipart.max-request-size}). A
 * request that announces a larger body is answered 413 before anything reads it, in the platform's
 * own format: a problem detail under {@code /api/}, the console's error page elsewhere. It runs ahead
 * of Spring Security, because the console's CSRF token travels in the very body that is refused. A
 * body of unannounced length is counted as it is read and refused at the limit
 * ({@link PayloadTooLargeException}, answered by the API's and the console's advice alike).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimits extends OncePerRequestFilter {

	/**
	 * The largest request bodies accepted.
	 * @param maxBody JSON bodies and forms (a batch of 500 exams or 10,000 readings stays well below)
	 * @param maxDocument XML documents (the national exchange format; the console's upload takes the same)
	 */
	@ConfigurationProperties("ohs.web")
	record Settings(@DefaultValue("4MB") DataSize maxBody, @DefaultValue("20MB") DataSize maxDocument) {
	}

	private final Settings settings;

	private final long maxUpload;

	private final ThymeleafViewResolver views;

	private final LocaleResolver locales;

	private final MessageSource messages;

	RequestSizeLimits(Settings settings,
			@Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize maxUpload, ThymeleafViewResolver views,
			LocaleResolver locales, MessageSource messages) {
		this.settings = settings;
		this.maxUpload = maxUpload.toBytes();
		this.views = views;
		this.locales = locales;
		this.messages = messages;
	}

	/** The limit for the body of the request, by its content type. */
	long limit(HttpServletRequest request) {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			return this.maxUpload;
		}
		if (type.contains("xml")) {
			return this.settings.maxDocument().toBytes();
		}
		return this.settings.maxBody().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limit(request);
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response, new PayloadTooLargeException(limit));
			return;
		}
		chain.doFilter(length < 0 ? new Bounded(request, limit) : request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, PayloadTooLargeException ex)
			throws IOException, ServletException {
		Locale locale = locale(request);
		String detail = this.messages.getMessage("shared.request.tooLarge", new Object[] { ex.readableLimit() }, locale);
		// The client may still be sending: tell it not to keep the connection for more.
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", detail);
			return;
		}
		try {
			request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
			View page = this.views.resolveViewName("error", locale);
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			page.render(Map.of("status", HttpStatus.CONTENT_TOO_LARGE.value(), "reasons", List.of(detail)), request,
					response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			throw failure;
		}
		catch (Exception failure) {
			throw new ServletException("The error page could not be rendered", failure);
		}
	}

	/**
	 * The language to answer in: {@code ?lang=} of the query string (never the body, which stays
	 * unread), else the remembered one.
	 */
	private Locale locale(HttpServletRequest request) {
		if (request.getQueryString() != null) {
			String lang = UriComponentsBuilder.newInstance()
				.query(request.getQueryString())
				.build()
				.getQueryParams()
				.getFirst("lang");
			if (lang != null) {
				return SupportedLocales.of(lang);
			}
		}
		return this.locales.resolveLocale(request);
	}

	/** A request whose body is counted as it is read, and refused past the limit. */
	static final class Bounded extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Bounded(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new BoundedStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
					: Charset.forName(getCharacterEncoding());
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	static final class BoundedStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		BoundedStream(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			this.read += n;
			if (this.read > this.limit) {
				throw new PayloadTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
