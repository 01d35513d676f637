package org.ohsonline.console;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Writes the links of a page to webjars with their version (a webjar upgraded is a new URL, so no browser keeps the
 * old file), and leaves every other link alone. It takes the place of Spring's {@link ResourceUrlEncodingFilter},
 * which Spring Boot registers because a webjars locator is on the class path: that filter asks the resource chain
 * about every link a page builds, and as the static resources are served under {@code /**} every link — to an
 * employer, a case, a page of a list — is looked up on the class path, in the nested jar, and missed. That was 60 %
 * of a risk portrait page's processor time on the province (docs/benchmarks.md#risk-classification).
 */
@Component
class WebjarLinks extends ResourceUrlEncodingFilter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
			chain.doFilter(request, response);
			return;
		}
		String webjars = http.getContextPath() + "/webjars/";
		chain.doFilter(request, new HttpServletResponseWrapper(page) {

			@Override
			public String encodeURL(String url) {
				if (url.startsWith(webjars) && http
					.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider links) {
					String versioned = links.getForRequestUrl(http, url);
					if (versioned != null) {
						return super.encodeURL(versioned);
					}
				}
				return super.encodeURL(url);
			}

		});
	}

}
