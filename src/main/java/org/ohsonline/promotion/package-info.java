/**
 * Health promotion (健康促进): healthy enterprises (健康企业) evaluated against a versioned standard —
 * the employer's self-evaluation with evidence, the expert panel's on-site review and score, the
 * authority's decision and the yearly public list, which the risk module's downgrade rule reads —,
 * industry model enterprises (样板企业) marked by the authority, and (sub-package {@code consultation},
 * its own schema) online consultation. See docs/promotion.md and decision 0025.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health promotion",
		allowedDependencies = { "shared", "reference", "registry", "audit", "iam", "notification" })
package org.ohsonline.promotion;
