package org.ohsonline.console;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.web.PayloadTooLargeException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Console pages answer the platform's exceptions with the error page and the right status; the
 * API has its own advice producing problem details.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ConsoleErrors {

	private final MessageSource messages;

	private final ConsoleModel console;

	ConsoleErrors(MessageSource messages, ConsoleModel console) {
		this.messages = messages;
		this.console = console;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, List.of(), request, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, List.of(), request, response);
	}

	/** A rule broken by an action without a form (e.g. locking oneself): say which rule. */
	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(InvalidInputException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.BAD_REQUEST, ex.errors()
			.stream()
			.map(e -> this.messages.getMessage(e.code(), e.arguments().toArray(), e.code(),
					LocaleContextHolder.getLocale()))
			.toList(), request, response);
	}

	/** A body over its limit found while reading it (see {@link RequestSizeLimits}), or an upload over its own. */
	@ExceptionHandler({ PayloadTooLargeException.class, MaxUploadSizeExceededException.class })
	ModelAndView tooLarge(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		PayloadTooLargeException tooLarge = ex instanceof PayloadTooLargeException payload ? payload
				: new PayloadTooLargeException(Math.max(((MaxUploadSizeExceededException) ex).getMaxUploadSize(), 0));
		return page(HttpStatus.CONTENT_TOO_LARGE, List.of(this.messages.getMessage("shared.request.tooLarge",
				new Object[] { tooLarge.readableLimit() }, LocaleContextHolder.getLocale())), request, response);
	}

	/** The error page, with the user's navigation: an error is no reason to lose one's way. */
	private ModelAndView page(HttpStatus status, List<String> reasons, HttpServletRequest request,
			HttpServletResponse response) {
		ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "reasons", reasons), status);
		this.console.addTo(page, request, response);
		return page;
	}

}
