package org.ohsonline.agency;

/**
 * A search of ratings: region prefix, kind, level, status (RATED, NOT_RATED), name text; sort by name,
 * region, score or ratedOn (prefix - for descending).
 */
public record RatingFilter(String q, String region, String kind, String level, String status, String sort) {

	public static RatingFilter none() {
		return new RatingFilter(null, null, null, null, null, null);
	}

}
