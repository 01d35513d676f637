package org.ohsonline.authorization;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One row of the matrix: an HTTP method and a path pattern served by a controller method, as the
 * application's own handler mapping lists them at run time (so a new route is in the matrix the
 * moment it exists). A mapping without a method ({@code /error}, the API's unknown-path answer) is
 * {@code ANY} and is requested with GET.
 */
record Route(String method, String pattern, HandlerMethod handler, MediaType consumes) {

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}");

	String key() {
		return this.method + " " + this.pattern;
	}

	boolean api() {
		return this.pattern.startsWith("/api/");
	}

	boolean write() {
		return !this.method.equals("GET") && !this.method.equals("ANY");
	}

	String requestMethod() {
		return this.method.equals("ANY") ? "GET" : this.method;
	}

	List<String> pathVariables() {
		List<String> names = new ArrayList<>();
		Matcher m = VARIABLE.matcher(this.pattern);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** The path with each variable replaced by its value. */
	String path(Map<String, String> values) {
		Matcher m = VARIABLE.matcher(this.pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "0")));
		}
		m.appendTail(path);
		return path.toString().replace("/**", "/matrix-unknown");
	}

	/** The request parameters, form fields and JSON body fields the handler reads. */
	Set<String> takes() {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : parameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(ModelAttribute.class)
					|| parameter.getParameterAnnotations().length == 0
							&& parameter.getParameterType().getName().startsWith("org.ohsonline.")
							&& !parameter.getParameterType().getSimpleName().equals("Actor")) {
				names.addAll(properties(parameter.getParameterType()));
			}
		}
		return names;
	}

	/** Request parameters the handler cannot do without (missing, the request fails before authorization). */
	Set<String> required() {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : parameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && param.required() && param.defaultValue().equals(
					org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
					&& !parameter.getParameterType().getSimpleName().equals("MultipartFile")
					&& !Map.class.isAssignableFrom(parameter.getParameterType())) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
		}
		return names;
	}

	/** The JSON or XML body the handler reads, if any. */
	boolean readsBody() {
		return Arrays.stream(this.handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
	}

	/** The permission {@code @PreAuthorize} demands on the method or its class, or {@code -}. */
	String preAuthorize() {
		PreAuthorize on = AnnotatedElementUtils.findMergedAnnotation(this.handler.getMethod(), PreAuthorize.class);
		if (on == null) {
			on = AnnotatedElementUtils.findMergedAnnotation(this.handler.getBeanType(), PreAuthorize.class);
		}
		if (on == null) {
			return "-";
		}
		Matcher m = Pattern.compile("hasAuthority\\('([^']+)'\\)").matcher(on.value());
		return m.find() ? m.group(1) : on.value();
	}

	String handlerName() {
		return this.handler.getBeanType().getSimpleName() + "." + this.handler.getMethod().getName();
	}

	private List<MethodParameter> parameters() {
		List<MethodParameter> list = new ArrayList<>();
		for (MethodParameter parameter : this.handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			list.add(parameter);
		}
		return list;
	}

	private static Collection<String> properties(Class<?> type) {
		if (type.isRecord()) {
			return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		if (type.isArray() || type.isPrimitive() || type.getName().startsWith("java.")) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		Arrays.stream(BeanUtils.getPropertyDescriptors(type))
			.filter(d -> d.getWriteMethod() != null)
			.forEach(d -> names.add(d.getName()));
		return names;
	}

	/** Every route the application serves, one per method and pattern, sorted by pattern. */
	static List<Route> of(Collection<RequestMappingHandlerMapping> mappings) {
		Map<String, Route> routes = new LinkedHashMap<>();
		for (RequestMappingHandlerMapping mapping : mappings) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = e.getKey();
				Set<String> methods = new LinkedHashSet<>();
				info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst().orElse(null);
				for (String pattern : info.getPatternValues()) {
					for (String method : methods) {
						routes.putIfAbsent(method + " " + pattern, new Route(method, pattern, e.getValue(), consumes));
					}
				}
			}
		}
		return routes.values()
			.stream()
			.sorted(Comparator.comparing(Route::pattern).thenComparing(Route::method))
			.toList();
	}

}
