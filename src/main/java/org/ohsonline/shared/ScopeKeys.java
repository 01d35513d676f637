package org.ohsonline.shared;

/**
 * The keys of one record that scopes match, for checks in memory ({@link ScopeFilter#covers}); a
 * key the record does not have is null.
 */
public record ScopeKeys(String region, String employer, String agency, String institution, Long worker) {

	public static ScopeKeys of(String region, String employer) {
		return new ScopeKeys(region, employer, null, null, null);
	}

	public ScopeKeys institution(String code) {
		return new ScopeKeys(this.region, this.employer, this.agency, code, this.worker);
	}

	public ScopeKeys agency(String code) {
		return new ScopeKeys(this.region, this.employer, code, this.institution, this.worker);
	}

	public ScopeKeys worker(Long id) {
		return new ScopeKeys(this.region, this.employer, this.agency, this.institution, id);
	}

}
