package org.ohsonline.authorization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The binding table ({@code authorization/bindings.csv}): which object of the world each path
 * variable and id-carrying parameter stands for, so every route gets concrete requests for the
 * in-scope and the foreign object. Rows are {@code kind,route,name,value}:
 * <ul>
 * <li>{@code path,<pattern prefix>,<variable>,<value>}: the variable of every route under the prefix
 * (the longest prefix wins);</li>
 * <li>{@code param,*,<name>,<value>}: the request parameter, form field or JSON field wherever a
 * handler reads it; {@code param,<METHOD pattern>,<name>,<value>}: sent to that route always (the
 * fields a scenario needs, e.g. a hire by identity number);</li>
 * <li>{@code probe,*,<name>,<value>}: sent by the foreign probe of a list that reads the parameter;</li>
 * <li>{@code header,<METHOD pattern>,<name>,<value>}: a request header the route needs (an htmx fragment,
 * an idempotency key: {@code @unique} is a new one per request).</li>
 * </ul>
 * A value {@code @key} is an object of the world (the in-scope one or the foreign one, by cell; see
 * {@link MatrixWorld}), {@code @today±N} a date, {@code json:…} raw JSON in a JSON body; anything else is sent
 * as written.
 */
final class Bindings {

	private static final Pattern TODAY = Pattern.compile("@today([+-]\\d+)?");

	record Rule(String kind, String route, String name, String value) {

		boolean object() {
			return this.value.startsWith("@") && !TODAY.matcher(this.value).matches();
		}

	}

	/** Which objects a cell takes from which side. */
	enum Cell {

		/** Everything in scope of the role. */
		IN,
		/** Everything foreign where the foreign world has it. */
		OUT,
		/** The path in scope, the parameters naming objects foreign. */
		CROSS,
		/** A list without ids, filtered towards the foreign world. */
		PROBE

	}

	/**
	 * A request of a cell, before the role's credentials are added. A cell whose path names foreign
	 * objects also knows the path naming no object at all ({@link #MISSING}), to tell a refusal of the
	 * input from a look at the object.
	 */
	record Request(Route route, Cell cell, String path, Map<String, String> params, boolean foreignPath,
			boolean foreignParams, String missingPath, Map<String, String> headers) {
	}

	/** An id that no object of any kind has. */
	static final String MISSING = "987654321";

	private final List<Rule> rules;

	private Bindings(List<Rule> rules) {
		this.rules = rules;
	}

