package org.ohsonline.testing.statistics;

/** A point of the fitted lognormal line: probability p and the value exp(μ + σ·z_p). */
public record FittedQuantile(double probability, double normalScore, double value) {
}
