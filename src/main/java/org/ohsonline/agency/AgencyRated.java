package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * A credit rating of an agency or institution came out differently from the one before (a new rating, or an
 * adjustment by a supervisor).
 * @param level the level that stands ({@code null} when not rated)
 * @param stars the stars that stand ({@code null} when not rated)
 */
public record AgencyRated(long agencyId, RatingStatus status, CreditLevel level, Integer stars, LocalDate ratedOn) {
}
