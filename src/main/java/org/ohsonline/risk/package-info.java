/**
 * Classified supervision (分类监督执法): the risk portrait of each employer (一企一案) gathered from the
 * other modules' facades and kept current by their events; the employer's self-inspection (自查) that
 * sets its management status; the hazard risk level Ⅰ/Ⅱ/Ⅲ × management status A/B/C → class 甲/乙/丙
 * (甲 the lowest risk, 丙 the highest) with the traffic light beside it, explained and overridable with a
 * reason; the rectification loop (画像—整改—审核—解除); the public light with its QR poster; dashboards.
 * Every rule comes from versioned catalogs of the reference module (docs/risk.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk classification",
		allowedDependencies = { "shared", "reference", "registry", "testing", "declaration", "surveillance",
				"diagnosis", "monitoring", "audit", "notification", "portal", "promotion" })
package org.ohsonline.risk;
