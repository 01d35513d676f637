package org.ohsonline.shared.web;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document names each schema by its simple class name, and where two types share one it
 * silently keeps one of them: {@code POST /declarations/{id}/return} was documented with the testing
 * module's {@code ReturnRequest} ({@code reason}) instead of its own ({@code reasons}). Every type an
 * API takes or answers must have a schema name of its own ({@code @Schema(name = …)} where the simple
 * names meet).
 */
class ApiSchemaNamesTests {

	@Test
	void everyTypeOfTheApiHasASchemaNameOfItsOwn() throws Exception {
		Map<String, Set<String>> byName = new TreeMap<>();
		Set<Class<?>> seen = new HashSet<>();
		for (Class<?> api : restControllers()) {
			for (Method method : api.getDeclaredMethods()) {
				if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
					continue;
				}
				List<Type> types = new ArrayList<>();
				types.add(method.getGenericReturnType());
				for (int i = 0; i < method.getParameterCount(); i++) {
					if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
						types.add(method.getGenericParameterTypes()[i]);
					}
				}
				Operation operation = method.getAnnotation(Operation.class);
				if (operation != null) {
					for (var content : operation.requestBody().content()) {
						types.add(content.schema().implementation());
					}
					for (ApiResponse response : operation.responses()) {
						for (var content : response.content()) {
							types.add(content.schema().implementation());
						}
					}
				}
				types.forEach(type -> collect(type, seen, byName));
			}
		}
		assertThat(byName).as("schema names found (the scan must not be vacuous)").hasSizeGreaterThan(40);
		Map<String, Set<String>> shared = new TreeMap<>(byName);
		shared.values().removeIf(classes -> classes.size() < 2);
		assertThat(shared).as("schema names used by more than one type").isEmpty();
	}

	private static List<Class<?>> restControllers() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		List<Class<?>> controllers = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.ohsonline")) {
			controllers.add(Class.forName(candidate.getBeanClassName()));
		}
		return controllers;
	}

	/** The platform's own types reachable from {@code type}, by the schema name each gets. */
	private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<String>> byName) {
		if (type instanceof ParameterizedType parameterized) {
			collect(parameterized.getRawType(), seen, byName);
			for (Type argument : parameterized.getActualTypeArguments()) {
				collect(argument, seen, byName);
			}
			return;
		}
		if (!(type instanceof Class<?> raw)) {
			return;
		}
		if (raw.isArray()) {
			collect(raw.getComponentType(), seen, byName);
			return;
		}
		if (!raw.getName().startsWith("org.ohsonline.") || !seen.add(raw)) {
			return;
		}
		Schema schema = raw.getAnnotation(Schema.class);
		String name = schema != null && !schema.name().isEmpty() ? schema.name() : raw.getSimpleName();
		byName.computeIfAbsent(name, n -> new TreeSet<>()).add(raw.getName());
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				collect(component.getGenericType(), seen, byName);
			}
		}
	}

}
