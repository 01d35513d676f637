package org.ohsonline.portal.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public address printed in QR codes: {@code ohs.public-base-url} when set (production refuses
 * to start without it, see {@code ProductionSettingsCheck}: a QR code outlives the request that made
 * it, a proxy may hide the public host, and documents issued by event listeners have no request),
 * otherwise the address of the request being served, otherwise {@code http://localhost:8080}.
 */
@Component
class PublicLinks {

	static final String FALLBACK = "http://localhost:8080";

	private final String configured;

	PublicLinks(@Value("${ohs.public-base-url:}") String configured) {
		this.configured = configured == null ? "" : configured.trim();
	}

	String verificationUrl(String code) {
		return base() + "/verify/" + code;
	}

	String base() {
		if (!this.configured.isEmpty()) {
			return stripSlash(this.configured);
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
			return stripSlash(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		}
		return FALLBACK;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
