package org.ohsonline.shared.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Bad input against every write operation of the API, generated from the application's own OpenAPI
 * document: for each POST, PUT, PATCH and DELETE under {@code /api/v1} and its request body schema,
 * malformed and missing bodies, an empty object, bodies of the wrong kind, and per field (nested ones
 * too) {@code null}, a wrong type, zero, negative and huge numbers, impossible dates, 100 kB strings,
 * control characters, blanks, unknown enum values and lists holding {@code null}; the path id of an
 * existing object in scope, then 0, −1, a huge, an overflowing and a non-numeric id.
 * <p>
 * Nothing may answer 500, or answer 2xx while its transaction is marked for rollback (it would fail
 * on commit); every 4xx is {@code application/problem+json}; a 400 for a field names the field
 * ({@code errors[].field}); an existing object read again after a refused request is unchanged. The
 * administrator calls with every permission they hold, so permission checks do not hide handler
 * bugs, with every variant; the narrower roles that own records call with the body as a whole.
 * <p>
 * Each operation runs inside a transaction that is rolled back, each request inside a savepoint, so
 * whatever bad input is accepted leaves nothing behind for other tests in the shared context. The
 * request count and the answers by status go to the output and {@code target/bad-input-report.txt}.
 */
@IntegrationTest
class ApiBadInputIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Path REPORT = Path.of("target", "bad-input-report.txt");

	/** Callers besides the administrator, each the owner of some records (their own scope). */
	private static final List<String> NARROWER = List.of("county", "employer", "agency", "institution", "diagnosis",
			"worker");

	private static final List<String> BAD_IDS = List.of("0", "-1", String.valueOf(Long.MAX_VALUE), "99999999999999999999",
			"abc");

	private static final List<String> FEW_BAD_IDS = List.of("0", "abc");

	/** Where an object of a path without a list of its own is found (the administrator's scope covers them). */
	private static final Map<String, String> LOOKUPS = Map.of("/api/v1/sites",
			"select id from registry.site order by id limit 1", "/api/v1/workshops",
			"select id from registry.workshop order by id limit 1", "/api/v1/employments",
			"select id from registry.employment where left_on is null order by id limit 1", "/api/v1/staff",
			"select id from agency.staff order by id limit 1", "/api/v1/engagements",
			"select id from agency.engagement order by id limit 1", "/api/v1/diagnosis/patients",
			"select id from diagnosis.patient order by id limit 1", "/api/v1/workers",
			"select id from registry.worker order by id limit 1");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final Map<Integer, Integer> outcomes = new TreeMap<>();

	private final Map<String, Integer> requestsBy = new LinkedHashMap<>();

	private final List<String> accepted = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	@TestFactory
	Stream<DynamicNode> everyWriteOperationRefusesBadInputWithAProblem() throws Exception {
		long started = System.nanoTime();
		JsonNode document = JSON
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsByteArray());
		Generator generator = new Generator(document);
		List<Operation> operations = Operation.writes(document);
		List<DynamicNode> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("the document lists the write operations",
				() -> assertThat(operations).hasSizeGreaterThan(60)));
		Caller admin = caller("admin");
		for (Operation operation : operations) {
			tests.add(DynamicTest.dynamicTest("admin " + operation, () -> assertThat(
					exercise(admin, operation, generator.all(operation), BAD_IDS)).as("admin " + operation).isEmpty()));
		}
		for (String username : NARROWER) {
			tests.add(DynamicTest.dynamicTest(username + " on every write operation", () -> {
				Caller caller = caller(username);
				List<String> found = new ArrayList<>();
				for (Operation operation : operations) {
					if (caller.mayAttempt(operation)) {
						found.addAll(exercise(caller, operation, generator.few(operation), FEW_BAD_IDS));
					}
				}
				assertThat(found).as(username).isEmpty();
			}));
		}
		tests.add(DynamicTest.dynamicTest("summary", () -> summarise(operations.size(), started)));
		return tests.stream();
	}

	/** A caller with an API token holding every permission the user has. */
	private Caller caller(String username) throws Exception {
		UserDetails user = this.details.loadUserByUsername(username);
		String[] permissions = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.contains(":"))
			.toArray(String[]::new);
		return new Caller(username, Set.of(permissions), ApiTokens.issue(this.mvc, user(user), permissions));
	}

	/** The variants against the operation, inside a transaction rolled back at the end. */
	private List<String> exercise(Caller caller, Operation operation, List<Variant> variants, List<String> badIds) {
		List<String> found = new TransactionTemplate(this.transactions).execute(status -> {
			try {
				return exercise(caller, operation, variants, badIds, status);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				status.setRollbackOnly();
			}
		});
		found.forEach(f -> this.failures.add(caller.username() + " " + f));
		return found;
	}

	/**
	 * Every request runs in a savepoint rolled back after it: what it changed is undone, and so is the
	 * rollback mark an exception leaves on the transaction, which is how a request that answered 2xx
	 * while its transaction can no longer commit is told.
	 */
	private List<String> exercise(Caller caller, Operation operation, List<Variant> variants, List<String> badIds,
			TransactionStatus status) throws Exception {
		List<String> found = new ArrayList<>();
		Optional<String> existing = operation.hasId() ? isolated(status, () -> existing(caller, operation))
				: Optional.empty();
		if (operation.body() != null) {
			String id = existing.orElse("0");
			String reread = existing.isPresent() ? operation.readPath(id) : null;
			String before = reread == null ? null : isolated(status, () -> read(caller, reread));
			for (Variant variant : variants) {
				isolated(status, () -> {
					Answer answer = send(caller, operation, id, variant);
					check(operation, id, variant, answer, found);
					if (answer.status() < 300 && status.isRollbackOnly()) {
						found.add(describe(operation, id, variant, answer)
								+ " with its transaction marked for rollback: it would fail on commit");
					}
					if (before != null && answer.status() >= 400 && !before.equals(read(caller, reread))) {
						found.add(describe(operation, id, variant, answer) + " changed " + reread);
					}
					return null;
				});
			}
		}
		if (operation.hasId()) {
			// Bodiless operations (lock, submit, revoke) are sent to bad ids only: on an existing object
			// they would simply succeed.
			Variant variant = operation.body() == null ? Variant.NONE : variants.get(variants.size() - 1);
			for (String id : badIds) {
				isolated(status, () -> {
					check(operation, id, variant, send(caller, operation, id, variant), found);
					return null;
				});
			}
		}
		return found;
	}

	interface Work<T> {

		T run() throws Exception;

	}

	private static <T> T isolated(TransactionStatus status, Work<T> work) throws Exception {
		Object savepoint = status.createSavepoint();
		try {
			return work.run();
		}
		finally {
			status.rollbackToSavepoint(savepoint);
			status.releaseSavepoint(savepoint);
		}
	}

	/** An object the path's operation may target, in the caller's scope: the first of its list. */
	private Optional<String> existing(Caller caller, Operation operation) throws Exception {
		if (operation.path().endsWith("/{day}")) {
			// A day, not an id: a future one, as a working calendar takes.
			return Optional.of(LocalDate.now().plusDays(40).toString());
		}
		String collection = operation.collection();
		MvcResult list = this.mvc.perform(get(collection).header("Authorization", "Bearer " + caller.token())).andReturn();
		if (list.getResponse().getStatus() == 200) {
			JsonNode body = JSON.readTree(list.getResponse().getContentAsByteArray());
			JsonNode items = body.isArray() ? body : body.path("items");
			if (items.isArray() && !items.isEmpty() && items.get(0).has("id")) {
				return Optional.of(items.get(0).get("id").asString());
			}
		}
		String sql = LOOKUPS.get(collection);
		if (sql == null || !caller.username().equals("admin")) {
			return Optional.empty();
		}
		return this.jdbc.sql(sql).query(Long.class).optional().map(String::valueOf);
	}

	private String read(Caller caller, String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).header("Authorization", "Bearer " + caller.token())).andReturn();
		return result.getResponse().getStatus() + " " + result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private Answer send(Caller caller, Operation operation, String id, Variant variant) throws Exception {
		String path = operation.path().replaceAll("\\{[^}]+}", id);
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(operation.method()), path)
			.header("Authorization", "Bearer " + caller.token());
		for (String header : operation.headers()) {
			request.header(header, UUID.randomUUID().toString());
		}
		if (variant.body() != null) {
			request.contentType(variant.contentType()).content(variant.body());
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		this.outcomes.merge(status, 1, Integer::sum);
		this.requestsBy.merge(caller.username(), 1, Integer::sum);
		Answer answer = new Answer(status, result.getResponse().getContentType(),
				result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		if (status < 300 && variant != Variant.NONE) {
			this.accepted.add(caller.username() + " " + describe(operation, id, variant, answer));
		}
		return answer;
	}

	private static void check(Operation operation, String id, Variant variant, Answer answer, List<String> found) {
		String what = describe(operation, id, variant, answer);
		if (answer.status() >= 500) {
			found.add(what + ": " + abbreviate(answer.body()));
			return;
		}
		if (answer.status() < 400) {
			return;
		}
		if (answer.contentType() == null
				|| !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(answer.contentType()))) {
			found.add(what + " is not a problem: " + answer.contentType());
			return;
		}
		if (answer.status() == 400 && variant.field() != null) {
			boolean named = false;
			for (JsonNode error : JSON.readTree(answer.body()).path("errors")) {
				String field = error.path("field").asString("");
				named |= field.equals(variant.field()) || field.startsWith(variant.field() + "[");
			}
			if (!named) {
				found.add(what + " does not name " + variant.field() + ": " + abbreviate(answer.body()));
			}
		}
	}

	private static String describe(Operation operation, String id, Variant variant, Answer answer) {
		return operation.method() + " " + operation.path().replaceAll("\\{[^}]+}", id) + " [" + variant.name() + "] → "
				+ answer.status();
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	private void summarise(int operations, long started) throws Exception {
		int requests = this.outcomes.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder report = new StringBuilder();
		report.append("write operations: ").append(operations).append('\n');
		report.append("requests: ").append(requests).append(" in ")
			.append((System.nanoTime() - started) / 1_000_000_000).append(" s\n");
		report.append("requests by caller: ").append(this.requestsBy).append('\n');
		report.append("answers by status:\n");
		this.outcomes.forEach((status, count) -> report.append("  ").append(status).append(": ").append(count).append('\n'));
		report.append("bad-input variants accepted (2xx, each rolled back): ").append(this.accepted.size()).append('\n');
		this.accepted.forEach(a -> report.append("  ").append(a).append('\n'));
		report.append("failures: ").append(this.failures.size()).append('\n');
		this.failures.forEach(f -> report.append("  ").append(f.replace('\n', ' ')).append('\n'));
		System.out.println("Bad input over the API:\n" + report);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report);
		assertThat(this.outcomes.keySet()).as("statuses answered").noneMatch(status -> status >= 500);
	}

	record Caller(String username, Set<String> permissions, String token) {

		/**
		 * Whether the caller holds a permission the operation's summary names (or it names none): the
		 * narrower roles skip what only answers them 403.
		 */
		boolean mayAttempt(Operation operation) {
			return operation.permissions().isEmpty() || operation.permissions().stream().anyMatch(this.permissions::contains);
		}

	}

	record Answer(int status, String contentType, String body) {
	}

	/**
	 * One write operation of the document: its method and path, the headers it takes, and its JSON
	 * (or XML) request body schema with {@code $ref}s resolved.
	 */
	record Operation(String method, String path, List<String> headers, JsonNode body, String bodyType,
			List<String> permissions, JsonNode document) {

		private static final Pattern PERMISSION = Pattern.compile("\\b[a-z]+:[a-z-]+:[a-z]+\\b");

		static List<Operation> writes(JsonNode document) {
			List<Operation> operations = new ArrayList<>();
			for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
				if (!path.getKey().startsWith("/api/v1/")) {
					continue;
				}
				for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
					String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
					if (!List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
						continue;
					}
					List<String> headers = new ArrayList<>();
					for (JsonNode parameter : op.getValue().path("parameters")) {
						if ("header".equals(parameter.path("in").asString())) {
							headers.add(parameter.path("name").asString());
						}
					}
					JsonNode body = null;
					String type = null;
					for (Map.Entry<String, JsonNode> media : op.getValue().path("requestBody").path("content").properties()) {
						if (type == null || media.getKey().contains("json")) {
							type = media.getKey();
							body = resolve(document, media.getValue().path("schema"));
						}
					}
					List<String> permissions = PERMISSION.matcher(op.getValue().path("summary").asString(""))
						.results()
						.map(MatchResult::group)
						.toList();
					operations.add(new Operation(method, path.getKey(), headers, body, type, permissions, document));
				}
			}
			return operations;
		}

		static JsonNode resolve(JsonNode document, JsonNode schema) {
			JsonNode current = schema;
			for (int i = 0; i < 10 && current.has("$ref"); i++) {
				String name = current.get("$ref").asString().replace("#/components/schemas/", "");
				current = document.path("components").path("schemas").path(name);
			}
			return current;
		}

		boolean hasId() {
			return this.path.contains("{");
		}

		/** The list that holds the path's objects: the path up to its id. */
		String collection() {
			return this.path.substring(0, this.path.indexOf("/{"));
		}

		/** The GET of the object the operation changes, when the document has one. */
		String readPath(String id) {
			String object = this.path.substring(0, this.path.indexOf('}') + 1);
			return this.document.path("paths").path(object).has("get") ? object.replaceAll("\\{[^}]+}", id) : null;
		}

		boolean json() {
			return this.bodyType != null && this.bodyType.contains("json");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	/**
	 * A request body: its name, the field it breaks when a 400 must name it (dotted path with
	 * indexes), its content type and bytes.
	 */
	record Variant(String name, String field, String contentType, byte[] body) {

		static final Variant NONE = new Variant("no body", null, null, null);

		static Variant of(String name, String contentType, String body) {
			return new Variant(name, null, contentType, body.getBytes(StandardCharsets.UTF_8));
		}

	}

	/** The variants of an operation, from its schema. */
	static final class Generator {

		private static final String JSON_TYPE = MediaType.APPLICATION_JSON_VALUE;

		private final JsonNode document;

		Generator(JsonNode document) {
			this.document = document;
		}

		/** Bodies wrong as a whole, then the plausible example (last: bad ids are sent with it). */
		List<Variant> whole(Operation operation) {
			List<Variant> variants = new ArrayList<>();
			if (operation.body() == null) {
				return variants;
			}
			String type = operation.bodyType();
			if (!operation.json()) {
				variants.add(Variant.of("xml: empty", type, ""));
				variants.add(Variant.of("xml: not XML", type, "{\"exams\": []}"));
				variants.add(Variant.of("xml: entity", type,
						"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
				variants.add(Variant.of("xml: NUL", type, "<x>\u0000</x>"));
				variants.add(Variant.of("xml: as JSON", JSON_TYPE, "{}"));
				variants.add(Variant.of("xml: malformed", type, "<DataExchange><EventBody>"));
				return variants;
			}
			variants.add(Variant.of("malformed JSON", JSON_TYPE, "{\"a\": "));
			variants.add(Variant.of("missing body", JSON_TYPE, ""));
			variants.add(Variant.of("empty object", JSON_TYPE, "{}"));
			variants.add(Variant.of("JSON null", JSON_TYPE, "null"));
			variants.add(Variant.of("array for object", JSON_TYPE, "[1, 2]"));
			variants.add(Variant.of("bare string", JSON_TYPE, "\"x\""));
			variants.add(Variant.of("deep nesting", JSON_TYPE, "[".repeat(5000)));
			variants.add(Variant.of("as text/plain", MediaType.TEXT_PLAIN_VALUE, "{}"));
			variants.add(Variant.of("example", JSON_TYPE, example(operation.body(), 0).toString()));
			return variants;
		}

		/** What narrower callers send: a malformed and an empty body, then the example. */
		List<Variant> few(Operation operation) {
			List<Variant> whole = whole(operation);
			return whole.size() < 3 ? whole : List.of(whole.get(0), whole.get(2), whole.get(whole.size() - 1));
		}

		/** The whole-body variants and, for JSON, every field broken in turn. */
		List<Variant> all(Operation operation) {
			List<Variant> variants = new ArrayList<>();
			if (operation.json() && example(operation.body(), 0) instanceof ObjectNode root) {
				fields(operation.body(), root, "", root, variants, 0);
			}
			variants.addAll(whole(operation));
			return variants;
		}

		private void fields(JsonNode schema, ObjectNode object, String prefix, ObjectNode root, List<Variant> variants,
				int depth) {
			for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
				String name = property.getKey();
				String path = prefix + name;
				JsonNode propertySchema = Operation.resolve(this.document, property.getValue());
				JsonNode original = object.get(name);
				for (Map.Entry<String, Bad> bad : bad(propertySchema).entrySet()) {
					object.set(name, bad.getValue().value());
					variants.add(new Variant(path + ": " + bad.getKey(), bad.getValue().named() ? path : null, JSON_TYPE,
							root.toString().getBytes(StandardCharsets.UTF_8)));
				}
				object.set(name, original);
				if (depth < 2 && original instanceof ObjectNode nested) {
					fields(propertySchema, nested, path + ".", root, variants, depth + 1);
				}
				if (depth < 2 && original instanceof ArrayNode array && !array.isEmpty()
						&& array.get(0) instanceof ObjectNode element) {
					fields(Operation.resolve(this.document, propertySchema.path("items")), element, path + "[0].", root,
							variants, depth + 1);
				}
			}
		}

		/** A plausible value: the first constant of an enum, a recent date, 1, {@code "x"}. */
		JsonNode example(JsonNode schema, int depth) {
			JsonNode resolved = Operation.resolve(this.document, schema);
			if (resolved.has("enum")) {
				return NODES.stringNode(resolved.get("enum").get(0).asString());
			}
			return switch (type(resolved)) {
				case "object" -> {
					ObjectNode object = NODES.objectNode();
					if (depth < 4) {
						resolved.path("properties").properties().forEach(p -> object.set(p.getKey(), example(p.getValue(), depth + 1)));
					}
					yield object;
				}
				case "array" -> {
					ArrayNode array = NODES.arrayNode();
					if (depth < 4) {
						array.add(example(resolved.path("items"), depth + 1));
					}
					yield array;
				}
				case "integer", "number" -> NODES.numberNode(1);
				case "boolean" -> NODES.booleanNode(true);
				default -> resolved.path("example").isString() ? resolved.path("example")
						: switch (resolved.path("format").asString("")) {
					case "date" -> NODES.stringNode(LocalDate.now().minusDays(3).toString());
					case "time", "partial-time" -> NODES.stringNode("08:00:00");
					case "date-time" -> NODES.stringNode(OffsetDateTime.now().minusHours(1).toString());
					default -> NODES.stringNode("x");
				};
			};
		}

		/** A bad value and whether a 400 must name the field it is put in. */
		record Bad(JsonNode value, boolean named) {
		}

		/** The bad values for a field of the schema, by name. */
		Map<String, Bad> bad(JsonNode schema) {
			Map<String, Bad> bad = new LinkedHashMap<>();
			Function<JsonNode, Bad> named = value -> new Bad(value, true);
			Function<JsonNode, Bad> any = value -> new Bad(value, false);
			bad.put("null", any.apply(NODES.nullNode()));
			switch (type(schema)) {
				case "integer", "number" -> {
					bad.put("wrong type", named.apply(NODES.stringNode("abc")));
					bad.put("zero", any.apply(NODES.numberNode(0)));
					bad.put("negative", any.apply(NODES.numberNode(-1)));
					bad.put("huge", any.apply(NODES.numberNode(new BigDecimal("1e400"))));
				}
				case "boolean" -> bad.put("wrong type", named.apply(NODES.stringNode("abc")));
				case "array" -> {
					bad.put("wrong type", named.apply(NODES.objectNode().put("a", 1)));
					bad.put("empty array", any.apply(NODES.arrayNode()));
					bad.put("array of null", named.apply(NODES.arrayNode().addNull()));
				}
				case "object" -> bad.put("wrong type", named.apply(NODES.arrayNode().add(1)));
				default -> {
					bad.put("wrong type", named.apply(NODES.objectNode().put("a", 1)));
					String format = schema.path("format").asString("");
					if (schema.has("enum")) {
						bad.put("unknown enum", named.apply(NODES.stringNode("NO_SUCH_VALUE")));
					}
					else if (format.equals("date")) {
						bad.put("impossible date", named.apply(NODES.stringNode("2026-02-30")));
						bad.put("not a date", named.apply(NODES.stringNode("yesterday")));
					}
					else if (format.equals("date-time")) {
						bad.put("impossible time", named.apply(NODES.stringNode("2026-13-01T25:00:00Z")));
					}
					else {
						bad.put("100 kB", named.apply(NODES.stringNode("长".repeat(100_000 / 3))));
						bad.put("control NUL", named.apply(NODES.stringNode("a\u0000b")));
						bad.put("control BEL", named.apply(NODES.stringNode("\u0007")));
						bad.put("blank", any.apply(NODES.stringNode("   ")));
					}
				}
			}
			return bad;
		}

		static String type(JsonNode schema) {
			JsonNode type = schema.path("type");
			if (type.isArray()) {
				for (JsonNode t : type) {
					if (!"null".equals(t.asString())) {
						return t.asString();
					}
				}
			}
			if (type.isString()) {
				return type.asString();
			}
			return schema.has("properties") ? "object" : "string";
		}

	}

}
