package org.ohsonline.authorization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One pass of the matrix over every route, role and cell, in three phases: the reads; the writes
 * (those naming objects only in their path first, then those naming objects in their fields, which
 * can tie the foreign world to the matrix's, and last those attaching a named object to the one in
 * their path); the reads again, for what the writes tied together. The foreign world's rows are
 * compared after the reads, after each write route and after the second reads.
 */
final class MatrixRun {

	private final List<Route> routes;

	private final Bindings bindings;

	private final Expectations expectations;

	private final Requests requests;

	private final MatrixWorld world;

	private final ForeignRows foreign;

	private final MatrixReport report;

	private Map<String, Set<String>> rows;

	MatrixRun(List<Route> routes, Bindings bindings, Expectations expectations, Requests requests, MatrixWorld world,
			ForeignRows foreign, MatrixReport report) {
		this.routes = routes;
		this.bindings = bindings;
		this.expectations = expectations;
		this.requests = requests;
		this.world = world;
		this.foreign = foreign;
		this.report = report;
	}

	void run(Runnable beforeTyingWrites) {
		this.rows = this.foreign.snapshot();
		this.report.snapshots++;
		for (Route route : this.routes) {
			if (!route.write()) {
				run(route, "read", this.expectations, role -> true);
			}
		}
		compare("the reads");
		List<Route> writes = new ArrayList<>(this.routes.stream().filter(Route::write).toList());
		writes.sort(Comparator.comparing(r -> this.bindings.ties(r, this.world)));
		boolean tying = false;
		for (Route route : writes) {
			if (!tying && this.bindings.ties(route, this.world) > 0) {
				beforeTyingWrites.run();
				tying = true;
			}
			// A write whose every cell was refused, or had its input refused (the transaction rolled back),
			// changed nothing: the foreign rows are compared after the others only. (A console answer
			// of 200 may be a form with errors or a page after a change: it counts as a change.)
			if (run(route, "write", this.expectations, role -> true)) {
				compare(route.key());
			}
		}
		// In scope, the writes changed the matrix's own data, so only the leak detector judges those
		// cells now. A role a route denied (or sent to log in) is denied again, whatever the data: skipped.
		Set<String> denied = new HashSet<>();
		this.report.answers.stream()
			.filter(a -> a.cell() == Bindings.Cell.IN && (a.outcome() == Outcome.DENIED || a.outcome() == Outcome.AUTH))
			.forEach(a -> denied.add(a.route().key() + " " + a.role()));
		for (Route route : this.routes) {
			if (!route.write()) {
				run(route, "reread", null, role -> !denied.contains(route.key() + " " + role));
			}
		}
		compare("the second reads");
	}

	/** Sends the route's cells; whether any of them may have changed data (carried out, or failed). */
	private boolean run(Route route, String phase, Expectations expected, Predicate<MatrixRole> roles) {
		if (!this.bindings.unbound(route).isEmpty()) {
			return false;
		}
		boolean changing = false;
		Expectations.Row row = expected == null ? null : expected.row(route);
		for (MatrixRole role : MatrixRole.values()) {
			if (!roles.test(role)) {
				continue;
			}
			for (Bindings.Request request : this.bindings.requests(route, role, this.world)) {
				Judge.Answer answer = this.requests.send(request, role, phase, row == null ? null : row.expected().get(role));
				this.report.add(answer);
				changing |= answer.succeeded() || !route.api() && answer.status() / 100 == 2
						|| answer.outcome() == Outcome.ERROR || answer.outcome() == Outcome.OTHER;
			}
		}
		return changing;
	}

	private void compare(String after) {
		long started = System.currentTimeMillis();
		Map<String, Set<String>> now = this.foreign.snapshot();
		this.report.snapshots++;
		this.report.snapshotMillis += System.currentTimeMillis() - started;
		List<String> differences = ForeignRows.differences(this.rows, now);
		if (!differences.isEmpty()) {
			this.report.foreignChanges.put(after, differences);
			if (this.report.tiedBy == null) {
				this.report.tiedBy = after;
			}
		}
		this.rows = now;
	}

	/** What keeps the matrix from covering every route: rows, bindings or public facts missing or left over. */
	static void checkCoverage(List<Route> routes, Bindings bindings, Expectations expectations, PublicFacts facts,
			MatrixReport report) {
		for (Route route : routes) {
			if (expectations.row(route) == null) {
				report.coverage.add("no expectations for " + route.key() + " (" + route.handlerName() + ", "
						+ route.preAuthorize() + ")");
			}
			List<String> unbound = bindings.unbound(route);
			if (!unbound.isEmpty()) {
				report.coverage.add("no binding for " + unbound + " of " + route.key());
			}
		}
		expectations.stale(routes)
			.forEach(key -> report.coverage.add("expectations for a route that no longer exists: " + key));
		bindings.stale(routes).forEach(rule -> report.coverage.add("binding that matches no route: " + rule));
		facts.stale(routes).forEach(key -> report.coverage.add("public facts for a route that no longer exists: " + key));
	}

}
