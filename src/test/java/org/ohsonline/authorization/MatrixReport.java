package org.ohsonline.authorization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the matrix found, in one readable report: its size, the outcomes per class, what keeps the
 * matrix from being complete (routes without expectations, expectations without routes, unbound
 * path variables), and every failing cell grouped by why it fails. Also writes the observed
 * in-scope outcomes as a CSV in the expectations' format, for reviewing a change of expectations.
 */
final class MatrixReport {

	final List<String> coverage = new ArrayList<>();

	final List<Judge.Answer> answers = new ArrayList<>();

	final Map<String, List<String>> foreignChanges = new LinkedHashMap<>();

	/** The first request that changed the foreign world: later failures may be its consequences. */
	String tiedBy;

	private final Map<Judge.Answer, String> after = new IdentityHashMap<>();

	int routes;

	int snapshots;

	long snapshotMillis;

	int apiRoutes;

	void add(Judge.Answer answer) {
		this.answers.add(answer);
		if (this.tiedBy != null) {
			this.after.put(answer, this.tiedBy);
		}
	}

	boolean failed() {
		return !this.coverage.isEmpty() || !this.foreignChanges.isEmpty()
				|| this.answers.stream().anyMatch(a -> a.problem() != null);
	}

	String text(int requests, long millis) {
		StringBuilder out = new StringBuilder("\n===== Authorization matrix =====\n");
		long cells = this.answers.size();
		out.append(String.format("routes %d (console %d, API %d) × roles %d; cells %d (%s); requests sent %d; %.1f s%n",
				this.routes, this.routes - this.apiRoutes, this.apiRoutes, MatrixRole.values().length, cells,
				countBy(a -> a.cell().name() + (a.phase().equals("reread") ? " reread" : "")), requests, millis / 1000.0));
		out.append(String.format("foreign rows compared %d times (%.1f s of it)%n", this.snapshots,
				this.snapshotMillis / 1000.0));
		out.append("in-scope outcomes: ")
			.append(countBy(a -> a.cell() == Bindings.Cell.IN ? a.outcome().name() : null))
			.append('\n');
		out.append("foreign outcomes:  ")
			.append(countBy(a -> a.cell() != Bindings.Cell.IN ? a.outcome().name() : null))
			.append('\n');
		Map<Judge.Problem, List<Judge.Answer>> failing = new EnumMap<>(Judge.Problem.class);
		this.answers.stream()
			.filter(a -> a.problem() != null)
			.forEach(a -> failing.computeIfAbsent(a.problem(), p -> new ArrayList<>()).add(a));
		out.append("failing cells: ").append(failing.values().stream().mapToInt(List::size).sum());
		failing.forEach((p, l) -> out.append(", ").append(p.name()).append(' ').append(l.size()));
		out.append('\n');
		if (!this.coverage.isEmpty()) {
			out.append("\n-- the matrix is incomplete (").append(this.coverage.size()).append(")\n");
			this.coverage.forEach(c -> out.append("  ").append(c).append('\n'));
		}
		failing.forEach((problem, list) -> {
			out.append("\n-- ").append(problem.name()).append(": ").append(problem.title).append(" (")
				.append(list.size()).append(")\n");
			list.stream().filter(a -> !this.after.containsKey(a)).forEach(a -> out.append("  ").append(a.describe()).append('\n'));
			List<Judge.Answer> later = list.stream().filter(this.after::containsKey).toList();
			if (!later.isEmpty()) {
				out.append("  after ").append(this.tiedBy)
					.append(" changed the foreign world (see FOREIGN_CHANGED; these may be its consequences):\n");
				later.forEach(a -> out.append("  ").append(a.describe()).append('\n'));
			}
		});
		if (!this.foreignChanges.isEmpty()) {
			out.append("\n-- FOREIGN_CHANGED: foreign rows changed by matrix requests (").append(this.foreignChanges.size())
				.append(" routes)\n");
			this.foreignChanges.forEach((route, diffs) -> {
				out.append("  after ").append(route).append('\n');
				diffs.forEach(d -> out.append("     ").append(d).append('\n'));
			});
		}
		return out.toString();
	}

	private String countBy(Function<Judge.Answer, String> key) {
		Map<String, Integer> counts = new TreeMap<>();
		this.answers.forEach(a -> {
			String k = key.apply(a);
			if (k != null) {
				counts.merge(k, 1, Integer::sum);
			}
		});
		return counts.toString().replace("{", "").replace("}", "").replace("=", " ");
	}

	/** The in-scope outcomes as observed, one row per route, in the format of matrix.csv. */
	void writeObserved(Path file, List<Route> routes, MatrixWorld world) throws IOException {
		Map<String, Map<MatrixRole, String>> observed = new LinkedHashMap<>();
		for (Judge.Answer a : this.answers) {
			if (a.cell() == Bindings.Cell.IN && !a.phase().equals("reread")) {
				observed.computeIfAbsent(a.route().key(), k -> new EnumMap<>(MatrixRole.class))
					.put(a.role(), a.outcome().code);
			}
		}
		List<String> lines = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("method", "pattern"));
		Expectations.COLUMNS.forEach(r -> header.add(r.column));
		header.add("note");
		lines.add(String.join(",", header));
		for (Route route : routes) {
			List<String> cells = new ArrayList<>(List.of(route.method(), route.pattern()));
			Map<MatrixRole, String> row = observed.getOrDefault(route.key(), Map.of());
			String permission = route.preAuthorize();
			for (MatrixRole role : Expectations.COLUMNS) {
				String derived = !role.loggedIn() ? "A" : permission.equals("-") ? "?"
						: world.permissions.get(role).contains(permission) ? "P" : "D";
				String seen = row.getOrDefault(role, "-");
				cells.add(seen.equals(derived) ? seen : seen + "/" + derived);
			}
			cells.add("\"" + route.handlerName() + " " + permission + "\"");
			lines.add(String.join(",", cells));
		}
		Files.createDirectories(file.getParent());
		Files.write(file, lines, StandardCharsets.UTF_8);
		List<String> held = new ArrayList<>();
		world.permissions.forEach((role, permissions) -> permissions.stream()
			.sorted()
			.forEach(p -> held.add(role.role + "|" + p)));
		Files.write(file.resolveSibling("role-permissions.txt"), held, StandardCharsets.UTF_8);
	}

}
