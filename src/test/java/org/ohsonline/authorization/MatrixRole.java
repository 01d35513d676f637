package org.ohsonline.authorization;

import java.util.Arrays;

import org.ohsonline.shared.Scope;

/**
 * The columns of the matrix: one login of the matrix per built-in role, with the roles, regions and
 * scope kinds of the demo logins (README), plus nobody logged in.
 */
enum MatrixRole {

	ADMIN("admin", "mx-admin", "PLATFORM_ADMIN", "33", Scope.Kind.REGION),
	PROVINCE("province", "mx-province", "PROVINCIAL_SUPERVISOR", "33", Scope.Kind.REGION),
	CITY("city", "mx-city", "MUNICIPAL_SUPERVISOR", "3301", Scope.Kind.REGION),
	COUNTY("county", "mx-county", "COUNTY_SUPERVISOR", "330105", Scope.Kind.REGION),
	INSPECTOR("inspector", "mx-inspector", "INSPECTOR", "330105", Scope.Kind.REGION),
	CDC("cdc", "mx-cdc", "CDC_ANALYST", "3301", Scope.Kind.REGION),
	EMPLOYER("employer", "mx-employer", "EMPLOYER_MANAGER", "330105", Scope.Kind.EMPLOYER),
	AGENCY("agency", "mx-agency", "AGENCY_STAFF", "3301", Scope.Kind.AGENCY),
	INSTITUTION("institution", "mx-institution", "INSTITUTION_STAFF", "3301", Scope.Kind.INSTITUTION),
	DIAGNOSIS("diagnosis", "mx-diagnosis", "INSTITUTION_STAFF", "3301", Scope.Kind.INSTITUTION),
	WORKER("worker", "mx-worker", "WORKER", "330105", Scope.Kind.PERSON),
	GRID("grid", "mx-grid", "GRID_ASSISTANT", "330105", Scope.Kind.REGION),
	ANONYMOUS("anonymous", null, null, null, null);

	final String column;

	final String username;

	final String role;

	final String region;

	final Scope.Kind scopeKind;

	MatrixRole(String column, String username, String role, String region, Scope.Kind scopeKind) {
		this.column = column;
		this.username = username;
		this.role = role;
		this.region = region;
		this.scopeKind = scopeKind;
	}

	boolean loggedIn() {
		return this != ANONYMOUS;
	}

	static MatrixRole ofColumn(String column) {
		return Arrays.stream(values())
			.filter(r -> r.column.equals(column))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No matrix role " + column));
	}

}
