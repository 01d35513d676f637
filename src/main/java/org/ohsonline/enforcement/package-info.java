/**
 * Inspections and enforcement (监督执法, issue 14): random inspection plans (双随机、一公开) whose draw is
 * committed before it is made (the SHA-256 of a secret seed and of the frozen inputs published first),
 * drawn by a documented deterministic algorithm with a uniform random arm beside the ratios per risk
 * class, then revealed so that anyone can recompute it from the public page; the inspector pool with
 * its conflict-of-interest exclusions. Ratios come from the versioned {@code inspection-sampling}
 * catalog of the reference module (docs/enforcement.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections and enforcement",
		allowedDependencies = { "shared", "reference", "registry", "risk", "iam", "audit", "portal", "monitoring" })
package org.ohsonline.enforcement;
