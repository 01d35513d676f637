package org.ohsonline.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * What a user may see (数据权限): a region-code prefix for supervisors and administrators, or one
 * employer, agency, institution or person. Every query takes the scope as a parameter. Serializable:
 * a console session keeps its user's scope, and sessions are kept in the database.
 *
 * @param kind the kind of scope
 * @param value a region prefix ({@code ""} is the whole country), or the identifier of the
 * employer (its unified social credit code), agency, institution or person
 */
public record Scope(Kind kind, String value) implements java.io.Serializable {

	public enum Kind {

		REGION, EMPLOYER, AGENCY, INSTITUTION, PERSON

	}

	public Scope {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
		if (kind == Kind.REGION && !value.isEmpty()) {
			RegionCode.of(value);
		}
		if (kind != Kind.REGION && value.isBlank()) {
			throw new IllegalArgumentException("A " + kind + " scope needs an identifier");
		}
	}

	public static Scope region(String prefix) {
		return new Scope(Kind.REGION, prefix);
	}

	/** The region prefix of a region scope; empty for the other kinds. */
	public Optional<String> regionPrefix() {
		return this.kind == Kind.REGION ? Optional.of(this.value) : Optional.empty();
	}

	/**
	 * The region prefix to query when a user asks for {@code requested}: the requested region when
	 * it lies inside this scope, this scope when the request is wider or absent, nothing when the
	 * request lies outside (or this is not a region scope).
	 */
	public Optional<String> narrowRegion(String requested) {
		Optional<String> own = regionPrefix();
		if (own.isEmpty() || requested == null || requested.isBlank()) {
			return own;
		}
		if (requested.startsWith(own.get())) {
			return Optional.of(requested.trim());
		}
		return own.get().startsWith(requested) ? own : Optional.empty();
	}

	/** Whether a region-scoped user may see records of the given region. */
	public boolean coversRegion(String regionCode) {
		return this.kind == Kind.REGION && regionCode != null && regionCode.startsWith(this.value);
	}

	/** Whether this scope is the same as or lies inside {@code other}. */
	public boolean within(Scope other, String regionOfThis) {
		if (other.kind != Kind.REGION) {
			return equals(other);
		}
		String region = this.kind == Kind.REGION ? this.value : regionOfThis;
		return region != null && region.startsWith(other.value);
	}

	@Override
	public String toString() {
		return this.kind.name().toLowerCase() + ":" + this.value;
	}

}
