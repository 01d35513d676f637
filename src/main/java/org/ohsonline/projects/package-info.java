/**
 * Construction projects and 三同时 (职业病防护设施与主体工程同时设计、同时施工、同时投入生产和使用, Law Arts. 17–18): an employer's
 * projects with their hazard class from the risk classification directory, the five stages in their statutory
 * order — 预评价, 防护设施设计专篇, 施工, 控制效果评价, 竣工验收 — each with its documents and dates, the evaluation
 * reports by qualified service agencies only; the declaration clock on completion acceptance; the supervisory
 * verification sample per region and quarter (严重 in full, 一般 at the catalog's ratio) with its findings; the
 * quarterly tracking by stage and region; reminders of overdue stages. See docs/projects.md and decision 0031.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Construction projects",
		allowedDependencies = { "shared", "reference", "registry", "agency", "declaration", "audit", "notification" })
package org.ohsonline.projects;
