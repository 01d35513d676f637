package org.ohsonline.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.shared.NotFoundException;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers API paths that no endpoint serves, so that they too get a problem detail rather than the
 * console's error page. Every real endpoint is a more specific match and wins.
 */
@RestController
class UnknownApiPath {

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) {
		throw new NotFoundException("API endpoint", request.getMethod() + " " + request.getRequestURI());
	}

}