	static Bindings load(String resource) throws IOException {
		List<Rule> rules = new ArrayList<>();
		try (InputStream in = Bindings.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("kind,")) {
					continue;
				}
				String[] f = line.split(",", 4);
				rules.add(new Rule(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim()));
			}
		}
		return new Bindings(rules);
	}

	/** Path variables of the route that no rule binds (a new route needs a row). */
	List<String> unbound(Route route) {
		List<String> missing = new ArrayList<>();
		for (String variable : route.pathVariables()) {
			if (pathRule(route, variable) == null) {
				missing.add(variable);
			}
		}
		for (String required : route.required()) {
			if (paramRules(route).stream().noneMatch(r -> r.name().equals(required))) {
				missing.add("?" + required);
			}
		}
		return missing;
	}

	/** Rules that match no route any more. */
	List<Rule> stale(List<Route> routes) {
		List<Rule> stale = new ArrayList<>();
		for (Rule rule : this.rules) {
			boolean used = switch (rule.kind()) {
				case "path" -> routes.stream()
					.anyMatch(r -> under(r.pattern(), rule.route()) && r.pathVariables().contains(rule.name()));
				default -> rule.route().equals("*") || routes.stream().anyMatch(r -> r.key().equals(rule.route()));
			};
			if (!used) {
				stale.add(rule);
			}
		}
		return stale;
	}

	/**
	 * How far the route's writes can tie the foreign world to the matrix's: 0, it names objects only
	 * in its path; 1, it names objects in its fields (a lookup, a booking form); 2, it attaches an
	 * object named in its fields to one in its path (an engagement, a hire, an enrolment).
	 */
	int ties(Route route, MatrixWorld world) {
		boolean params = paramRules(route).stream().anyMatch(r -> r.object() && anyForeign(world, r));
		boolean path = route.pathVariables().stream().map(v -> pathRule(route, v)).anyMatch(r -> r != null && r.object()
				&& anyForeign(world, r));
		return !params ? 0 : path ? 2 : 1;
	}

	private static boolean anyForeign(MatrixWorld world, Rule rule) {
		return Arrays.stream(MatrixRole.values()).anyMatch(role -> hasForeign(world, role, rule));
	}

	/** The cells of the route and their requests for the role. */
	List<Request> requests(Route route, MatrixRole role, MatrixWorld world) {
		Map<String, Rule> path = new LinkedHashMap<>();
		route.pathVariables().forEach(v -> path.put(v, pathRule(route, v)));
		List<Rule> params = paramRules(route);
		boolean pathObjects = path.values().stream().anyMatch(r -> r != null && r.object() && hasForeign(world, role, r));
		boolean paramObjects = params.stream().anyMatch(r -> r.object() && hasForeign(world, role, r));
		List<Request> requests = new ArrayList<>();
		requests.add(request(route, Cell.IN, role, world, path, params, false, false));
		if (!role.loggedIn()) {
			return requests;
		}
		if (pathObjects || paramObjects) {
			requests.add(request(route, Cell.OUT, role, world, path, params, pathObjects, paramObjects));
		}
		if (pathObjects && paramObjects) {
			requests.add(request(route, Cell.CROSS, role, world, path, params, false, true));
		}
		if (!pathObjects && !route.write()) {
			List<Rule> probes = this.rules.stream()
				.filter(r -> r.kind().equals("probe") && route.takes().contains(r.name()))
				.toList();
			if (!probes.isEmpty()) {
				Request in = requests.get(0);
				Map<String, String> probing = new LinkedHashMap<>(in.params());
				probes.forEach(p -> probing.put(p.name(), p.value()));
				requests.add(new Request(route, Cell.PROBE, in.path(), probing, false, true, null, in.headers()));
			}
		}
		return requests;
	}

	private Request request(Route route, Cell cell, MatrixRole role, MatrixWorld world, Map<String, Rule> path,
			List<Rule> params, boolean foreignPath, boolean foreignParams) {
		Map<String, String> variables = new LinkedHashMap<>();
		Map<String, String> missing = new LinkedHashMap<>();
		path.forEach((name, rule) -> {
			variables.put(name, rule == null ? "0" : value(rule, role, world, foreignPath));
			missing.put(name, rule != null && rule.object() ? MISSING : variables.get(name));
		});
		Map<String, String> values = new LinkedHashMap<>();
		params.stream()
			.filter(rule -> !rule.value().equals("-"))
			.forEach(rule -> values.put(rule.name(), value(rule, role, world, foreignParams)));
		Map<String, String> headers = new LinkedHashMap<>();
		this.rules.stream()
			.filter(r -> r.kind().equals("header") && r.route().equals(route.key()))
			.forEach(r -> headers.put(r.name(), r.value().equals("@unique") ? UUID.randomUUID().toString()
					: r.value()));
		return new Request(route, cell, route.path(variables), values, foreignPath, foreignParams,
				foreignPath ? route.path(missing) : null, headers);
	}

	private static boolean hasForeign(MatrixWorld world, MatrixRole role, Rule rule) {
		return world.value(role, rule.value().substring(1), true) != null;
	}

	private static String value(Rule rule, MatrixRole role, MatrixWorld world, boolean foreign) {
		Matcher today = TODAY.matcher(rule.value());
		if (today.matches()) {
			int days = today.group(1) == null ? 0 : Integer.parseInt(today.group(1));
			return SideBuilder.today().plusDays(days).toString();
		}
		if (!rule.object()) {
			return rule.value();
		}
		String key = rule.value().substring(1);
		String value = foreign ? world.value(role, key, true) : null;
		if (value == null) {
			value = world.value(role, key, false);
		}
		if (value == null) {
			throw new IllegalStateException("The world has no " + key + " (rule " + rule + ")");
		}
		return value;
	}

	private Rule pathRule(Route route, String variable) {
		Rule best = null;
		for (Rule rule : this.rules) {
			if (rule.kind().equals("path") && rule.name().equals(variable) && under(route.pattern(), rule.route())
					&& (best == null || rule.route().length() > best.route().length())) {
				best = rule;
			}
		}
		return best;
	}

	private List<Rule> paramRules(Route route) {
		Map<String, Rule> chosen = new LinkedHashMap<>();
		for (Rule rule : this.rules) {
			if (rule.kind().equals("param") && rule.route().equals("*") && route.takes().contains(rule.name())) {
				chosen.putIfAbsent(rule.name(), rule);
			}
		}
		for (Rule rule : this.rules) {
			if (rule.kind().equals("param") && rule.route().equals(route.key())) {
				chosen.put(rule.name(), rule);
			}
		}
		return new ArrayList<>(chosen.values());
	}

	/** Whether the pattern lies under the prefix, segment by segment. */
	private static boolean under(String pattern, String prefix) {
		return pattern.equals(prefix) || pattern.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")
				|| pattern.startsWith(prefix + ".");
	}

}
