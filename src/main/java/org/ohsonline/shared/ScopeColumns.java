package org.ohsonline.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Which column (or expression) of a query carries each key that a {@link Scope} can match: the
 * region code, the employer's, agency's or institution's credit code, the worker's register id, or
 * the blind index of a person's identity number. A kind of scope without a column sees no rows.
 * <p>
 * Declared once per table as a constant, e.g.
 * {@code ScopeColumns.on("j").region("region_code").employer("credit_code").agency("agency_credit_code")};
 * {@link #predicate()} gives the one parameterised predicate that {@link ScopeFilter#parameters()}
 * binds. The column texts are fixed in code, never taken from a request.
 */
public final class ScopeColumns {

	private final String alias;

	private final String region;

	private final String employer;

	private final String agency;

	private final String institution;

	private final String worker;

	private final String person;

	private ScopeColumns(String alias, String region, String employer, String agency, String institution, String worker,
			String person) {
		this.alias = alias;
		this.region = region;
		this.employer = employer;
		this.agency = agency;
		this.institution = institution;
		this.worker = worker;
		this.person = person;
	}

	/**
	 * Columns of the table with this alias; a plain column name given to the builder methods is
	 * qualified with it, an expression (anything but a name) is taken as written.
	 */
	public static ScopeColumns on(String alias) {
		return new ScopeColumns(alias, null, null, null, null, null, null);
	}

	/** Rows whose region code starts with a region scope's prefix. */
	public ScopeColumns region(String column) {
		return new ScopeColumns(this.alias, qualify(column), this.employer, this.agency, this.institution, this.worker,
				this.person);
	}

	/** Rows of the employer whose credit code an employer scope names. */
	public ScopeColumns employer(String column) {
		return new ScopeColumns(this.alias, this.region, qualify(column), this.agency, this.institution, this.worker,
				this.person);
	}

	/** Rows of the service agency whose credit code an agency scope names. */
	public ScopeColumns agency(String column) {
		return new ScopeColumns(this.alias, this.region, this.employer, qualify(column), this.institution, this.worker,
				this.person);
	}

	/** Rows of the exam or diagnosis institution whose credit code an institution scope names. */
	public ScopeColumns institution(String column) {
		return new ScopeColumns(this.alias, this.region, this.employer, this.agency, qualify(column), this.worker,
				this.person);
	}

	/** Rows of the worker whose register id a person scope resolves to ({@link ScopeFilter#of(Actor, java.util.Optional)}). */
	public ScopeColumns worker(String column) {
		return new ScopeColumns(this.alias, this.region, this.employer, this.agency, this.institution, qualify(column),
				this.person);
	}

	/** Rows keyed by the blind index of the identity number that a person scope holds. */
	public ScopeColumns person(String column) {
		return new ScopeColumns(this.alias, this.region, this.employer, this.agency, this.institution, this.worker,
				qualify(column));
	}

	/**
	 * The predicate selecting the rows a scope may see. Every clause tests its own parameter for
	 * null, and {@link ScopeFilter} sets exactly one, so the same statement serves every kind of
	 * scope; without any column it is {@code false}.
	 */
	public String predicate() {
		List<String> clauses = new ArrayList<>();
		if (this.region != null) {
			clauses.add("(cast(:" + ScopeFilter.REGION + " as text) is not null and " + this.region + " like cast(:"
					+ ScopeFilter.REGION + " as text) || '%')");
		}
		addEquals(clauses, this.employer, ScopeFilter.EMPLOYER, "text");
		addEquals(clauses, this.agency, ScopeFilter.AGENCY, "text");
		addEquals(clauses, this.institution, ScopeFilter.INSTITUTION, "text");
		addEquals(clauses, this.worker, ScopeFilter.WORKER, "bigint");
		addEquals(clauses, this.person, ScopeFilter.PERSON, "text");
		return clauses.isEmpty() ? "false" : "(" + String.join("\n or ", clauses) + ")";
	}

	/**
	 * The predicate for one filter, for list queries that already limit their rows to the region
	 * that {@link ScopeFilter#narrowRegion} gives: {@code true} for a region scope, the one equality
	 * on the filter's key otherwise, {@code false} where this table has no column for it. A fixed
	 * fragment per kind of scope lets PostgreSQL use the list's indexes, which an {@code OR} over
	 * parameters would not.
	 */
	public String predicateWithinRegion(ScopeFilter filter) {
		if (filter.region() != null) {
			return this.region != null ? "true" : "false";
		}
		List<String> clauses = new ArrayList<>();
		addEquality(clauses, filter.employer(), this.employer, ScopeFilter.EMPLOYER, "text");
		addEquality(clauses, filter.agency(), this.agency, ScopeFilter.AGENCY, "text");
		addEquality(clauses, filter.institution(), this.institution, ScopeFilter.INSTITUTION, "text");
		addEquality(clauses, filter.worker(), this.worker, ScopeFilter.WORKER, "bigint");
		addEquality(clauses, filter.person(), this.person, ScopeFilter.PERSON, "text");
		return clauses.isEmpty() ? "false" : clauses.size() == 1 ? clauses.get(0) : "(" + String.join(" or ", clauses) + ")";
	}

	private static void addEquality(List<String> clauses, Object value, String column, String parameter, String type) {
		if (value != null && column != null) {
			clauses.add(column + " = cast(:" + parameter + " as " + type + ")");
		}
	}

	@Override
	public String toString() {
		return predicate();
	}

	private static void addEquals(List<String> clauses, String column, String parameter, String type) {
		if (column != null) {
			clauses.add("(cast(:" + parameter + " as " + type + ") is not null and " + column + " = cast(:" + parameter
					+ " as " + type + "))");
		}
	}

	private String qualify(String column) {
		return column.matches("[a-z_][a-z0-9_]*") ? this.alias + "." + column : column;
	}

}
