package org.ohsonline.reference;

import java.util.Optional;

/**
 * Size classification from headcount and annual revenue by industry, with thresholds kept as a
 * versioned catalog (统计上大中小微型企业划分办法 2017), never as constants.
 */
public interface SizeClasses {

	/**
	 * The size class of an employer of the industry with the given workforce and annual revenue
	 * (in 10,000 yuan; may be {@code null} when unknown, then headcount alone decides). Empty when no
	 * threshold row covers the industry.
	 */
	Optional<SizeClass> classify(String industryCode, int employees, Long annualRevenueTenThousandYuan);

}
