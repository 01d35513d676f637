package org.ohsonline.audit;

import java.util.Objects;

/**
 * The record an audit entry is about.
 *
 * @param type the kind of record ({@code user}, {@code catalog-version}, …)
 * @param id its identifier, if any
 * @param regionCode the jurisdiction it belongs to, which decides who may read the entry
 */
public record AuditTarget(String type, String id, String regionCode) {

	public AuditTarget {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(regionCode, "regionCode");
	}

	public static AuditTarget of(String type, Object id, String regionCode) {
		return new AuditTarget(type, id == null ? null : String.valueOf(id), regionCode);
	}

}
