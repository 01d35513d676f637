package org.ohsonline.reference;

import java.util.Map;

/** One entry of a catalog version. */
public record CatalogEntry(String code, String name, String parentCode, int level, Map<String, Object> attributes) {

	public CatalogEntry {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

}
