package org.ohsonline.registry;

import java.time.LocalDate;

import org.ohsonline.shared.Scope;

/** One employer opened to an agency or institution, for {@link AccessGrants#ensureEmployerGrants}. */
public record EmployerGrant(long employerId, Scope grantee, GrantReason reason, String reference,
		LocalDate validUntil) {
}
