package org.ohsonline.authorization;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules a cell's answer is held to. In scope: the outcome the expectations file gives the role.
 * Foreign, the rule is fixed and needs no column: a request whose path names a foreign object is
 * refused (403, 404, or sent to log in); a request that names foreign objects only in its parameters
 * may be answered (a list filtered to nothing, a form saying the employer is unknown), but a write
 * must not be carried out. Everywhere, no answer shows the foreign marker.
 */
final class Judge {

	static final Set<Outcome> REFUSED = EnumSet.of(Outcome.DENIED, Outcome.HIDDEN, Outcome.AUTH);

	/** Why cells fail, in the order the report lists them. */
	enum Problem {

		/** The answer shows the foreign marker. */
		LEAK("foreign data in the answer"),
		/** A request for a foreign object (in the path) was not refused. */
		FOREIGN_REACHED("foreign object in the path, not refused"),
		/** A write naming foreign objects in its fields was carried out. */
		FOREIGN_WRITE("write naming a foreign object carried out"),
		/** A foreign cell failed with a server error or never reached a decision. */
		FOREIGN_ERROR("foreign cell answered with an error"),
		/** An in-scope cell got another outcome than the expectations file says. */
		UNEXPECTED("in scope, not the expected outcome"),
		/** An in-scope cell reached its handler, which failed on the minimal input (not authorization, but a bug). */
		SERVER_ERROR("in scope, the handler failed on minimal input (5xx)");

		final String title;

		Problem(String title) {
			this.title = title;
		}

	}

	/** One answered cell. */
	record Answer(Bindings.Request request, MatrixRole role, String phase, int status, Outcome outcome,
			Set<Outcome> expected, String excerpt, boolean succeeded, String error, Integer missingStatus) {

		Route route() {
			return this.request.route();
		}

		Bindings.Cell cell() {
			return this.request.cell();
		}

		/** Why the cell fails, or {@code null}. */
		Problem problem() {
			if (!this.excerpt.isEmpty()) {
				return Problem.LEAK;
			}
			if (cell() == Bindings.Cell.IN) {
				if (this.expected == null || this.expected.contains(this.outcome)) {
					return null;
				}
				return this.outcome == Outcome.ERROR && this.expected.contains(Outcome.PERMITTED) ? Problem.SERVER_ERROR
						: Problem.UNEXPECTED;
			}
			if (this.request.foreignPath()) {
				// Refused, or answered exactly as for an object that does not exist (the input was refused
				// before any object was looked at): nothing about the foreign object came out.
				boolean asIfMissing = this.missingStatus != null && this.missingStatus == this.status;
				return REFUSED.contains(this.outcome) || asIfMissing ? null : Problem.FOREIGN_REACHED;
			}
			if (this.outcome == Outcome.ERROR || this.outcome == Outcome.OTHER) {
				return Problem.FOREIGN_ERROR;
			}
			return route().write() && this.succeeded ? Problem.FOREIGN_WRITE : null;
		}

		String describe() {
			String expectedText = cell() == Bindings.Cell.IN
					? (this.expected == null ? "?" : codes(this.expected))
					: this.request.foreignPath() ? "D|H|A" : route().write() ? "not carried out" : "no foreign data";
			return String.format("%-6s %-58s %-11s %-5s %-5s expected %-16s actual %s %d%s%s", route().method(),
					route().pattern(), this.role.column, this.cell(), this.phase, expectedText, this.outcome.code,
					this.status, (this.missingStatus == null ? "" : " (no object: " + this.missingStatus + ")")
							+ (this.excerpt.isEmpty() ? "" : "  «" + this.excerpt + "»"),
					this.error == null ? "" : "  " + this.error)
				+ "\n         " + this.request.path() + (this.request.params().isEmpty() ? "" : " " + this.request.params());
		}

	}

	static String codes(Set<Outcome> outcomes) {
		return String.join("|", outcomes.stream().map(o -> o.code).toList());
	}

	private Judge() {
	}

}
