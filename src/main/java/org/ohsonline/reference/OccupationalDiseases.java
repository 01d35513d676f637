package org.ohsonline.reference;

import java.util.List;
import java.util.Optional;

/**
 * The occupational disease catalogue (职业病分类和目录, 2024 edition and later) in force: categories,
 * the two subgroups of category 1, and the diseases diagnosis may name.
 */
public interface OccupationalDiseases {

	/** A disease (not a category or subgroup) of the version in force today. */
	Optional<OccupationalDisease> findDisease(String code);

	/** Every disease of the version in force today, by code. */
	List<OccupationalDisease> diseases();

	/** The categories (level 1) of the version in force today, by code: code and name. */
	List<CatalogEntry> categories();

}
