package org.ohsonline.reference;

import org.ohsonline.shared.Actor;

/** Loading catalog versions; requires {@code reference:catalog:write}. */
public interface CatalogAdministration {

	/**
	 * Validates every entry and loads the version only when all are valid (then audited and
	 * announced with {@link CatalogVersionActivated}); otherwise changes nothing and throws
	 * {@link org.ohsonline.shared.InvalidInputException} with one error per rejected row.
	 */
	CatalogVersion load(Actor actor, NewCatalogVersion version);

}
