package org.ohsonline.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Correlation;
import org.ohsonline.shared.RequestsInProgress;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its correlation id before anything else runs (so even a refused body or a
 * failed login logs it), answers it in {@value Correlation#HEADER}, and clears it afterwards. Being
 * around every request, it also counts the requests in progress ({@link RequestsInProgress}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = Correlation.acceptOrCreate(request.getHeader(Correlation.HEADER));
		response.setHeader(Correlation.HEADER, id);
		RequestsInProgress.begin();
		try (Correlation.Scope scope = Correlation.begin(id)) {
			chain.doFilter(request, response);
		}
		finally {
			RequestsInProgress.end();
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
