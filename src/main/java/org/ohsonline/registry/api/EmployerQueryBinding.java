package org.ohsonline.registry.api;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.shared.InvalidInputException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads an {@link EmployerQuery} straight from the request's parameters. Nine {@code @RequestParam}s
 * went each through Spring's type conversion (a string to a string, the converter looked up by the
 * parameter's annotated type every time): 9 % of a request thread's processor time in the province's
 * employer search (docs/benchmarks.md, issue 20 item 8). A page or size that is not a whole number is
 * answered as any other wrong number is, a problem naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class EmployerQueryBinding implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return EmployerQuery.class.equals(parameter.getParameterType());
	}

	@Override
	public EmployerQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return new EmployerQuery(request.getParameter("q"), request.getParameter("region"),
				request.getParameter("industry"), request.getParameter("sizeClass"), request.getParameter("severity"),
				request.getParameter("status"), request.getParameter("sort"), number(request, "page"),
				number(request, "size"));
	}

	/** A whole number, or {@code null} when absent or blank (as Spring's conversion of an empty parameter gives). */
	static Integer number(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(name, "shared.input.number");
		}
	}

}
