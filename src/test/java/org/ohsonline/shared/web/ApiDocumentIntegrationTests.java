package org.ohsonline.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohsonline.IntegrationTest;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * /v3/api-docs describes what the endpoints really read and write. Every {@code /api/**} handler of
 * the application's own handler mapping is looked up in the document; each {@code @RequestBody} is
 * compared with the documented request body, and each JSON response with the documented one, as the
 * application's Jackson mapper reads and writes the Java types (properties by name, JSON type,
 * enum values, recursively through nested records, lists and maps). Every schema name must stand
 * for one Java type only: schemas of the same name overwrite one another.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentIntegrationTests {

	/**
	 * Bodies a handler reads or writes by hand (a file is a resource streamed with ranges); their
	 * @Operation names the type they carry.
	 */
	private static final Set<Class<?>> RAW_BODIES = Set.of(byte[].class, String.class, Object.class,
			org.springframework.core.io.Resource.class);

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
			"trace");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Autowired
	JsonMapper json;

	private DocumentedSchemas documented;

	private SchemaComparison requests;

	private SchemaComparison responses;

	private SchemaComparison parameters;

	private final List<String> undocumented = new ArrayList<>();

	private final List<String> unchecked = new ArrayList<>();

	private int operations;

	private int requestBodies;

	private int responseBodies;

	@BeforeAll
	void walkTheDocumentAndTheHandlers() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode document = this.json.readTree(body);
		this.documented = new DocumentedSchemas(document);
		WireShapes shapes = new WireShapes(this.json);
		this.requests = new SchemaComparison(shapes, this.documented);
		this.responses = new SchemaComparison(shapes, this.documented);
		this.parameters = new SchemaComparison(shapes, this.documented);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.handlers.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					walk(document, mapping.getKey(), pattern, mapping.getValue(), shapes);
				}
			}
		}
		System.out.printf("API document: %d operations, %d request bodies and %d response bodies compared, "
				+ "%d schemas in the document, %d met in request bodies, %d in responses; not compared: %s%n",
				this.operations, this.requestBodies, this.responseBodies, this.documented.names().size(),
				this.requests.typesBySchema().size(), this.responses.typesBySchema().size(), this.unchecked);
	}

	@Test
	void documentsEveryApiEndpoint() {
		assertThat(this.operations).isGreaterThan(100);
		assertThat(this.undocumented).withFailMessage(() -> "Endpoints missing from /v3/api-docs:\n"
				+ String.join("\n", this.undocumented)).isEmpty();
	}

	@Test
	void documentsEveryRequestBodyAsTheEndpointReadsIt() {
		assertThat(this.requestBodies).isGreaterThan(40);
		assertThat(this.requests.mismatches()).withFailMessage(() -> this.requests.mismatches().size()
				+ " request bodies differ from their documentation:\n" + String.join("\n", this.requests.mismatches()))
			.isEmpty();
	}

	@Test
	void documentsEveryResponseBodyAsTheEndpointWritesIt() {
		assertThat(this.responseBodies).isGreaterThan(100);
		assertThat(this.responses.mismatches()).withFailMessage(() -> this.responses.mismatches().size()
				+ " response bodies differ from their documentation:\n" + String.join("\n", this.responses.mismatches()))
			.isEmpty();
	}

	@Test
	void givesEveryJavaTypeASchemaOfItsOwn() {
		Map<String, Set<String>> types = new TreeMap<>();
		for (SchemaComparison comparison : List.of(this.requests, this.responses, this.parameters)) {
			comparison.typesBySchema()
				.forEach((name, javaTypes) -> types.computeIfAbsent(name, n -> new TreeSet<>()).addAll(javaTypes));
		}
		List<String> problems = new ArrayList<>();
		types.forEach((name, javaTypes) -> {
			if (javaTypes.size() > 1) {
				problems.add(name + " stands for " + javaTypes.size() + " types: " + javaTypes);
			}
		});
		for (String name : this.documented.names()) {
			if (!types.containsKey(name)) {
				problems.add(name + " is the schema of no request body, response or parameter");
			}
			if (!name.matches("[A-Za-z0-9]+")) {
				problems.add(name + " is not a readable name: another type took the readable one (see SchemaNames)");
			}
		}
		assertThat(problems).withFailMessage(() -> problems.size() + " schema names are wrong:\n"
				+ String.join("\n", problems)).isEmpty();
	}

	private void walk(JsonNode document, RequestMappingInfo info, String pattern, HandlerMethod handler,
			WireShapes shapes) {
		// springdoc writes {id:\d+} as {id}
		String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
		JsonNode item = document.path("paths").path(path);
		Set<String> methods = new LinkedHashSet<>();
		info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name().toLowerCase(Locale.ROOT)));
		if (methods.isEmpty()) {
			item.propertyNames().stream().filter(HTTP_METHODS::contains).forEach(methods::add);
		}
		if (methods.isEmpty()) {
			this.undocumented.add(path + " (" + handler + ")");
		}
		for (String method : methods) {
			JsonNode operation = item.path(method);
			String where = method.toUpperCase(Locale.ROOT) + " " + path;
			if (operation.isMissingNode()) {
				this.undocumented.add(where + " (" + handler + ")");
				continue;
			}
			this.operations++;
			requestBodies(where, handler, operation, shapes);
			responseBodies(where, handler, operation, shapes);
			parameters(where, handler, operation, shapes);
		}
	}

	private void requestBodies(String where, HandlerMethod handler, JsonNode operation, WireShapes shapes) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			if (!parameter.hasParameterAnnotation(RequestBody.class)) {
				continue;
			}
			JsonNode content = operation.path("requestBody").path("content");
			if (content.isEmpty()) {
				this.requests.mismatches().add(where + " request body: not documented");
				continue;
			}
			JavaType accepted = accepted(handler, parameter, shapes);
			for (Map.Entry<String, JsonNode> media : content.properties()) {
				this.requests.compare(where + " request body (" + media.getKey() + ")", accepted,
						media.getValue().path("schema"), WireShapes.Direction.READ);
			}
			this.requestBodies++;
		}
	}

	private void responseBodies(String where, HandlerMethod handler, JsonNode operation, WireShapes shapes) {
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			String code = response.getKey();
			if (!code.startsWith("2")) {
				continue;
			}
			for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
				if (!isJson(media.getKey())) {
					continue;
				}
				JavaType written = written(handler, code, shapes);
				String at = where + " response " + code + " (" + media.getKey() + ")";
				if (written == null) {
					this.unchecked.add(at);
					continue;
				}
				this.responses.compare(at, written, media.getValue().path("schema"),
						WireShapes.Direction.WRITE);
				this.responseBodies++;
			}
		}
	}

	/** Parameters are not JSON; they are walked only to learn which Java types their schemas stand for. */
	private void parameters(String where, HandlerMethod handler, JsonNode operation, WireShapes shapes) {
		for (JsonNode documentedParameter : operation.path("parameters").values()) {
			String name = documentedParameter.path("name").asString();
			for (MethodParameter declared : handler.getMethodParameters()) {
				MethodParameter parameter = declared.clone();
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				if (name.equals(parameter.getParameterName())) {
					this.parameters.compare(where + " parameter " + name,
							shapes.type(parameter.getGenericParameterType()), documentedParameter.path("schema"),
							WireShapes.Direction.WRITE);
				}
			}
		}
	}

	/** What the handler reads: its parameter's type, or for a raw body the type its @Operation names. */
	private static JavaType accepted(HandlerMethod handler, MethodParameter parameter, WireShapes shapes) {
		if (RAW_BODIES.contains(parameter.getParameterType())) {
			Operation operation = handler.getMethodAnnotation(Operation.class);
			Class<?> declared = operation == null ? null : implementation(operation.requestBody().content());
			if (declared != null) {
				return shapes.type(declared);
			}
		}
		return shapes.type(parameter.getGenericParameterType());
	}

	/**
	 * What the handler writes with the status: its return type (unwrapped from ResponseEntity), or for
	 * a raw body the type its @ApiResponse for the status names; {@code null} when it does not say.
	 */
	private static JavaType written(HandlerMethod handler, String code, WireShapes shapes) {
		JavaType returned = shapes.type(handler.getReturnType().getGenericParameterType());
		if (HttpEntity.class.isAssignableFrom(returned.getRawClass())) {
			returned = returned.findTypeParameters(HttpEntity.class)[0];
		}
		Class<?> raw = returned.getRawClass();
		if (RAW_BODIES.contains(raw)) {
			Class<?> declared = declaredResponse(handler.getMethod(), code);
			if (declared != null) {
				return shapes.type(declared);
			}
			if (raw == Object.class) {
				return null;
			}
			if (raw == org.springframework.core.io.Resource.class) {
				return shapes.type(byte[].class);
			}
		}
		if (raw == void.class || raw == Void.class) {
			return null;
		}
		return returned;
	}

	private static Class<?> declaredResponse(Method method, String code) {
		List<ApiResponse> declared = new ArrayList<>(
				AnnotatedElementUtils.findMergedRepeatableAnnotations(method, ApiResponse.class, ApiResponses.class));
		Operation operation = AnnotatedElementUtils.findMergedAnnotation(method, Operation.class);
		if (operation != null) {
			declared.addAll(List.of(operation.responses()));
		}
		return declared.stream()
			.filter(response -> response.responseCode().equals(code))
			.map(response -> implementation(response.content()))
			.filter(type -> type != null)
			.findFirst()
			.orElse(null);
	}

	private static Class<?> implementation(Content[] contents) {
		for (Content content : contents) {
			if (content.schema().implementation() != Void.class) {
				return content.schema().implementation();
			}
		}
		return null;
	}

	private static boolean isJson(String mediaType) {
		return mediaType.equals("*/*") || mediaType.equals("application/json") || mediaType.endsWith("+json");
	}

}
