package org.ohsonline.iam.internal;

import java.util.List;

/** A role and what it grants. */
public record RoleView(String code, String nameZh, String nameEn, String scopeKind, boolean system,
		List<String> permissions) {

	RoleView frozen() {
		return new RoleView(this.code, this.nameZh, this.nameEn, this.scopeKind, this.system, List.copyOf(this.permissions));
	}

}
