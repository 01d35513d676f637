package org.ohsonline.shared.web;

import java.net.URI;
import java.util.List;

import tools.jackson.core.JacksonException;

import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where API errors become RFC 9457 problem details: the platform's own exceptions,
 * Spring MVC's (malformed JSON, missing parameters, validation) and anything unexpected.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final MessageSource messages;

	public ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/** A field error as it appears in the {@code errors} member of a problem. */
	public record FieldProblem(String field, String code, String message) {
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "not-found",
				ex.type() + " " + ex.id() + " does not exist or is outside your scope");
	}

	@ExceptionHandler({ AccessDeniedException.class,
			org.springframework.security.access.AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "You lack the permission for this action");
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", this.messages.getMessage(
				"shared.request.tooLarge", new Object[] { ex.readableLimit() }, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		List<FieldProblem> errors = ex.errors()
			.stream()
			.map(e -> new FieldProblem(e.field(), e.code(),
					this.messages.getMessage(e.code(), e.arguments().toArray(), e.code(), LocaleContextHolder.getLocale())))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input",
				errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid");
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"An unexpected error occurred; it has been logged");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields");
		problem.setProperty("errors", fieldProblems(ex.getBindingResult()));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A body that cannot be read: not JSON, or a value that does not fit its field, which is named
	 * (see {@link JsonInput}); one read past the size limit is a 413.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
			}
			if (cause instanceof JacksonException json) {
				return ResponseEntity.badRequest().body(invalid(new InvalidInputException(List.of(JsonInput.problem(json)))));
			}
		}
		String code = ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")
				? "shared.input.bodyRequired" : "shared.input.malformed";
		return ResponseEntity.badRequest().body(invalid(InvalidInputException.of(null, code)));
	}

	/** A path variable, parameter or header of the wrong type ({@code /users/abc}), named. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: ex.getPropertyName();
		Class<?> type = ex.getRequiredType();
		String code = type != null && (Number.class.isAssignableFrom(type) || type == long.class || type == int.class)
				? "shared.input.number" : "shared.input.wrongType";
		return ResponseEntity.badRequest().body(invalid(new InvalidInputException(List.of(FieldError.of(name, code)))));
	}

	/** An upload over the multipart limit: the same 413 as any other body over its limit. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(tooLarge(new PayloadTooLargeException(Math.max(ex.getMaxUploadSize(), 0))));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getType() != null
				&& "about:blank".equals(problem.getType().toString())) {
			problem.setType(URI.create(Problems.TYPE_BASE + "http-" + statusCode.value()));
		}
		return response;
	}

	private List<FieldProblem> fieldProblems(BindingResult result) {
		return result.getFieldErrors()
			.stream()
			.map(e -> new FieldProblem(e.getField(), e.getCode(),
					this.messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList();
	}


}
