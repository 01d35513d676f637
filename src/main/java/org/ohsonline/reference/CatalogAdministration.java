package org.ohsonline.reference;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException.FieldError;

/** Loading catalog versions; requires {@code reference:catalog:write}. */
public interface CatalogAdministration {

	/**
	 * Validates every entry and loads the version only when all are valid (then audited and
	 * announced with {@link CatalogVersionActivated}); otherwise changes nothing and throws
	 * {@link org.ohsonline.shared.InvalidInputException} with one error per rejected row.
	 */
	CatalogVersion load(Actor actor, NewCatalogVersion version);

	/**
	 * Applies the same rules as {@link #load} without loading anything, so that an upload whose
	 * file has unreadable rows can still report every other problem at once.
	 * @return the errors, empty when the version could be loaded as it is
	 */
	List<FieldError> check(Actor actor, NewCatalogVersion version);

}
