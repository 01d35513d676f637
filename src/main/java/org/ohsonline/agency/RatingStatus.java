package org.ohsonline.agency;

/** Whether a rating has a score: without its minimum data it is "not rated yet", never a default score. */
public enum RatingStatus {

	RATED, NOT_RATED

}
