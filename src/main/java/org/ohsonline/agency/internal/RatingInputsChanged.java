package org.ohsonline.agency.internal;

/**
 * Something a rating is computed from changed for an organisation (a delivery, an evaluation, a blacklist
 * entry): its rating is computed again after the change commits ({@link RatingJobs}).
 * @param trigger what changed, kept with the rating (DELIVERY, EVALUATION, BLACKLIST)
 */
public record RatingInputsChanged(long agencyId, String trigger) {
}
